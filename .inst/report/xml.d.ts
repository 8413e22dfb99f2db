export declare function escapeText(s: string): string;
export declare function escapeAttr(s: string): string;
export declare function attrs(values: Record<string, string | number>): string;
export declare const XML_DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";
