// Messages of `hf-fidelity assess`: every question, screen and message of the interactive session,
// in nb, da and en. Registered by the command when it loads (src/cli/commands/assess.ts).
import type { MessageTable } from '../catalogue.js';

export const assessMessages = {
  // Refusals and errors
  'assess.notTerminal': {
    en: 'assess asks questions and needs a terminal. Without one, collect ratings in a sheet made by `hf-fidelity template <scale>`, then score it with `hf-fidelity score <file> --scale <scale>`.',
    nb: 'assess stiller spørsmål og trenger en terminal. Uten terminal kan dere samle skårer i et ark fra `hf-fidelity template <skala>` og skåre det med `hf-fidelity score <fil> --scale <skala>`.',
    da: 'assess stiller spørgsmål og kræver en terminal. Uden terminal kan I samle scorer i et ark fra `hf-fidelity template <skala>` og score det med `hf-fidelity score <fil> --scale <skala>`.',
  },
  'assess.badDate': {
    en: '--date "{value}" is not a date: write it as YYYY-MM-DD, e.g. 2026-10-15',
    nb: '--date «{value}» er ikke en dato: skriv den som ÅÅÅÅ-MM-DD, f.eks. 2026-10-15',
    da: '--date »{value}« er ikke en dato: skriv den som ÅÅÅÅ-MM-DD, f.eks. 2026-10-15',
  },
  'assess.badDateInput': {
    en: 'Write a date as YYYY-MM-DD, e.g. 2026-10-15',
    nb: 'Skriv en dato som ÅÅÅÅ-MM-DD eller DD.MM.ÅÅÅÅ, f.eks. 15.10.2026',
    da: 'Skriv en dato som ÅÅÅÅ-MM-DD eller DD-MM-ÅÅÅÅ, f.eks. 15-10-2026',
  },
  'assess.noScales': {
    en: 'no scale could be loaded; give one with --scale <id or file.yaml>',
    nb: 'ingen skala kunne lastes; oppgi en med --scale <id eller fil.yaml>',
    da: 'ingen skala kunne indlæses; angiv en med --scale <id eller fil.yaml>',
  },
  'assess.optionsFromFile': {
    en: '{file} already holds this assessment, so its own details are kept and these options are not used: {options}',
    nb: '{file} inneholder allerede denne vurderingen, så detaljene i filen beholdes og disse valgene brukes ikke: {options}',
    da: '{file} indeholder allerede denne vurdering, så detaljerne i filen beholdes, og disse valg bruges ikke: {options}',
  },

  // Prompt keywords
  'assess.plan.askAny': {
    en: 'Every item is at its highest score. Make an action plan now (to keep it so)?',
    nb: 'Alle indikatorene har høyeste skår. Vil dere lage en tiltaksplan nå (for å holde det slik)?',
    da: 'Alle indikatorer har højeste score. Vil I lave en handlingsplan nu (for at holde det sådan)?',
  },
  'assess.plan.other': {
    en: 'Another item (any item, also one that scores well)…',
    nb: 'En annen indikator (hvilken som helst, også en som skårer høyt) …',
    da: 'En anden indikator (en hvilken som helst, også en, der scorer højt) …',
  },
  'assess.plan.whichAny': { en: 'An action for which item?', nb: 'Tiltak for hvilken indikator?', da: 'Handling for hvilken indikator?' },
  'assess.plan.back': { en: '← back', nb: '← tilbake', da: '← tilbage' },
  'assess.review.ask': {
    en: 'Write key messages, strengths, recommendations or barriers now?',
    nb: 'Vil dere skrive hovedbudskap, styrker, anbefalinger eller hindringer nå?',
    da: 'Vil I skrive hovedbudskaber, styrker, anbefalinger eller barrierer nu?',
  },
  'assess.review.askMore': {
    en: { one: '1 key message, strength, recommendation or barrier is written. Add more?', other: '{count} key messages, strengths, recommendations and barriers are written. Add more?' },
    nb: { one: '1 hovedbudskap, styrke, anbefaling eller hindring er skrevet. Legge til flere?', other: '{count} hovedbudskap, styrker, anbefalinger og hindringer er skrevet. Legge til flere?' },
    da: { one: '1 hovedbudskab, styrke, anbefaling eller barriere er skrevet. Tilføje flere?', other: '{count} hovedbudskaber, styrker, anbefalinger og barrierer er skrevet. Tilføje flere?' },
  },
  'assess.review.keyMessage': {
    en: 'Key message {n} (Enter on an empty line when done):',
    nb: 'Hovedbudskap {n} (Enter på en tom linje når dere er ferdige):',
    da: 'Hovedbudskab {n} (Enter på en tom linje, når I er færdige):',
  },
  'assess.review.strength': {
    en: 'Strength {n} (Enter on an empty line when done):',
    nb: 'Styrke {n} (Enter på en tom linje når dere er ferdige):',
    da: 'Styrke {n} (Enter på en tom linje, når I er færdige):',
  },
  'assess.review.recommendation': {
    en: 'Recommendation {n} (Enter on an empty line when done):',
    nb: 'Anbefaling {n} (Enter på en tom linje når dere er ferdige):',
    da: 'Anbefaling {n} (Enter på en tom linje, når I er færdige):',
  },
  'assess.review.barrier': {
    en: 'Barrier {n} the team does not control alone (Enter on an empty line when done):',
    nb: 'Hindring {n} som teamet ikke rår over alene (Enter på en tom linje når dere er ferdige):',
    da: 'Barriere {n}, som teamet ikke selv råder over (Enter på en tom linje, når I er færdige):',
  },
  'assess.review.barrierLevel': { en: 'At which level?', nb: 'På hvilket nivå?', da: 'På hvilket niveau?' },
  'assess.review.barrierOwner': {
    en: 'Who can remove it (optional, Enter to go on)?',
    nb: 'Hvem kan fjerne den (valgfritt, Enter for å gå videre)?',
    da: 'Hvem kan fjerne den (valgfrit, Enter for at gå videre)?',
  },
  'assess.previous.found': {
    en: 'The previous assessment ({date}, {file}) is in this folder: its scores are shown with each item, and its plan can be followed up.',
    nb: 'Forrige vurdering ({date}, {file}) ligger i denne mappen: skårene derfra vises ved hver indikator, og tiltaksplanen kan følges opp.',
    da: 'Den forrige vurdering ({date}, {file}) ligger i denne mappe: scorerne derfra vises ved hver indikator, og handlingsplanen kan følges op.',
  },
  'assess.previous.score': { en: 'Last time ({date}): {answer}', nb: 'Forrige gang ({date}): {answer}', da: 'Sidste gang ({date}): {answer}' },
  'assess.previous.notRated': { en: 'Last time ({date}): not rated', nb: 'Forrige gang ({date}): ikke skåret', da: 'Sidste gang ({date}): ikke scoret' },
  'assess.followUp.ask': {
    en: { one: "Last round's plan ({date}) has 1 action. Follow it up now?", other: "Last round's plan ({date}) has {count} actions. Follow them up now?" },
    nb: { one: 'Forrige tiltaksplan ({date}) har 1 tiltak. Følge det opp nå?', other: 'Forrige tiltaksplan ({date}) har {count} tiltak. Følge dem opp nå?' },
    da: { one: 'Den forrige handlingsplan ({date}) har 1 handling. Følge op på den nu?', other: 'Den forrige handlingsplan ({date}) har {count} handlinger. Følge op på dem nu?' },
  },
  'assess.followUp.status': { en: 'How far has it come?', nb: 'Hvor langt har det kommet?', da: 'Hvor langt er den nået?' },
  'assess.followUp.note': {
    en: 'A word on it (optional, Enter to go on):',
    nb: 'Et ord om det (valgfritt, Enter for å gå videre):',
    da: 'Et ord om den (valgfrit, Enter for at gå videre):',
  },
  'assess.keys.score': {
    en: 'type the score, or ↑↓ and ⏎ (N/A, skip) • Ctrl-C stop',
    nb: 'tast skåren, eller ↑↓ og ⏎ (ikke aktuelt, hopp over) • Ctrl-C stopp',
    da: 'tast scoren, eller ↑↓ og ⏎ (ikke relevant, spring over) • Ctrl-C stop',
  },
  'assess.score.chooseFirst': {
    en: 'No score is chosen yet: type one, or move to it with ↑↓',
    nb: 'Ingen skår er valgt ennå: tast en, eller gå til den med ↑↓',
    da: 'Ingen score er valgt endnu: tast en, eller gå til den med ↑↓',
  },
  'assess.keys.select': {
    en: '↑↓ move • ⏎ choose • Ctrl-C stop',
    nb: '↑↓ flytt • ⏎ velg • Ctrl-C stopp',
    da: '↑↓ flyt • ⏎ vælg • Ctrl-C stop',
  },
  'assess.yes': { en: 'Yes', nb: 'Ja', da: 'Ja' },
  'assess.no': { en: 'No', nb: 'Nei', da: 'Nej' },
  'assess.yesOrNo': { en: 'Answer y (yes) or n (no)', nb: 'Svar j (ja) eller n (nei)', da: 'Svar j (ja) eller n (nej)' },

  // Setting up
  'assess.setup.scale': { en: 'Which scale?', nb: 'Hvilken skala?', da: 'Hvilken skala?' },
  'assess.setup.scaleSize': {
    en: '{items} items in {domains} domains',
    nb: '{items} indikatorer i {domains} områder',
    da: '{items} indikatorer i {domains} områder',
  },
  'assess.setup.team': { en: 'Team name:', nb: 'Teamets navn:', da: 'Teamets navn:' },
  'assess.setup.teamRequired': { en: 'The team needs a name', nb: 'Teamet må ha et navn', da: 'Teamet skal have et navn' },
  'assess.setup.date': { en: 'Date of the assessment:', nb: 'Dato for vurderingen:', da: 'Dato for vurderingen:' },
  'assess.setup.kind': { en: 'Kind of assessment:', nb: 'Type vurdering:', da: 'Type vurdering:' },
  'assess.setup.kindSelf': {
    en: 'Self-assessment (the team rates its own work)',
    nb: 'Egenvurdering (teamet vurderer sitt eget arbeid)',
    da: 'Selvevaluering (teamet vurderer sit eget arbejde)',
  },
  'assess.setup.kindExternal': {
    en: 'External review (reviewers rate the team)',
    nb: 'Ekstern vurdering (eksterne vurderere skårer teamet)',
    da: 'Ekstern vurdering (eksterne bedømmere scorer teamet)',
  },
  'assess.setup.ratersHelp': {
    en: 'Leave the raters empty if the team agrees one score per item together. Or name each rater, separated by commas: each gives a score, then you agree a shared one.',
    nb: 'La vurderere stå tomt hvis teamet blir enige om én skår per indikator sammen. Eller skriv navnet på hver vurderer, skilt med komma: hver gir en skår, så blir dere enige om en felles skår.',
    da: 'Lad bedømmere stå tomt, hvis teamet sammen bliver enige om én score pr. indikator. Eller skriv navnet på hver bedømmer, adskilt med komma: hver giver en score, og så bliver I enige om en fælles.',
  },
  'assess.setup.raters': { en: 'Raters (optional):', nb: 'Vurderere (valgfritt):', da: 'Bedømmere (valgfrit):' },
  'assess.setup.raterReserved': {
    en: '"{name}" is kept for the agreed score; give the rater another name',
    nb: '«{name}» brukes om den felles skåren; gi vurdereren et annet navn',
    da: '»{name}« bruges om den fælles score; giv bedømmeren et andet navn',
  },
  'assess.setup.file': { en: 'Save the assessment in:', nb: 'Lagre vurderingen i:', da: 'Gem vurderingen i:' },
  'assess.setup.fileRequired': { en: 'Give a file name', nb: 'Oppgi et filnavn', da: 'Angiv et filnavn' },
  'assess.setup.fileTaken': {
    en: '{file} already exists. Give another name, or stop (Ctrl-C) and continue that file with: {command}',
    nb: '{file} finnes allerede. Gi et annet navn, eller stopp (Ctrl-C) og fortsett den filen med: {command}',
    da: '{file} findes allerede. Angiv et andet navn, eller stop (Ctrl-C) og fortsæt den fil med: {command}',
  },
  'assess.kind.self': { en: 'self-assessment', nb: 'egenvurdering', da: 'selvevaluering' },
  'assess.kind.external': { en: 'external review', nb: 'ekstern vurdering', da: 'ekstern vurdering' },

  // Introduction
  'assess.intro.reviewers': {
    en: 'The reviewers agree one score for each item.',
    nb: 'Vurdererne blir enige om én skår for hver indikator.',
    da: 'Bedømmerne bliver enige om én score for hver indikator.',
  },
  'assess.intro.team': {
    en: 'The team agrees one score for each item.',
    nb: 'Teamet blir enige om én skår for hver indikator.',
    da: 'Teamet bliver enige om én score for hver indikator.',
  },
  'assess.intro.oneRater': {
    en: '{name} gives one score for each item.',
    nb: '{name} gir én skår for hver indikator.',
    da: '{name} giver én score for hver indikator.',
  },
  'assess.intro.panel': {
    en: 'Raters: {raters}. For each item every rater gives a score; where all give the same, that is the agreed score, otherwise you settle on one (the rounded mean is shown).',
    nb: 'Vurderere: {raters}. For hver indikator gir hver vurderer en skår; der alle gir den samme, er det den felles skåren, ellers blir dere enige om én (det avrundede snittet vises).',
    da: 'Bedømmere: {raters}. For hver indikator giver hver bedømmer en score; hvor alle giver den samme, er det den fælles score, ellers bliver I enige om én (det afrundede gennemsnit vises).',
  },
  'assess.intro.items': {
    en: '{items} items in {domains} domains. Each score is shown with what it means; choose the one that fits best.',
    nb: '{items} indikatorer i {domains} områder. Hver skår vises med hva den betyr; velg den som passer best.',
    da: '{items} indikatorer i {domains} områder. Hver score vises med, hvad den betyder; vælg den, der passer bedst.',
  },
  'assess.intro.resumed': {
    en: 'Continuing: {answered} of {total} items answered, {skipped} skipped, {open} to go.',
    nb: 'Fortsetter: {answered} av {total} indikatorer besvart, {skipped} hoppet over, {open} igjen.',
    da: 'Fortsætter: {answered} af {total} indikatorer besvaret, {skipped} sprunget over, {open} tilbage.',
  },
  'assess.intro.complete': {
    en: 'Complete: {answered} of {total} items answered ({na}), {skipped} skipped.',
    nb: 'Ferdig: {answered} av {total} indikatorer besvart ({na}), {skipped} hoppet over.',
    da: 'Færdig: {answered} af {total} indikatorer besvaret ({na}), {skipped} sprunget over.',
  },
  'assess.intro.start': {
    en: 'Press Enter to start',
    nb: 'Trykk Enter for å begynne',
    da: 'Tryk Enter for at begynde',
  },
  'assess.intro.continue': {
    en: 'Press Enter to go on with {item}',
    nb: 'Trykk Enter for å fortsette med {item}',
    da: 'Tryk Enter for at fortsætte med {item}',
  },
  'assess.intro.review': {
    en: 'Every item is answered. Press Enter to see all the scores',
    nb: 'Alle indikatorene er besvart. Trykk Enter for å se alle skårene',
    da: 'Alle indikatorer er besvaret. Tryk Enter for at se alle scorerne',
  },
  'assess.intro.saving': {
    en: 'Every answer is saved at once in {file}. Stop at any time with Ctrl-C, and go on later with:',
    nb: 'Hvert svar lagres med en gang i {file}. Stopp når som helst med Ctrl-C, og fortsett senere med:',
    da: 'Hvert svar gemmes med det samme i {file}. Stop når som helst med Ctrl-C, og fortsæt senere med:',
  },

  // The item card and its questions
  'assess.domainHeading': { en: 'Domain {n} of {of}: {name}', nb: 'Område {n} av {of}: {name}', da: 'Område {n} af {of}: {name}' },
  'assess.progress': {
    en: 'Item {n} of {of} · {answered} answered · {skipped} skipped',
    nb: 'Indikator {n} av {of} · {answered} besvart · {skipped} hoppet over',
    da: 'Indikator {n} af {of} · {answered} besvaret · {skipped} sprunget over',
  },
  'assess.critical': { en: 'core item', nb: 'kjerneindikator', da: 'kerneindikator' },
  'assess.score': { en: 'Score:', nb: 'Skår:', da: 'Score:' },
  'assess.scoreBy': { en: 'Score from {name}:', nb: 'Skår fra {name}:', da: 'Score fra {name}:' },
  'assess.raterSavedEarlier': { en: '{name}: {answer} (given earlier)', nb: '{name}: {answer} (gitt tidligere)', da: '{name}: {answer} (givet tidligere)' },
  'assess.sharedSavedEarlier': {
    en: 'Agreed score: {answer} (given earlier)',
    nb: 'Felles skår: {answer} (gitt tidligere)',
    da: 'Fælles score: {answer} (givet tidligere)',
  },
  'assess.consensus': {
    en: 'Agreed score (mean {mean} → {rounded}):',
    nb: 'Felles skår (snitt {mean} → {rounded}):',
    da: 'Fælles score (gennemsnit {mean} → {rounded}):',
  },
  'assess.consensusAllNa': {
    en: 'Agreed score (all said not applicable):',
    nb: 'Felles skår (alle sa ikke aktuelt):',
    da: 'Fælles score (alle sagde ikke relevant):',
  },
  'assess.na.short': { en: 'N/A', nb: 'N/A', da: 'N/A' },
  'assess.naCount': {
    en: '{count} not applicable',
    nb: { one: '{count} ikke aktuell', other: '{count} ikke aktuelle' },
    da: { one: '{count} ikke relevant', other: '{count} ikke relevante' },
  },
  'assess.na.choice': { en: 'Not applicable to this team', nb: 'Ikke aktuelt for dette teamet', da: 'Ikke relevant for dette team' },
  'assess.skipped.short': { en: '»', nb: '»', da: '»' },
  'assess.skip.choice': {
    en: 'Skip for now (it comes back before the end)',
    nb: 'Hopp over foreløpig (den kommer tilbake før slutt)',
    da: 'Spring over indtil videre (den kommer igen før slut)',
  },
  'assess.skip.done': { en: 'skipped for now', nb: 'hoppet over foreløpig', da: 'sprunget over indtil videre' },
  'assess.consensusSame': {
    en: 'Agreed score: {answer} (every rater gave it; change it in the summary if need be)',
    nb: 'Felles skår: {answer} (alle vurdererne ga den; endre den i oppsummeringen om nødvendig)',
    da: 'Fælles score: {answer} (alle bedømmere gav den; ret den i oversigten om nødvendigt)',
  },
  'assess.spreadFlag': {
    en: 'The raters are {spread} points apart: talk it over before you agree a score.',
    nb: 'Vurdererne er {spread} poeng fra hverandre: drøft det før dere blir enige om en skår.',
    da: 'Bedømmerne er {spread} point fra hinanden: drøft det, før I bliver enige om en score.',
  },
  'assess.note.spreadReason': {
    en: 'Note, needed: the raters were {spread} points apart; what did you agree, and why?',
    nb: 'Notat, må fylles ut: vurdererne var {spread} poeng fra hverandre; hva ble dere enige om, og hvorfor?',
    da: 'Note, skal udfyldes: bedømmerne var {spread} point fra hinanden; hvad blev I enige om, og hvorfor?',
  },
  'assess.rationale.ask': {
    en: 'Rationale, shown in the report (optional, Enter to go on):',
    nb: 'Begrunnelse, vises i rapporten (valgfritt, Enter for å gå videre):',
    da: 'Begrundelse, vises i rapporten (valgfrit, Enter for at gå videre):',
  },
  'assess.rationale.edit': {
    en: 'Rationale (Enter keeps it, Tab edits it, - removes it):',
    nb: 'Begrunnelse (Enter beholder den, Tab redigerer, - fjerner den):',
    da: 'Begrundelse (Enter beholder den, Tab redigerer, - fjerner den):',
  },
  'assess.note.ask': {
    en: 'Note or evidence, internal (optional, Enter to go on):',
    nb: 'Notat eller dokumentasjon, internt (valgfritt, Enter for å gå videre):',
    da: 'Note eller dokumentation, intern (valgfrit, Enter for at gå videre):',
  },
  'assess.note.edit': {
    en: 'Note (Enter keeps it, Tab edits it, - removes it):',
    nb: 'Notat (Enter beholder det, Tab redigerer, - fjerner det):',
    da: 'Note (Enter beholder den, Tab redigerer, - fjerner den):',
  },
  'assess.note.required': {
    en: 'Note, needed: why not {rounded}, the rounded mean?',
    nb: 'Notat, må fylles ut: hvorfor ikke {rounded}, det avrundede snittet?',
    da: 'Note, skal udfyldes: hvorfor ikke {rounded}, det afrundede gennemsnit?',
  },
  'assess.note.requiredError': {
    en: 'Write a few words on why the team chose this score',
    nb: 'Skriv noen ord om hvorfor teamet valgte denne skåren',
    da: 'Skriv et par ord om, hvorfor teamet valgte denne score',
  },
  'assess.saved': { en: 'Saved {item}: {answer}', nb: 'Lagret {item}: {answer}', da: 'Gemt {item}: {answer}' },
  'assess.savedSkipped': {
    en: 'Skipped {item}; it comes back before the end',
    nb: 'Hoppet over {item}; den kommer tilbake før slutt',
    da: 'Sprang over {item}; den kommer igen før slut',
  },
  'assess.reason.skipped': {
    en: 'You skipped this item earlier. Choose a score now, or skip it again.',
    nb: 'Dere hoppet over denne indikatoren tidligere. Velg en skår nå, eller hopp over igjen.',
    da: 'I sprang over denne indikator tidligere. Vælg en score nu, eller spring over igen.',
  },
  'assess.reason.change': {
    en: 'Changing this item (Enter on the current score keeps it):',
    nb: 'Endrer denne indikatoren (Enter på nåværende skår beholder den):',
    da: 'Ændrer denne indikator (Enter på den nuværende score beholder den):',
  },

  // Skipped items
  'assess.skipped.intro': {
    en: 'Skipped earlier and not answered yet ({count}): {items}.',
    nb: 'Hoppet over og ikke besvart ennå ({count}): {items}.',
    da: 'Sprunget over og ikke besvaret endnu ({count}): {items}.',
  },
  'assess.skipped.ask': { en: 'What now?', nb: 'Hva nå?', da: 'Hvad nu?' },
  'assess.skipped.rate': { en: 'Go through the skipped items now', nb: 'Gå gjennom dem nå', da: 'Gå dem igennem nu' },
  'assess.skipped.finish': {
    en: 'Finish without them (they count as missing)',
    nb: 'Avslutt uten dem (de teller som manglende)',
    da: 'Afslut uden dem (de tæller som manglende)',
  },
  'assess.skipped.pause': {
    en: 'Stop here and go on another day',
    nb: 'Stopp her og fortsett en annen dag',
    da: 'Stop her og fortsæt en anden dag',
  },
  'assess.paused': {
    en: 'Stopped for now. {answered} of {total} items are answered and saved in {file}. To go on:',
    nb: 'Stoppet for nå. {answered} av {total} indikatorer er besvart og lagret i {file}. For å fortsette:',
    da: 'Stoppet for nu. {answered} af {total} indikatorer er besvaret og gemt i {file}. For at fortsætte:',
  },
  'assess.stopped': {
    en: 'Stopped. Every answer so far is saved in {file} ({answered} of {total} items answered). To go on where you left off:',
    nb: 'Stoppet. Alle svar så langt er lagret i {file} ({answered} av {total} indikatorer besvart). For å fortsette der dere slapp:',
    da: 'Stoppet. Alle svar indtil nu er gemt i {file} ({answered} af {total} indikatorer besvaret). For at fortsætte, hvor I slap:',
  },
  'assess.stoppedNothing': {
    en: 'Stopped. Nothing was saved.',
    nb: 'Stoppet. Ingenting ble lagret.',
    da: 'Stoppet. Intet blev gemt.',
  },

  // The summary and changes
  'assess.table.heading': { en: 'All scores · {title}', nb: 'Alle skårer · {title}', da: 'Alle scorer · {title}' },
  'assess.table.counts': {
    en: '{answered} of {total} items answered ({na}), {skipped} skipped, {open} not yet asked.',
    nb: '{answered} av {total} indikatorer besvart ({na}), {skipped} hoppet over, {open} ikke spurt ennå.',
    da: '{answered} af {total} indikatorer besvaret ({na}), {skipped} sprunget over, {open} ikke spurgt endnu.',
  },
  'assess.table.score': { en: 'Score', nb: 'Skår', da: 'Score' },
  'assess.table.legend': {
    en: '• has a note · » skipped · – not answered · N/A not applicable',
    nb: '• har notat · » hoppet over · – ikke besvart · N/A ikke aktuelt',
    da: '• har note · » sprunget over · – ikke besvaret · N/A ikke relevant',
  },
  'assess.change.ask': {
    en: 'Do you want to change any item?',
    nb: 'Vil dere endre noen av indikatorene?',
    da: 'Vil I ændre nogle af indikatorerne?',
  },
  'assess.change.askMore': { en: 'Change another item?', nb: 'Endre en indikator til?', da: 'Ændre en indikator mere?' },
  'assess.change.which': { en: 'Which item?', nb: 'Hvilken indikator?', da: 'Hvilken indikator?' },
  'assess.change.none': { en: 'None – back to the table', nb: 'Ingen – tilbake til tabellen', da: 'Ingen – tilbage til tabellen' },
  'assess.change.noneShort': { en: 'none', nb: 'ingen', da: 'ingen' },
  'assess.revise.ask': {
    en: 'This assessment is complete. Do you want to change any item?',
    nb: 'Denne vurderingen er ferdig. Vil dere endre noen av indikatorene?',
    da: 'Denne vurdering er færdig. Vil I ændre nogle af indikatorerne?',
  },

  // The action plan
  'assess.plan.ask': {
    en: 'Make an action plan for the lowest-scored items now?',
    nb: 'Vil dere lage en tiltaksplan for indikatorene med lavest skår nå?',
    da: 'Vil I lave en handlingsplan for indikatorerne med lavest score nu?',
  },
  'assess.plan.askMore': {
    en: { one: 'The action plan has {count} action. Add more?', other: 'The action plan has {count} actions. Add more?' },
    nb: 'Tiltaksplanen har {count} tiltak. Legge til flere?',
    da: { one: 'Handlingsplanen har {count} handling. Tilføje flere?', other: 'Handlingsplanen har {count} handlinger. Tilføje flere?' },
  },
  'assess.plan.which': { en: 'Action for which item?', nb: 'Tiltak for hvilken indikator?', da: 'Handling for hvilken indikator?' },
  'assess.plan.done': { en: 'The plan is done – go on', nb: 'Planen er ferdig – gå videre', da: 'Planen er færdig – gå videre' },
  'assess.plan.doneShort': { en: 'plan done', nb: 'planen er ferdig', da: 'planen er færdig' },
  'assess.plan.hasActions': { en: 'has an action', nb: 'har tiltak', da: 'har handling' },
  'assess.plan.now': { en: 'Now: {answer}', nb: 'Nå: {answer}', da: 'Nu: {answer}' },
  'assess.plan.nextStep': { en: 'Next step ({score}): {anchor}', nb: 'Neste steg ({score}): {anchor}', da: 'Næste skridt ({score}): {anchor}' },
  'assess.plan.action': { en: 'What will the team do?', nb: 'Hva skal teamet gjøre?', da: 'Hvad vil teamet gøre?' },
  'assess.plan.actionRequired': {
    en: 'Write the action in a few words',
    nb: 'Skriv tiltaket med noen få ord',
    da: 'Skriv handlingen med et par ord',
  },
  'assess.plan.owner': { en: 'Who is responsible? (optional)', nb: 'Hvem er ansvarlig? (valgfritt)', da: 'Hvem er ansvarlig? (valgfrit)' },
  'assess.plan.due': {
    en: 'Done by (YYYY-MM-DD, optional):',
    nb: 'Ferdig innen (DD.MM.ÅÅÅÅ, valgfritt):',
    da: 'Færdig senest (DD-MM-ÅÅÅÅ, valgfrit):',
  },
  'assess.plan.saved': { en: 'Action for {id} saved', nb: 'Tiltak for {id} lagret', da: 'Handling for {id} gemt' },

  // The end
  'assess.final.overall': {
    en: 'Overall score: {score} of {max} ({percent})',
    nb: 'Totalskår: {score} av {max} ({percent})',
    da: 'Samlet score: {score} af {max} ({percent})',
  },
  'assess.final.counts': {
    en: '{rated} of {total} items rated, {na}, {missing} missing.',
    nb: '{rated} av {total} indikatorer skåret, {na}, {missing} mangler.',
    da: '{rated} af {total} indikatorer scoret, {na}, {missing} mangler.',
  },
  'assess.final.missing': {
    en: { one: '{count} item has no score; the scores rest on the items that do.', other: '{count} items have no score; the scores rest on the items that do.' },
    nb: { one: '{count} indikator mangler skår; skårene bygger på resten.', other: '{count} indikatorer mangler skår; skårene bygger på resten.' },
    da: { one: '{count} indikator mangler score; scorerne bygger på resten.', other: '{count} indikatorer mangler score; scorerne bygger på resten.' },
  },
  'assess.final.criticalBelow': {
    en: 'Core items that hold the level down: {items}',
    nb: 'Kjerneindikatorer som holder nivået nede: {items}',
    da: 'Kerneindikatorer, der holder niveauet nede: {items}',
  },
  'assess.final.domains': { en: 'Domains', nb: 'Områder', da: 'Områder' },
  'assess.final.agreement': {
    en: 'Agreement between {raters} raters',
    nb: 'Samsvar mellom {raters} vurderere',
    da: 'Enighed mellem {raters} bedømmere',
  },
  'assess.final.agreementShares': {
    en: 'Of {compared} items scored by two or more: {exact} the same, {adjacent} within one point.',
    nb: 'Av {compared} indikatorer skåret av to eller flere: {exact} helt like, {adjacent} innenfor ett poeng.',
    da: 'Af {compared} indikatorer scoret af to eller flere: {exact} helt ens, {adjacent} inden for ét point.',
  },
  'assess.final.agreementNone': {
    en: 'No item was scored by two raters, so there is no agreement to show.',
    nb: 'Ingen indikator ble skåret av to vurderere, så det er ikke noe samsvar å vise.',
    da: 'Ingen indikator blev scoret af to bedømmere, så der er ingen enighed at vise.',
  },
  'assess.final.discuss': {
    en: 'Two points or more apart, worth a talk: {items}',
    nb: 'To poeng eller mer fra hverandre, verdt en samtale: {items}',
    da: 'To point eller mere fra hinanden, værd at tale om: {items}',
  },
  'assess.final.applicability': {
    en: 'Some raters said not applicable, others gave a score: {items}',
    nb: 'Noen sa ikke aktuelt, andre ga en skår: {items}',
    da: 'Nogle sagde ikke relevant, andre gav en score: {items}',
  },
  'assess.final.actions': {
    en: { one: 'Action plan: {count} action, saved with the assessment.', other: 'Action plan: {count} actions, saved with the assessment.' },
    nb: 'Tiltaksplan: {count} tiltak, lagret sammen med vurderingen.',
    da: { one: 'Handlingsplan: {count} handling, gemt sammen med vurderingen.', other: 'Handlingsplan: {count} handlinger, gemt sammen med vurderingen.' },
  },
  'assess.final.saved': { en: 'Saved, complete: {file}', nb: 'Lagret som ferdig: {file}', da: 'Gemt som færdig: {file}' },
  'assess.final.report': { en: 'Make the report with:', nb: 'Lag rapporten med:', da: 'Lav rapporten med:' },

  // Comments at the top of the file
  'assess.file.about': {
    en: 'Housing First fidelity assessment of {team}, {date} ({scale}), written by hf-fidelity assess.',
    nb: 'Vurdering av modelltrofasthet (Housing First) for {team}, {date} ({scale}), skrevet av hf-fidelity assess.',
    da: 'Fidelitetsvurdering (Housing First) af {team}, {date} ({scale}), skrevet af hf-fidelity assess.',
  },
  'assess.file.format': {
    en: 'Each rating: score (the agreed score), raters (each rater\'s score), note. na: true = not applicable; skipped: true = not answered yet.',
    nb: 'Hver skår: score (den felles skåren), raters (hver vurderers skår), note. na: true = ikke aktuelt; skipped: true = ikke besvart ennå.',
    da: 'Hver score: score (den fælles score), raters (hver bedømmers score), note. na: true = ikke relevant; skipped: true = ikke besvaret endnu.',
  },
  'assess.file.resume': {
    en: 'Continue or change it with: {command}',
    nb: 'Fortsett eller endre med: {command}',
    da: 'Fortsæt eller ret med: {command}',
  },
  'assess.file.report': { en: 'Report: {command}', nb: 'Rapport: {command}', da: 'Rapport: {command}' },
} as const satisfies MessageTable;
