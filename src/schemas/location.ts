import { z } from 'zod';
import { LOCATION_KINDS } from '../db/schema.js';
import { listEnvelope, Ref } from './common.js';
import { enumListParam, idListParam, listQuery, nameSortParam, searchParam } from './query-params.js';

export const Location = z
  .object({
    id: z.string().meta({ example: 'eastern-aleppo' }),
    name: z.string().meta({ example: 'Eastern Aleppo' }),
    kind: z.enum(LOCATION_KINDS).meta({ description: 'What kind of place it is.' }),
    parent_id: z.string().nullable().meta({ description: 'The place it lies in; null for a country.', example: 'aleppo' }),
    parent: Ref.nullable().meta({ description: "The parent place's id and name; null for a country." }),
    country_code: z.string().nullable().meta({ description: 'ISO 3166-1 alpha-3 code of the country the place is in.', example: 'SYR' }),
    aliases: z
      .array(z.string())
      .meta({ description: 'Every way the articles name the place, alphabetical.', example: ['east Aleppo', 'eastern Aleppo'] }),
  })
  .meta({ id: 'Location', description: 'A place, nested in its parent (a neighbourhood in a district in a city in a country).' });

export const LocationDetail = Location.extend({
  children: z.array(Ref).meta({ description: 'The places directly inside this one, by name.' }),
  counts: z
    .object({
      events: z.int().meta({ description: 'Events located here.' }),
      statements: z.int().meta({ description: 'Statements made here.' }),
      figures: z.int().meta({ description: 'Figures about this place.' }),
    })
    .meta({
      description:
        'Records tied to this place itself (not to the places inside it): filter the lists with `location` or `place` to read them.',
    }),
}).meta({ id: 'LocationDetail' });

export const LocationList = listEnvelope(Location, 'Location');

export const LocationQuery = listQuery(
  {
    kind: enumListParam(LOCATION_KINDS, 'Only places of this kind.', 'district'),
    parent: idListParam('Only places directly inside this place.', 'aleppo'),
    q: searchParam('the name and aliases (the last word matches as a prefix)', 'aleppo'),
    sort: nameSortParam(),
  },
  [['kind', 'parent'], 'kind,parent'],
);
export type Location = z.infer<typeof Location>;
export type LocationDetail = z.infer<typeof LocationDetail>;
