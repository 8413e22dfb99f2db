/**
 * Language code from a file name like "name.ru.md" or "name.de.txt": the second-to-last
 * dot-separated part when it is an ISO 639-1 code, or a 3-letter code we have rules for.
 */
export declare function langFromFileName(path: string): string | undefined;
/** en, ru, de or id from the text itself; undefined when unclear or another language. */
export declare function detectLanguage(text: string, from?: number): string | undefined;
