#!/usr/bin/env node
// Writes every file in examples/ from the data below, in the shapes users really have:
//   moss/         assessment YAML files (pathways-hf), as `hf-fidelity assess` writes them
//   moss/principles/  one hf-principles self-assessment
//   rana/         a sheet saved from a Norwegian Excel (; BOM, decimal comma, CRLF, dd.mm.yyyy)
//   mandal/       a Nettskjema export (.txt, every field quoted, codebook headers) + map.yaml
//   grunerlokka/  a Microsoft Forms export (.xlsx, question text as headers) + map.yaml
//
// The teams are fictional; the municipalities are real. Run from the repository root after
// `npm run build` (the YAML is written by the tool's own assessment writer in dist/):
//   node examples/make-examples.mjs
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import ExcelJS from 'exceljs';
import { serializeAssessment } from '../dist/assessment/write-assessment-file.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..');
const out = (...parts) => path.join(here, ...parts);

const pathways = parse(readFileSync(path.join(repo, 'fidelity-scales/pathways-hf.yaml'), 'utf8'));
const principles = parse(readFileSync(path.join(repo, 'fidelity-scales/hf-principles.yaml'), 'utf8'));
const itemsOf = (scale) => scale.domains.flatMap((d) => d.items.map((item) => ({ ...item, domain: d })));
const PW = itemsOf(pathways);
const PW_IDS = PW.map((i) => i.id);

/** Small deterministic random numbers, so the files are the same on every run. */
function rng(seedText) {
  let seed = 0;
  for (const ch of seedText) seed = (Math.imul(seed, 31) + ch.codePointAt(0)) >>> 0;
  return () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let t = seed;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A profile of 38 consensus scores, written domain by domain as in the scale. */
function profile(text) {
  const values = text
    .trim()
    .split(/\s+/)
    .map((v) => Number(v.replace(',', '.')));
  if (values.length !== PW_IDS.length) throw new Error(`profile has ${values.length} scores, not ${PW_IDS.length}`);
  return values;
}

/** Two raters' scores around a consensus: mostly the same, now and then one point apart. */
function twoRaters(consensus, seed) {
  const random = rng(seed);
  const a = [];
  const b = [];
  for (const c of consensus) {
    if (!Number.isInteger(c)) {
      a.push(Math.floor(c));
      b.push(Math.ceil(c));
      continue;
    }
    const r = random();
    const other = c === 4 ? 3 : c === 1 ? 2 : r < 0.09 ? c + 1 : c - 1;
    if (r < 0.12) {
      a.push(c);
      b.push(other);
    } else if (r < 0.2) {
      a.push(other);
      b.push(c);
    } else {
      a.push(c);
      b.push(c);
    }
  }
  return [a, b];
}

const mean = (xs) => xs.reduce((s, x) => s + x, 0) / xs.length;

// ---------------------------------------------------------------------------------------------
// Moss: assessment files, strong and improving (external 2025-03, self 2025-10, external 2026-09)
// ---------------------------------------------------------------------------------------------

const itemComments = (scale) => {
  const comments = {};
  for (const domain of scale.domains) {
    domain.items.forEach((item, i) => {
      const title = `${item.id}: ${item.title.nb}`;
      comments[item.id] = i === 0 ? `--- ${domain.name.nb} ---\n${title}` : title;
    });
  }
  return comments;
};

/**
 * Ratings from rows of [id, consensus, raterA, raterB, note?]. Raters not given take the consensus.
 */
function ratingsFrom(rows, raterNames) {
  const ratings = {};
  for (const [id, score, a = score, b = score, note] of rows) {
    const entry = { score, raters: { [raterNames[0]]: a, [raterNames[1]]: b } };
    if (note) entry.note = note;
    ratings[id] = entry;
  }
  return ratings;
}

function writeAssessment(file, data, scale) {
  const header = [
    `hf-fidelity assessment: ${data.team}, ${data.date}, ${data.kind === 'self' ? 'egenvurdering' : 'ekstern vurdering'}`,
    `Scale: ${scale.id} ${scale.version}. Score with: npx hf-fidelity score ${path.relative(repo, file)}`,
  ];
  const text = serializeAssessment(
    { hfFidelityAssessment: 1, scale: { id: scale.id, version: String(scale.version) }, status: 'complete', ...data },
    { header, itemComments: itemComments(scale), order: itemsOf(scale).map((i) => i.id) },
  );
  writeFileSync(file, text);
}

const MOSS = 'Housing First Moss';
const EXTERNAL = ['Ingrid Solheim', 'Håkon Berg'];
const SELF = ['Kari Nilsen', 'Emil Hansen'];

const moss1 = ratingsFrom(
  [
    ['hcs1', 4, 4, 4, 'Deltakerne velger selv bolig; to av åtte intervjuede har takket nei til et tilbud og fått et nytt.'],
    ['hcs2', 3, 3, 3, 'Ventetid fra inntak til innflytting er 10–12 uker; få små kommunale leiligheter er ledige.'],
    ['hcs3', 4, 4, 4, 'Alle deltakerne har tidsubestemte leiekontrakter.'],
    ['hcs4', 3, 3, 4, 'Fem av 29 deltakere betaler mer enn 30 % av inntekten i husleie; bostøtte er ikke søkt for alle.'],
    ['hcs5', 4, 4, 4, 'Boligene ligger spredt på 24 adresser i hele Moss.'],
    ['hcs6', 4, 4, 4, 'Alle har egen leilighet med eget kjøkken og bad.'],
    ['hcs7', 3, 3, 2, 'Møbler kommer ofte to–tre uker etter innflytting, og deltakerne har lite å si over hva de får.'],
    ['shs1', 4, 4, 4, 'Ingen krav om rusfrihet eller behandling ved inntak; inntaksskjemaet spør ikke om det.'],
    ['shs2', 4, 4, 4, 'Ingen har mistet boligen fordi de avslo oppfølging (journalgjennomgang, 10 journaler).'],
    ['shs3', 4, 4, 4, 'Ordinær husleiekontrakt uten tilleggsklausuler.'],
    ['shs4', 3, 3, 3, 'Ingen skriftlig rutine for ny bolig etter utkastelse; én deltaker ventet fire måneder.'],
    ['shs5', 4, 4, 3, 'Teamet fulgte opp deltakere under innleggelse og soning.'],
    ['shs6', 4],
    ['shs7', 3, 3, 3, 'Teamleder følger også opp husleierestanser; utleierrollen og oppfølgingsrollen er ikke tydelig atskilt.'],
    ['sp1', 4, 4, 4, 'Deltakerne velger selv hvilke tjenester de tar imot.'],
    ['sp2', 4],
    ['sp3', 4],
    ['sp4', 3, 3, 3, 'Skadereduksjon er et uttalt prinsipp, men teamet deler ikke ut nalokson.'],
    ['sp5', 3, 3, 3, 'Halvparten av de ansatte har opplæring i motiverende intervju.'],
    ['sp6', 4, 4, 4, 'Teamet oppsøker deltakere som trekker seg unna, også over lang tid.'],
    ['sp7', 4],
    ['sp8', 3, 2, 3, 'Planene er for det meste skrevet av teamet; deltakerens mål står sjelden med egne ord.'],
    ['sp9', 3, 3, 3, 'Oppfølgingen handler mest om bolig og økonomi; arbeid og nettverk får lite plass.'],
    ['sp10', 4],
    ['sa1', 3, 3, 3, 'Samarbeidet med DPS fungerer, men deltakere venter ofte lenge på time.'],
    ['sa2', 3, 3, 3, 'Ruskonsulent i 50 % stilling; LAR-samarbeidet fungerer godt.'],
    ['sa3', 2, 2, 2, 'Ingen systematisk hjelp til arbeid eller utdanning; IPS er planlagt.'],
    ['sa4', 3],
    ['sa5', 3, 3, 4, 'Helsesjekk ved inntak, men ingen fast rutine for tannhelse.'],
    ['sa6', 2, 3, 1, 'Ingen erfaringskonsulent ansatt; en frivillig med egenerfaring bidrar noe. Vurderingene sprikte; konsensus etter diskusjon.'],
    ['sa7', 3],
    ['sa8', 4, 4, 4, 'Døgnåpen telefon i samarbeid med legevakten.'],
    ['ps1', 4, 4, 4, 'Inntaket prioriterer personer med langvarig bostedsløshet og sammensatte behov.'],
    ['ps2', 4],
    ['ps3', 4, 4, 4, 'Om lag åtte deltakere per årsverk.'],
    ['ps4', 4, 4, 4, 'Morgenmøte hver dag og fagmøte hver uke.'],
    ['ps5', 3, 3, 3, 'Årlig brukerundersøkelse, men resultatene er ikke fulgt opp.'],
    ['ps6', 2, 2, 2, 'Deltakerne er ikke representert i styringsgruppen eller andre organ.'],
  ],
  EXTERNAL,
);

const moss2 = ratingsFrom(
  [
    ['hcs1', 4],
    ['hcs2', 3, 3, 3, 'Ventetiden er nede i 8–10 uker etter avtalen med boligkontoret.'],
    ['hcs3', 4],
    ['hcs4', 4, 4, 4, 'Alle deltakerne har nå søkt bostøtte; ingen betaler over 30 % av inntekten.'],
    ['hcs5', 4],
    ['hcs6', 4],
    ['hcs7', 4, 4, 3, 'Møbelfondet gjør at deltakerne velger møbler før innflytting.'],
    ['shs1', 4],
    ['shs2', 4],
    ['shs3', 4],
    ['shs4', 4, 4, 4, 'Skriftlig rutine for ny bolig etter utkastelse ble vedtatt i juni.'],
    ['shs5', 4],
    ['shs6', 4],
    ['shs7', 3, 3, 4, 'Husleieoppfølgingen er flyttet til eiendomsavdelingen, men rutinen er ikke skrevet ferdig.'],
    ['sp1', 4],
    ['sp2', 4],
    ['sp3', 4],
    ['sp4', 4, 4, 4, 'Nalokson deles ut siden mai, og alle ansatte har fått opplæring i tryggere bruk.'],
    ['sp5', 3, 3, 3, 'MI-kurs for resten av teamet er satt opp i november.'],
    ['sp6', 4],
    ['sp7', 4],
    ['sp8', 3, 3, 3, 'Nytt planverktøy er tatt i bruk, men ikke alle planene er oppdatert.'],
    ['sp9', 4, 4, 3, 'Mer vekt på arbeid, økonomi og nettverk i oppfølgingen.'],
    ['sp10', 4],
    ['sa1', 3],
    ['sa2', 3],
    ['sa3', 3, 3, 3, 'Samarbeid med NAV om IPS er i gang; jobbspesialisten starter i januar.'],
    ['sa4', 3],
    ['sa5', 3],
    ['sa6', 3, 3, 2, 'Midler til erfaringskonsulent er innvilget og stillingen er lyst ut, men ennå ikke besatt.'],
    ['sa7', 3],
    ['sa8', 4],
    ['ps1', 4],
    ['ps2', 4],
    ['ps3', 4],
    ['ps4', 4],
    ['ps5', 3],
    ['ps6', 3, 3, 3, 'En tidligere deltaker er med i referansegruppen fra høsten.'],
  ],
  SELF,
);

const moss3 = ratingsFrom(
  [
    ['hcs1', 4, 4, 4, 'Alle 34 deltakere har valgt bolig selv; journalgjennomgangen viser at tre takket nei til første tilbud uten konsekvenser.'],
    ['hcs2', 3, 3, 3, 'Median ventetid fra inntak til innflytting var 9 uker siste år; målet om seks uker nås ikke fordi det er få små leiligheter i Moss sentrum.'],
    ['hcs3', 4, 4, 4, 'Alle har ordinære, tidsubestemte leiekontrakter; ingen bor i midlertidig botilbud.'],
    ['hcs4', 4, 4, 4, 'Bostøtte og supplerende sosialhjelp sikrer at ingen betaler mer enn 30 % av inntekten; bekreftet i intervju med NAV-veileder.'],
    ['hcs5', 4, 4, 4, 'Boligene er spredt på 27 adresser; ingen bygg har mer enn to deltakere.'],
    ['hcs6', 4, 4, 4, 'Alle har egen leilighet med eget kjøkken og bad.'],
    ['hcs7', 4, 4, 4, 'Møbelfond gjennom Moss kommune; deltakerne velger møbler sammen med teamet før innflytting.'],
    ['shs1', 4, 4, 4, 'Inntak uten krav om rusfrihet eller behandling; inntaksskjemaet har ingen slike spørsmål.'],
    ['shs2', 4, 4, 4, 'Ingen har mistet boligen for å avslå oppfølging; leiekontrakten nevner ikke teamet.'],
    ['shs3', 4, 4, 4, 'Standard husleiekontrakt uten tilleggsklausuler om besøk eller adgang.'],
    ['shs4', 4, 4, 4, 'Fire deltakere fikk ny bolig siste år etter naboklager, uten nye krav.'],
    ['shs5', 4, 4, 4, 'Teamet fulgte opp to deltakere under soning og én under innleggelse.'],
    ['shs6', 4, 4, 4, 'All oppfølging skjer hjemme hos deltakerne eller der de ønsker; teamet har ikke kontor i boligene.'],
    ['shs7', 4, 4, 3, 'Eiendomsavdelingen har husleie og vedlikehold; teamet har ingen utleierrolle. Rutinen ble skrevet ned i januar 2026.'],
    ['sp1', 4, 4, 4, 'Deltakerne velger selv hvilke tjenester de vil ha; planene viser stor variasjon.'],
    ['sp2', 4, 4, 4, 'Ingen krav om psykisk helsebehandling; bekreftet i deltakerintervjuer.'],
    ['sp3', 4, 4, 4, 'Ingen krav om rusbehandling eller rusfrihet.'],
    ['sp4', 4, 4, 4, 'Teamet deler ut nalokson og har rutine for samtaler om tryggere bruk.'],
    ['sp5', 4, 4, 3, 'Alle ansatte har MI-opplæring, og to har veilederkompetanse. Observert i teammøte.'],
    ['sp6', 4, 4, 4, 'Teamet følger opp deltakere som trekker seg unna, med faste forsøk på kontakt.'],
    ['sp7', 4, 4, 4, 'Ingen bruk av press eller tvang registrert; deltakerne beskriver teamet som respektfullt.'],
    ['sp8', 3, 3, 3, 'Planene er deltakernes egne, men 4 av 10 journaler manglet oppdatert plan siste halvår.'],
    ['sp9', 4, 4, 4, 'Oppfølging på bolig, økonomi, helse, arbeid og nettverk.'],
    ['sp10', 4, 4, 4, 'Deltakerne bestemmer hvor ofte teamet kommer, og hva det skal handle om.'],
    ['sa1', 4, 4, 4, 'Psykiatrisk sykepleier i teamet og fast samarbeid med DPS.'],
    ['sa2', 3, 3, 3, 'Ruskonsulent i teamet, men ventetiden til rusbehandling i helseforetaket er lang.'],
    ['sa3', 3, 3, 3, 'IPS-jobbspesialist knyttet til teamet fra januar 2026; fem deltakere er i arbeid eller tiltak.'],
    ['sa4', 3, 3, 3, 'Samarbeid med frivilligsentralen; få deltakere bruker tilbudet.'],
    ['sa5', 4, 4, 4, 'Fastlegesamarbeid og helsesjekk ved inntak; tannhelse via kommunal ordning.'],
    ['sa6', 3, 3, 3, 'Erfaringskonsulent i 60 % stilling siden januar 2026.'],
    ['sa7', 3, 3, 2, 'Noen deltakere er med på lokale aktiviteter; teamet ønsker mer systematisk nettverksarbeid.'],
    ['sa8', 4, 4, 4, 'Døgnåpen telefon i samarbeid med legevakten.'],
    ['ps1', 4, 4, 4, 'Inntakskriteriene prioriterer langvarig bostedsløshet og sammensatte behov.'],
    ['ps2', 4, 4, 4, 'I snitt 1,4 kontakter per deltaker per uke siste kvartal, de fleste hjemme.'],
    ['ps3', 4, 4, 4, 'Åtte deltakere per årsverk.'],
    ['ps4', 4, 4, 4, 'Morgenmøte hver dag og fagmøte hver uke.'],
    ['ps5', 3, 3, 3, 'Brukerundersøkelse hvert år; tilbakemeldingene følges ikke systematisk opp.'],
    ['ps6', 3, 3, 3, 'En tidligere deltaker sitter i referansegruppen; ingen deltakere ennå i styringsgruppen.'],
  ],
  EXTERNAL,
);

// ---------------------------------------------------------------------------------------------
// Rana: a sheet from a Norwegian Excel; housing supply first, then improving
// ---------------------------------------------------------------------------------------------

const RANA = {
  team: 'Housing First Rana',
  raters: ['Siri Johansen', 'Bjørn Ånes'],
  rounds: [
    {
      date: '18.03.2025',
      consensus: profile(`
        2 1 2 3 2 3 2
        3 3 3 2 3 4 3
        3 3 3 3 2 3 3 2 3 3
        3 2 2 2 3 1 2 3
        3 3 3 4 2 1`),
      // A rater who left an item blank ("vet ikke"): the consensus row still has it.
      blanks: [[1, 'hcs4']],
    },
    {
      date: '21.10.2025',
      consensus: profile(`
        2,5 2 3 3 2 3 3
        3 3 3 3 3 4 3
        3 3 3 3 3 3 3 3 3 3
        3 2 2 3 3 2 2 3
        3 3 3 4 3 1,5`),
      blanks: [],
    },
    {
      date: '29.09.2026',
      consensus: profile(`
        3 3 3 4 3 3 3
        4 3 4 3 3 4 3
        3 3 3 3 3 4 3 3 3 3
        3 3 2 3 3 3 3 3
        4 3 3 4 3 2`),
      blanks: [],
    },
  ],
};

function csvField(text, delimiter) {
  return /["\r\n]/.test(text) || text.includes(delimiter) ? `"${text.replace(/"/g, '""')}"` : text;
}

function writeRana() {
  const header = ['team', 'dato', 'vurderer', 'type', ...PW.map((i) => `${i.id}: ${i.title.nb}`)];
  const rows = [header];
  const nb = (x) => String(x).replace('.', ',');
  for (const round of RANA.rounds) {
    const [a, b] = twoRaters(round.consensus, `rana ${round.date}`);
    [a, b].forEach((scores, r) => {
      const cells = scores.map((s, i) => (round.blanks.some(([who, id]) => who === r && id === PW_IDS[i]) ? '' : nb(s)));
      rows.push([RANA.team, round.date, RANA.raters[r], 'ekstern', ...cells]);
    });
    rows.push([RANA.team, round.date, 'konsensus', 'ekstern', ...round.consensus.map(nb)]);
  }
  const text = rows.map((row) => row.map((c) => csvField(c, ';')).join(';')).join('\r\n') + '\r\n';
  mkdirSync(out('rana'), { recursive: true });
  writeFileSync(out('rana', 'rana-fidelity.csv'), '\ufeff' + text);
}

// ---------------------------------------------------------------------------------------------
// Survey answers (Mandal, Grünerløkka): each respondent's label around a team profile
// ---------------------------------------------------------------------------------------------

/** Answers of `n` respondents: mostly the profile, now and then a point lower or higher, or "don't know". */
function surveyAnswers(base, n, seed, { dontKnow = 0.04, na = {} } = {}) {
  const random = rng(seed);
  const answers = [];
  for (let person = 0; person < n; person++) {
    answers.push(
      base.map((b, i) => {
        const id = PW_IDS[i];
        if (na[id]?.includes(person)) return 'na';
        const r = random();
        if (r < dontKnow) return 'dk';
        const shifted = r < 0.2 ? b - 1 : r > 0.9 ? b + 1 : b;
        return Math.min(4, Math.max(1, shifted));
      }),
    );
  }
  return answers;
}

// ---------------------------------------------------------------------------------------------
// Mandal: a Nettskjema export; a new team at an early stage
// ---------------------------------------------------------------------------------------------

const MANDAL_LABELS = { 4: 'Fullt implementert', 3: 'I stor grad', 2: 'Delvis implementert', 1: 'Ikke implementert', dk: 'Vet ikke', na: 'Ikke relevant' };
const MANDAL = {
  team: 'Housing First Mandal',
  rounds: [
    {
      day: '2025-10-09',
      offset: '+02:00',
      base: profile(`
        3 1 2 2 2 3 2
        3 2 2 2 2 3 2
        3 3 2 2 2 3 3 2 2 2
        2 2 1 2 2 1 2 1
        3 2 3 3 1 1`),
      // Only hcs4 (affordability) may be "not relevant": one respondent has no participant paying rent yet.
      na: { hcs4: [2] },
    },
    {
      day: '2026-03-12',
      offset: '+01:00',
      base: profile(`
        3 2 2 3 3 3 2
        3 2 3 2 3 3 2
        3 3 3 2 2 3 3 2 2 3
        2 2 2 2 2 1 2 2
        3 3 3 3 2 1`),
      na: {},
    },
    {
      day: '2026-09-10',
      offset: '+02:00',
      base: profile(`
        3 2 3 3 3 3 3
        3 3 3 2 3 3 3
        3 3 3 3 2 3 3 3 3 3
        3 2 2 2 3 2 2 2
        3 3 3 3 2 1`),
      na: {},
    },
  ],
};
const NETTSKJEMA_META = ['$submission_id', '$created', '$answer_time_ms', 'enhet'];
const nettskjemaHeader = (id) => `radio_matrix.${id}`;

function writeMandal() {
  const header = [...NETTSKJEMA_META, ...PW_IDS.map(nettskjemaHeader)];
  const rows = [header];
  let submission = 31874412;
  MANDAL.rounds.forEach((round, r) => {
    const answers = surveyAnswers(round.base, 4, `mandal ${round.day}`, { na: round.na });
    answers.forEach((person, p) => {
      // Team meeting at 13:00; everyone sends the form before the meeting ends, so one round is one
      // date (the tool groups rows by team, date and kind).
      const minute = 20 + p * 7 + r;
      const created = `${round.day}T13:${String(minute).padStart(2, '0')}:${String((p * 17 + 5) % 60).padStart(2, '0')}${round.offset}`;
      submission += 13 + p;
      rows.push([String(submission), created, String(540000 + p * 61234 + r * 7000), MANDAL.team, ...person.map((a) => MANDAL_LABELS[a])]);
    });
  });
  const text = rows.map((row) => row.map((c) => `"${c.replace(/"/g, '""')}"`).join(';')).join('\n') + '\n';
  mkdirSync(out('mandal'), { recursive: true });
  writeFileSync(out('mandal', 'nettskjema-export.txt'), text);
  const map = {
    columns: { team: 'enhet', date: '$created' },
    items: Object.fromEntries(PW_IDS.map((id) => [id, nettskjemaHeader(id)])),
    values: {
      'Fullt implementert': 4,
      'I stor grad': 3,
      'Delvis implementert': 2,
      'Ikke implementert': 1,
      'Ikke relevant': 'na',
      'Vet ikke': 'missing',
    },
  };
  writeFileSync(
    out('mandal', 'map.yaml'),
    '# Map for the Nettskjema export of Housing First Mandal (hf-fidelity score --map).\n' +
      '# columns: which codebook variable holds the team and the date ($created, a timestamp with offset);\n' +
      '# items: pathways-hf item id -> codebook variable; values: answer label -> score, na or missing.\n' +
      stringify(map, { lineWidth: 0 }),
  );
}

// ---------------------------------------------------------------------------------------------
// Grünerløkka: a Microsoft Forms export (.xlsx); high fidelity, a dip in separation in 2026
// ---------------------------------------------------------------------------------------------

const FORMS_LABELS = { 4: 'Fullt implementert', 3: 'I stor grad implementert', 2: 'Delvis implementert', 1: 'Ikke implementert', dk: 'Vet ikke' };
const FORMS_TEAM_QUESTION = 'Hvilket Housing First-team jobber du i?';
const GRUNERLOKKA = {
  team: 'Housing First Grünerløkka',
  people: [
    ['Marius Opsahl', 'marius.opsahl@grunerlokka.example.no'],
    ['Leila Haddad', 'leila.haddad@grunerlokka.example.no'],
    ['Thea Brekke', 'thea.brekke@grunerlokka.example.no'],
    ['Jonas Lien', 'jonas.lien@grunerlokka.example.no'],
    ['Amira Yusuf', 'amira.yusuf@grunerlokka.example.no'],
  ],
  rounds: [
    {
      day: [2025, 3, 20],
      base: profile(`
        4 3 4 4 4 4 3
        4 4 4 4 4 4 4
        4 4 4 4 3 4 4 4 3 4
        4 3 3 3 4 3 3 4
        4 4 3 4 3 3`),
    },
    {
      day: [2025, 10, 16],
      base: profile(`
        4 3 4 4 4 4 4
        4 4 4 4 4 4 4
        4 4 4 4 4 4 4 4 3 4
        4 3 3 3 4 4 3 4
        4 4 3 4 3 3`),
    },
    {
      // The new framework agreement with the municipal housing agency asks participants to accept
      // a "botreningsavtale" to get a flat, and the housing agency sends rent arrears to the team.
      day: [2026, 9, 17],
      base: profile(`
        4 3 4 4 4 4 4
        3 2 3 4 4 4 2
        4 4 4 4 4 4 4 4 4 4
        4 3 3 3 4 4 3 4
        4 4 3 4 3 4`),
    },
  ],
};

/** The Forms question order: the form was built in another order than the scale. */
function formsOrder() {
  const random = rng('forms order');
  const ids = [...PW_IDS];
  for (let i = ids.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [ids[i], ids[j]] = [ids[j], ids[i]];
  }
  return ids;
}

async function writeGrunerlokka() {
  const order = formsOrder();
  const question = (id) => PW.find((i) => i.id === id).question.nb;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Microsoft Forms';
  workbook.created = new Date(Date.UTC(2026, 8, 17, 14, 0, 0));
  workbook.modified = workbook.created;
  const sheet = workbook.addWorksheet('Sheet1');
  const header = ['ID', 'Start time', 'Completion time', 'Email', 'Name', 'Last modified time', FORMS_TEAM_QUESTION, ...order.map(question)];
  sheet.addRow(header);
  let id = 1;
  for (const round of GRUNERLOKKA.rounds) {
    const answers = surveyAnswers(round.base, GRUNERLOKKA.people.length, `grunerlokka ${round.day.join('-')}`, { dontKnow: 0.03 });
    answers.forEach((person, p) => {
      const [y, m, d] = round.day;
      // Forms stores local wall-clock times; exceljs writes a Date's UTC fields as that wall time.
      const start = new Date(Date.UTC(y, m - 1, d, 12, 5 + p * 4, 11 + p * 9));
      const done = new Date(start.getTime() + (11 + p * 2) * 60_000 + 23_000);
      const byId = Object.fromEntries(PW_IDS.map((itemId, i) => [itemId, FORMS_LABELS[person[i]]]));
      const [name, email] = GRUNERLOKKA.people[p];
      sheet.addRow([id++, start, done, email, name, null, GRUNERLOKKA.team, ...order.map((itemId) => byId[itemId])]);
    });
  }
  sheet.getColumn(2).numFmt = 'm/d/yy h:mm:ss';
  sheet.getColumn(3).numFmt = 'm/d/yy h:mm:ss';
  mkdirSync(out('grunerlokka'), { recursive: true });
  await workbook.xlsx.writeFile(out('grunerlokka', 'microsoft-forms-export.xlsx'));
  const map = {
    columns: { team: FORMS_TEAM_QUESTION, date: 'Completion time', rater: 'Name' },
    items: Object.fromEntries(PW_IDS.map((itemId) => [itemId, question(itemId)])),
    values: { 'Vet ikke': 'missing' },
  };
  writeFileSync(
    out('grunerlokka', 'map.yaml'),
    '# Map for the Microsoft Forms export of Housing First Grünerløkka (hf-fidelity score --map).\n' +
      '# Forms heads each column with the full question text, so every item is mapped to its question.\n' +
      '# The answers "Fullt implementert" ... "Ikke implementert" are the scale\'s own labels; only\n' +
      '# "Vet ikke" needs a value here. ID, Start time, Email and Last modified time are left out (a warning).\n' +
      stringify(map, { lineWidth: 0 }),
  );
}

// ---------------------------------------------------------------------------------------------
// Moss: hf-principles self-assessment
// ---------------------------------------------------------------------------------------------

function mossPrinciples() {
  const raters = ['Kari Nilsen', 'Sara Ali'];
  const rows = [
    ['hr1', 4],
    ['hr2', 3, 3, 3, 'Deltakerne bor i snitt fem uker i midlertidig botilbud før egen bolig; målet er under fire.'],
    ['hr3', 4, 4, 4, 'Inntak etter boligbehov; ingen krav om diagnose.'],
    ['hr4', 4],
    ['re1', 4],
    ['re2', 4, 4, 3],
    ['re3', 4, 4, 4, 'Faste hjemmebesøk avtales med hver deltaker, oftest ukentlig.'],
    ['sh1', 4],
    ['sh2', 4],
    ['sh3', 3, 3, 3, 'De fleste boligene kommer fra kommunens egen boligmasse; to fra private utleiere.'],
    ['sh4', 3, 3, 4, 'Naboklager i to bygg i vår; teamet har fått bedre kontakt med vaktmesterne.'],
    ['se1', 4],
    ['se2', 4, 4, 4, 'Eiendomsavdelingen har utleierrollen; rutinen fra januar 2026 følges.'],
    ['se3', 4],
    ['se4', 4],
    ['ch1', 4],
    ['ch2', 3, 3, 3, 'Boligplanene er ikke oppdatert for alle deltakerne.'],
    ['ch3', 4],
    ['ch4', 3, 3, 2, 'Referansegruppe med en tidligere deltaker; ingen i styringsgruppen ennå.'],
    ['co1', 4],
    ['co2', 4],
    ['co3', 4],
    ['co4', 4],
    ['co5', 3, 3, 3, 'Samarbeidsavtalen med DPS er under revisjon.'],
    ['rc1', 3, 3, 3, 'Erfaringskonsulent i 60 % stilling siden januar; teamet ønsker 100 %.'],
    ['rc2', 3],
    ['rc3', 3, 3, 3, 'Lite systematisk nettverksarbeid; kartlegging planlagt.'],
    ['rc4', 4],
    ['hm1', 4],
    ['hm2', 4, 4, 4, 'Nalokson deles ut, og alle ansatte har hatt opplæring.'],
    ['hm3', 3, 3, 3, 'LAR-samarbeidet fungerer, men det er ventetid til rusbehandling i spesialisthelsetjenesten.'],
    ['hm4', 4],
  ];
  mkdirSync(out('moss', 'principles'), { recursive: true });
  writeAssessment(
    out('moss', 'principles', 'moss-hf-principles-2026-10-06.yaml'),
    {
      team: MOSS,
      date: '2026-10-06',
      kind: 'self',
      raters,
      ratings: ratingsFrom(rows, raters),
      strengths: [
        'Bolig uten krav om behandling eller rusfrihet, og tydelig skille mellom utleier og oppfølging.',
        'Døgnåpen telefon og oppfølging som fortsetter ved utkastelse, innleggelse og soning.',
      ],
      recommendations: [
        'Korte ned tiden i midlertidig botilbud.',
        'Ta deltakerne med i styringsgruppen.',
        'Arbeide mer systematisk med nettverk og relasjoner.',
      ],
      actions: [
        { item: 'hr2', action: 'Avtale fast kvote av små leiligheter med boligkontoret', owner: 'Enhetsleder bolig', due: '2027-03-01' },
        { item: 'rc3', action: 'Nettverkskartlegging med alle deltakere', owner: 'Sara Ali, erfaringskonsulent', due: '2027-04-30' },
      ],
    },
    principles,
  );
}

// ---------------------------------------------------------------------------------------------

function writeMoss() {
  mkdirSync(out('moss'), { recursive: true });
  writeAssessment(
    out('moss', 'moss-2025-03-11-ekstern.yaml'),
    {
      team: MOSS,
      date: '2025-03-11',
      kind: 'external',
      raters: EXTERNAL,
      ratings: moss1,
      strengths: [
        'Deltakerne velger selv bolig, og alle har ordinære, tidsubestemte leiekontrakter.',
        'Ingen krav om rusfrihet eller behandling for å få eller beholde bolig.',
        'Tett kontakt og lav saksmengde per ansatt.',
      ],
      recommendations: [
        'Ansett en erfaringskonsulent i teamet.',
        'Innfør IPS eller annen systematisk hjelp til arbeid og utdanning.',
        'Skill utleierrollen fra oppfølgingsrollen, og skriv ned rutinen.',
        'Del ut nalokson og gi alle ansatte opplæring i motiverende intervju.',
      ],
      actions: [
        { item: 'sa6', action: 'Søke midler til 60 % stilling som erfaringskonsulent', owner: 'Kari Nilsen, teamleder', due: '2025-09-01' },
        { item: 'sa3', action: 'Inngå samarbeid med NAV om IPS-jobbspesialist', owner: 'Enhetsleder rus og psykisk helse', due: '2025-12-31' },
        { item: 'shs7', action: 'Flytte oppfølging av husleierestanser til eiendomsavdelingen og skrive rutine', owner: 'Kari Nilsen, teamleder', due: '2025-06-30' },
        { item: 'sp4', action: 'Starte utdeling av nalokson med opplæring i tryggere bruk', owner: 'Emil Hansen', due: '2025-05-31' },
      ],
    },
    pathways,
  );
  writeAssessment(
    out('moss', 'moss-2025-10-14-egenvurdering.yaml'),
    {
      team: MOSS,
      date: '2025-10-14',
      kind: 'self',
      raters: SELF,
      ratings: moss2,
      strengths: [
        'Tiltakene fra den eksterne vurderingen i mars er fulgt opp: nalokson, bostøtte, møbelfond og rutine for ny bolig.',
        'Deltakerne beholder boligen uansett om de tar imot oppfølging.',
      ],
      recommendations: ['Bli ferdig med rutinen for rollefordeling mot eiendomsavdelingen.', 'Oppdatere alle planer sammen med deltakerne.'],
      actions: [
        { item: 'sp5', action: 'MI-kurs for alle ansatte', owner: 'Kari Nilsen, teamleder', due: '2025-11-30' },
        { item: 'shs7', action: 'Skrive ferdig rutine for rollefordeling mellom eiendomsavdelingen og teamet', owner: 'Kari Nilsen, teamleder', due: '2026-01-31' },
        { item: 'sp8', action: 'Oppdatere alle planer sammen med deltakerne', owner: 'Alle i teamet', due: '2026-03-01' },
      ],
    },
    pathways,
  );
  writeAssessment(
    out('moss', 'moss-2026-09-22-ekstern.yaml'),
    {
      team: MOSS,
      date: '2026-09-22',
      kind: 'external',
      raters: EXTERNAL,
      ratings: moss3,
      strengths: [
        'Fullt skille mellom bolig og tjenester, med skriftlig rutine for roller mot eiendomsavdelingen.',
        'Skadereduksjon i praksis: nalokson, MI og oppfølging uten krav.',
        'Erfaringskonsulent og IPS-jobbspesialist er nå en del av teamet.',
      ],
      recommendations: [
        'Korte ned ventetiden til egen bolig mot seks uker.',
        'Gå gjennom planene sammen med hver deltaker hvert halvår.',
        'Ta deltakerne med i styringsgruppen.',
      ],
      actions: [
        { item: 'hcs2', action: 'Avtale med boligkontoret om å holde av to små leiligheter per kvartal', owner: 'Enhetsleder bolig', due: '2027-03-01' },
        { item: 'sp8', action: 'Gjennomgå alle planer sammen med deltakerne hvert halvår', owner: 'Kari Nilsen, teamleder', due: '2027-01-31' },
        { item: 'ps6', action: 'Invitere to deltakere inn i styringsgruppen', owner: 'Kommunalsjef helse og omsorg', due: '2027-02-28' },
        { item: 'sa7', action: 'Kartlegge nettverk og fritidsønsker for alle deltakere', owner: 'Sara Ali, erfaringskonsulent', due: '2027-04-30' },
      ],
    },
    pathways,
  );
}

writeMoss();
mossPrinciples();
writeRana();
writeMandal();
await writeGrunerlokka();

// A short summary of what was written, to compare with `hf-fidelity score`.
const consensusMean = (ratings) => mean(Object.values(ratings).map((r) => r.score));
console.log(`moss     ${[moss1, moss2, moss3].map((r) => consensusMean(r).toFixed(3)).join('  ')}`);
console.log(`rana     ${RANA.rounds.map((r) => mean(r.consensus).toFixed(3)).join('  ')}`);
