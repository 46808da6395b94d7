/**
 * The preset dictionary of links that carry their questions (`codec.ts`, kind `carried`).
 * Deflate can refer back into it from the first byte, so the parts every such link repeats —
 * the JSON field names of the configuration and of each question type, and the commonest
 * Polish words of prompts and explanations — cost a few bits instead of their letters. On a
 * link with three questions of the built-in bank it saves about a fifth of the characters.
 *
 * NEVER change this text: every link made with it is read with it. A better dictionary needs
 * a new pack kind (and old links keep this one). The most frequent parts stand last, where
 * references are shortest.
 */
export const CARRIED_DICTIONARY_V1 =
	' który która które których którym oraz także również jednak ponieważ dlatego więc przez' +
	' między podczas według około tylko bardzo jako jest są był była było były będzie może' +
	' nie się że na do od po za przy dla ze we tym tego jego ich ten ta to co jak czy lub albo' +
	' tekst tekście tekstu akapicie akapit mówi wprost pisze podaje wynika, że roku r. lat' +
	' Polska Polski Polsce polski polskiego kraju kraj miasto rzeka świata wojny' +
	' Który Która Które Co Jak Ile Kiedy Gdzie Dlaczego Czy Kto W którym roku Ułóż Połącz Uzupełnij' +
	'{"v":2,"quizId":"","title":"","bankId":"moj-","seed":"","mode":"practice","mode":"exam",' +
	'"timeLimitMinutes":0,"shuffle":true,"shuffle":false,"bank":{"title":"","topics":[{"id":"","label":""}],' +
	'"questions":[{"id":"q-","type":"true-false","prompt":"","answer":true,"answer":false,' +
	'"explanation":"","topics":[""],"difficulty":1},{"id":"q-","type":"numeric","prompt":"",' +
	'"answer":0,"tolerance":0,"unit":"","written":[""],"explanation":"","topics":[""],"difficulty":2},' +
	'{"id":"q-","type":"match","prompt":"","pairs":[{"left":"","right":""},{"left":"","right":""}],' +
	'"explanation":"","topics":[""],"difficulty":2},{"id":"q-","type":"order","prompt":"","items":["",""],' +
	'"explanation":"","topics":[""],"difficulty":3},{"id":"q-","type":"cloze","prompt":"","text":"{1} {2}",' +
	'"gaps":[[""],[""]],"explanation":"","topics":[""],"difficulty":2},{"id":"q-","type":"short","prompt":"",' +
	'"answers":[""],"explanation":"","topics":[""],"difficulty":1},{"id":"q-","type":"multiple","prompt":"",' +
	'"options":[{"text":"","correct":true},{"text":"","correct":true},{"text":""}],"explanation":"",' +
	'"topics":[""],"difficulty":2},{"id":"q-","type":"single","prompt":"","options":[{"text":"",' +
	'"correct":true},{"text":"Do "},{"text":"W "},{"text":""}],"explanation":"Tekst mówi, że ","topics":[""],"difficulty":1}]}}';
