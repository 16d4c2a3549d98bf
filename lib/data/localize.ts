import type { AppLocale } from '@/i18n/routing';

export interface NameColumns {
  nameKk: string;
  nameRu: string;
  nameEn: string;
}

/** An entity's name in the UI locale. */
export function nameIn(locale: AppLocale, entity: NameColumns): string {
  return locale === 'kk' ? entity.nameKk : locale === 'ru' ? entity.nameRu : entity.nameEn;
}

export interface RoleColumns {
  roleKk: string | null;
  roleRu: string | null;
  roleEn: string | null;
}

export function roleIn(locale: AppLocale, entity: RoleColumns): string | null {
  return locale === 'kk' ? entity.roleKk : locale === 'ru' ? entity.roleRu : entity.roleEn;
}
