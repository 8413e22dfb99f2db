/** Bytes of a document text as the file had it: the BOM back in front, everything else as decoded. */
export declare function encodeDocument(text: string, bom: boolean): Buffer;
/** Replaces (or creates) `file` with `data`; an existing file keeps its mode. */
export declare function writeAtomic(file: string, data: Buffer | string): void;
