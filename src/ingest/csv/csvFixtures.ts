import { compileMapping } from './csvMapping.js';

/* Rows written for Parallax in the Washington Post fatal-force schema: invented people and places. */

export const WAPO_HEADER = 'id,date,threat_type,flee_status,armed_with,city,county,state,latitude,longitude,location_precision,name,age,gender,race,race_source,was_mental_illness_related,body_camera,agency_ids';

export const WAPO_ROWS = [
  '9001,2025-04-02,shoot,not,gun,Harlow Springs,Pell,OR,44.512,-122.981,not_available,Ezra Vantage,41,male,W,not_available,False,True,7311',
  '9002,2025-04-09,point,car,"knife, replica",Millbrook,Tansy,OH,39.771,-83.002,not_available,,,female,,undetermined,True,False,7312;7313',
  '9003,2025-05-17,attack,foot,unarmed,Corvale,Dunmore,NM,,,,"Quint ""Q"" Ledbetter",19,male,H,public_record,False,False,7314',
];

export const WAPO_CSV = `${WAPO_HEADER}\n${WAPO_ROWS.join('\n')}\n`;

export const TEST_MAPPING = compileMapping({
  name: 'test-set',
  label: 'A test dataset',
  columns: ['key', 'day', 'town', 'st', 'who', 'years', 'cam', 'note'],
  idColumn: 'key',
  fields: { date: 'day', city: 'town', state: 'st', subjectName: 'who', subjectAge: 'years' },
  constants: { outcome: 'injured', force: ['firearm'] },
  footage: { column: 'cam', values: { yes: 'video exists' } },
});
