// fake-indexeddb must be in place before localforage is imported by any test.
import 'fake-indexeddb/auto';
