type Catalogue = { [key: string]: string | Catalogue };

/** Dotted paths of every message in a catalogue, e.g. `Dashboard.heading`. */
export function messageKeys(catalogue: Catalogue, prefix = ''): string[] {
  return Object.entries(catalogue).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : messageKeys(value, `${prefix}${key}.`),
  );
}

/** Every key missing from one locale but present in another, as readable problems. */
export function compareMessageCatalogues(catalogues: Record<string, Catalogue>): string[] {
  const keysByLocale = Object.entries(catalogues).map(([locale, c]) => [locale, new Set(messageKeys(c))] as const);
  const allKeys = new Set(keysByLocale.flatMap(([, keys]) => [...keys]));
  const problems: string[] = [];
  for (const key of [...allKeys].sort()) {
    const missing = keysByLocale.filter(([, keys]) => !keys.has(key)).map(([locale]) => locale);
    if (missing.length > 0) problems.push(`${key} is missing in ${missing.join(', ')}`);
  }
  return problems;
}

/**
 * Keys whose last segment never appears quoted in the sources. A namespace is looked up once and its
 * keys by their short name (`t('heading')`), so the short name is what the code contains. Keys looked
 * up through a variable (`t(locale)`) are listed in `dynamicNamespaces`.
 */
export function findUnusedKeys(catalogue: Catalogue, sources: string, dynamicNamespaces: string[] = ['LocaleSwitcher', 'Language', 'EntityType', 'EventType', 'RelationType', 'RelationStatus', 'EventStatus']): string[] {
  return messageKeys(catalogue).filter((key) => {
    const namespace = key.split('.')[0] ?? '';
    if (dynamicNamespaces.includes(namespace)) return false;
    const name = key.split('.').at(-1) ?? key;
    return !new RegExp(`['"\`]${name}['"\`]`).test(sources);
  });
}
