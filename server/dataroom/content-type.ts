// The type of an upload, told from its content (the file-type package) rather than its name:
// executables are refused whatever they are called, and a name promising a type the content is
// not (a `.pdf` that is a Windows program) is refused too. Content with no signature (plain text,
// CSV) is accepted under a text type only when it decodes as UTF-8.
/** Types a data room never holds: programs and libraries that could be run by whoever downloads them. */
const EXECUTABLE_MIME = new Set([
  'application/x-msdownload',
  'application/x-dosexec',
  'application/x-elf',
  'application/x-mach-binary',
  'application/x-executable',
  'application/x-sharedlib',
  'application/vnd.microsoft.portable-executable',
  'application/x-msi',
  'application/java-archive',
  'application/vnd.android.package-archive',
  'application/wasm',
]);

/** Extensions whose content file-type recognises: a file named so must really be of that type. */
const SIGNED_EXTENSIONS: Record<string, string[]> = {
  pdf: ['application/pdf'],
  png: ['image/png'],
  jpg: ['image/jpeg'],
  jpeg: ['image/jpeg'],
  gif: ['image/gif'],
  webp: ['image/webp'],
  tif: ['image/tiff'],
  tiff: ['image/tiff'],
  zip: ['application/zip'],
  docx: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/zip'],
  xlsx: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'application/zip'],
  pptx: ['application/vnd.openxmlformats-officedocument.presentationml.presentation', 'application/zip'],
  doc: ['application/x-cfb'],
  xls: ['application/x-cfb'],
  ppt: ['application/x-cfb'],
};

/** Extensions of text formats (no signature to check), with the type they are served as. */
const TEXT_EXTENSIONS: Record<string, string> = { txt: 'text/plain', csv: 'text/csv', md: 'text/markdown', json: 'application/json' };

export type TypeVerdict = { ok: true; mime: string } | { ok: false; reason: 'executable' | 'mismatch' };

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

function isUtf8(bytes: Buffer): boolean {
  // The head may end inside a multi-byte character: ignore up to 3 trailing bytes of one.
  for (let cut = 0; cut <= Math.min(3, bytes.length); cut += 1) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, bytes.length - cut));
      return true;
    } catch {
      // try shorter
    }
  }
  return false;
}

/** Decides from the first bytes of the content (`head`) and the name given. */
export async function judgeContentType(head: Buffer, name: string): Promise<TypeVerdict> {
  // Loaded on the first upload, not at start: a process that takes no files does not hold it.
  const { fileTypeFromBuffer } = await import('file-type');
  const detected = await fileTypeFromBuffer(head);
  const extension = extensionOf(name);
  if (detected && EXECUTABLE_MIME.has(detected.mime)) return { ok: false, reason: 'executable' };
  const promised = SIGNED_EXTENSIONS[extension];
  if (detected) {
    if (promised && !promised.includes(detected.mime)) return { ok: false, reason: 'mismatch' };
    // An Office file whose head shows only the ZIP container is served as what its name says.
    return { ok: true, mime: detected.mime === 'application/zip' && promised ? promised[0] : detected.mime };
  }
  if (promised) return { ok: false, reason: 'mismatch' };
  if (!isUtf8(head)) return { ok: true, mime: 'application/octet-stream' };
  return { ok: true, mime: TEXT_EXTENSIONS[extension] ?? 'text/plain' };
}
