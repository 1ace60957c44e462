// Messages about reading assessment and data files (CSV, xlsx, map files).
import type { MessageTable } from '../catalogue.js';

export const inputMessages: MessageTable = {
  'assessment.otherScale': {
    en: 'this assessment uses the scale "{id}", but the scale loaded is "{expected}"; score files of one scale together',
    nb: 'denne vurderingen bruker skalaen «{id}», men skalaen som er lastet er «{expected}»; skår filer med samme skala sammen',
    da: 'denne vurdering bruger skalaen »{id}«, men den indlæste skala er »{expected}«; scor filer med samme skala sammen',
  },
  'assessment.scaleVersion': {
    en: 'written with scale version {version}; scored with version {loaded}',
    nb: 'skrevet med skalaversjon {version}; skåret med versjon {loaded}',
    da: 'skrevet med skalaversion {version}; scoret med version {loaded}',
  },
  'assessment.unknownItem': {
    en: 'the scale "{scale}" has no item "{id}"',
    nb: 'skalaen «{scale}» har ingen indikator «{id}»',
    da: 'skalaen »{scale}« har ingen indikator »{id}«',
  },
  'assessment.naNotAllowed': {
    en: 'item {item} cannot be rated not applicable',
    nb: 'indikator {item} kan ikke vurderes som ikke aktuell',
    da: 'indikator {item} kan ikke vurderes som ikke relevant',
  },
  'assessment.outOfRange': {
    en: 'item {item}: {value} is outside {min}-{max}',
    nb: 'indikator {item}: {value} er utenfor {min}-{max}',
    da: 'indikator {item}: {value} ligger uden for {min}-{max}',
  },
  'assessment.naAndScore': {
    en: 'item {item} has both a score and na: true; keep one',
    nb: 'indikator {item} har både skår og na: true; behold én',
    da: 'indikator {item} har både score og na: true; behold én',
  },
  'assessment.inProgress': {
    en: 'the assessment of {team} is not finished (status: in-progress); its report says so',
    nb: 'vurderingen av {team} er ikke ferdig (status: in-progress); rapporten sier det',
    da: 'vurderingen af {team} er ikke færdig (status: in-progress); rapporten siger det',
  },
};
