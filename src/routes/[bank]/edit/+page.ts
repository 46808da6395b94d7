// Only banks on the device can be edited, and they exist only in the browser: the page is
// rendered there from the app shell, never prerendered.
export const prerender = false;
