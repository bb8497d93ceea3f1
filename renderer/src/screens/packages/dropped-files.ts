/** Packages, and single audit files, which main takes as packages of one. */
const isPackageName = (name: string) => /\.patuh$|\.patuh-audit\.json$/i.test(name);

/**
 * What a drop holds, taken while the drop event lasts (the browser empties the DataTransfer
 * afterwards): files as they are, and folders to read next. A file dropped on its own goes to
 * main whatever its name, so a renamed package still gets main's verdict; in a folder only
 * .patuh files count, as with "Pilih folder…".
 */
export function takeDrop(data: DataTransfer): { files: File[]; folders: FileSystemDirectoryEntry[] } {
  const files: File[] = [];
  const folders: FileSystemDirectoryEntry[] = [];
  for (const item of [...data.items]) {
    if (item.kind !== 'file') continue;
    const entry = item.webkitGetAsEntry?.() ?? null;
    if (entry?.isDirectory) {
      folders.push(entry as FileSystemDirectoryEntry);
      continue;
    }
    const file = item.getAsFile();
    if (file) files.push(file);
  }
  return { files, folders };
}

/** The packages (and audit files) directly inside a dropped folder, by name (the coordinator's folder of 30 packages). */
export async function packagesInFolder(folder: FileSystemDirectoryEntry): Promise<File[]> {
  const reader = folder.createReader();
  const entries: FileSystemEntry[] = [];
  // readEntries answers in batches (100 in Chromium) until it returns an empty one.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) break;
    entries.push(...batch);
  }
  const files = entries.filter((e): e is FileSystemFileEntry => e.isFile && isPackageName(e.name)).sort((a, b) => a.name.localeCompare(b.name));
  return Promise.all(files.map((e) => new Promise<File>((resolve, reject) => e.file(resolve, reject))));
}
