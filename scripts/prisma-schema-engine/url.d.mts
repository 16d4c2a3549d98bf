export function sqliteFilePath(url: string, baseDir: string): string;
