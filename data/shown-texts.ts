// Every text a card shows, found the way the schema marks it: an object with an English `en` string.
import type { Entity } from './schema';

export interface ShownText {
  en: string;
  ar?: string;
}

export function shownTexts(entities: Entity[]): ShownText[] {
  const texts: ShownText[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      if (typeof (value as ShownText).en === 'string') texts.push(value as ShownText);
      Object.values(value).forEach(visit);
    }
  };
  entities.forEach(visit);
  return texts;
}
