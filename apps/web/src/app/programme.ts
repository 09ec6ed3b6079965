import { useQuery } from '@apollo/client/react';
import type { Locale } from '@ruamsang/shared';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';

/**
 * The programme area (the API's PROGRAMME_PROVINCES) and every province's name. Public, so it
 * works before sign-in; asked once and then served from Apollo's cache.
 */
const PROGRAMME = graphql(`
  query Programme {
    programme {
      provinceCodes
    }
    provinces {
      code
      nameTh
      nameEn
    }
  }
`);

export interface ProgrammeProvince {
  readonly code: string;
  readonly nameTh: string;
  readonly nameEn: string;
}

export interface Programme {
  /** The area's province codes, sorted; empty while loading. */
  readonly codes: readonly string[];
  /** The area's provinces with their names, in code order. */
  readonly provinces: readonly ProgrammeProvince[];
  /** A province's name in the interface language (Thai, else English); the code if unknown. */
  readonly nameOf: (code: string) => string;
  readonly loading: boolean;
}

export function provinceNameIn(province: Pick<ProgrammeProvince, 'nameTh' | 'nameEn'>, locale: Locale): string {
  return locale === 'th' ? province.nameTh : province.nameEn;
}

/** Every page's list of provinces: the programme area, never a constant. */
export function useProgramme(): Programme {
  const { i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const { data, loading } = useQuery(PROGRAMME, { fetchPolicy: 'cache-first' });
  const all = useMemo(() => new Map((data?.provinces ?? []).map((p) => [p.code, p])), [data]);
  const codes = useMemo(() => data?.programme.provinceCodes ?? [], [data]);
  const provinces = useMemo(() => codes.map((code) => all.get(code) ?? { code, nameTh: code, nameEn: code }), [codes, all]);
  const nameOf = useCallback((code: string) => {
    const province = all.get(code);
    return province ? provinceNameIn(province, locale) : code;
  }, [all, locale]);
  return { codes, provinces, nameOf, loading };
}
