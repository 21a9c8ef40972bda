-- Seed content for the roadmap (Veikart for tjenesteinnovasjon): six phases, their steps and tools.
-- Written in our own words, in Norwegian bokmål. Editable later by an administrator.
-- Portable SQL for H2 and PostgreSQL: plain inserts only, paragraph breaks are real newlines.

-- ============================================================================================
-- Phases
-- ============================================================================================

insert into roadmap_phase (phase, position, purpose, tip) values ('ANCHORING', 1,
'Hvem må eie og stå bak arbeidet, og er behovet verdt å løse hos oss? I forankringen avklarer dere problemet, målene og de mulige gevinstene, og dere sørger for at de riktige menneskene er med fra starten.',
'Forankring er mer enn å sende ut informasjon. Møt folk, lytt til spørsmålene og innvendingene deres, og gi dem en reell mulighet til å påvirke arbeidet. Bruk god tid i denne fasen: en god start er avgjørende.');

insert into roadmap_phase (phase, position, purpose, tip) values ('INSIGHT', 2,
'Hva er det egentlige behovet, og hvem har det? I innsiktsfasen lærer dere hvordan tjenesten fungerer og oppleves i dag, før dere begynner å tenke på løsninger.',
'Innsikt er ikke noe dere samler inn én gang for alle. Hent innsikt gjennom hele prosjektet, og gå tilbake til brukerne hver gang dere blir usikre på hva de trenger.');

insert into roadmap_phase (phase, position, purpose, tip) values ('IDEAS', 3,
'Hvilke mulige løsninger finnes på behovet dere har funnet? I idéutviklingen skaper dere mange idéer sammen med brukere, ansatte, innbyggere og samarbeidspartnere, og velger ut dem som er verdt å teste.',
'De første idéene er sjelden de beste. Hold behovet synlig foran dere hele tiden, og vent med å vurdere idéene til dere har mange å velge mellom.');

insert into roadmap_phase (phase, position, purpose, tip) values ('TESTING', 4,
'Skaper løsningen verdi for dem som har behovet? I testfasen prøver dere idéene i liten skala, lærer og justerer, før dere prøver ut løsningen i en pilot.',
'Test tidlig, enkelt og ofte. En test som viser at løsningen ikke virker, er ikke et nederlag, men læring som sparer dere for en dyr feil senere.');

insert into roadmap_phase (phase, position, purpose, tip) values ('IMPLEMENTATION', 5,
'Hvordan blir løsningen en varig del av den ordinære driften? I implementeringen planlegger dere anskaffelser, rutiner, roller, opplæring og gevinstrealisering, slik at den nye praksisen faktisk blir tatt i bruk.',
'Det er ikke innovasjon før løsningen er tatt i bruk. Sett av nok tid, folk og penger til implementeringen, for det er ofte her gode løsninger stopper opp.');

insert into roadmap_phase (phase, position, purpose, tip) values ('OPERATIONS', 6,
'Hvordan driver dere den nye tjenesten, følger opp gevinstene og holder forbedringsarbeidet i gang? Denne fasen handler om å gjøre den nye praksisen til hverdag.',
'Innovasjonsarbeidet stopper ikke nødvendigvis når den nye praksisen er på plass. Ta med dere erfaringene, og bygg en kultur der dere samler gode idéer, forbedrer fortløpende og starter nye innovasjonsprosjekter.');

-- ============================================================================================
-- Steps: Forankring (ANCHORING)
-- ============================================================================================

insert into roadmap_step (phase, position, title, guidance, tips, example_municipality, example_title, example_story) values ('ANCHORING', 1,
'Definere problemet og sette mål',
'Start med problemet, ikke med løsningen. Beskriv kort hva som ikke fungerer godt nok i dag, hvem som merker det, og hvorfor det er viktig å gjøre noe med det nå. Et godt innovasjonscase bygger på et reelt behov, ikke på en løsning noen allerede har bestemt seg for.

Sett mål som henger sammen med kommunens strategier og planer, for eksempel kommuneplanens samfunnsdel, økonomiplanen og eventuelle strategier for innovasjon og digitalisering. Da blir det lettere å få støtte og ressurser, og lettere å forklare hvorfor arbeidet skal prioriteres.

Lag en kort prosjektpresentasjon som svarer på fire spørsmål:
- Hva er problemet, og hvem har det?
- Hva vil vi oppnå, og hvordan henger det sammen med kommunens mål?
- Hvem er pådriver, og hvem må være med?
- Hva er neste steg?

Se på presentasjonen som et arbeidsdokument. Den vil endre seg når dere får mer innsikt, og det er et godt tegn.',
'Skriv problemet som én setning uten ord som beskriver en løsning. Klarer dere ikke det, trenger dere sannsynligvis mer innsikt før dere går videre.',
'Time kommune',
'Innovasjon forankret i økonomiplanen',
'Time kommune har hatt mål om innovasjon i tjenesteutviklingen i økonomiplanen siden 2012. Kommunen bruker BLT-metoden (behov, løsning, test) og de fem fundamentene i innovasjonsprosjektene sine.

Innovasjonsstrategien legger opp til at hele organisasjonen hver høst blir invitert til å foreslå nye innovasjonsprosjekter, og at prosjektene blir prioritert i økonomiplanen. Hvert år i juni holder kommunen en innovasjonsdag der nye prosjekter og resultatene fra tidligere prosjekter blir lagt fram. Slik henger innovasjonsarbeidet tett sammen med kommunens øvrige planer og styring.');

insert into roadmap_step (phase, position, title, guidance, tips, example_municipality, example_title, example_story) values ('ANCHORING', 2,
'Utforske gevinster',
'Spør allerede i starten: Hva blir bedre hvis vi lykkes, og for hvem? En gevinst er en effekt som minst én interessent opplever som positiv. Den kan komme innbyggerne, de ansatte, kommunen som organisasjon eller samarbeidspartnere til gode.

Tenk bredt om hvilke typer gevinster caset kan gi:
- unngåtte kostnader, for eksempel mindre bruk av vikarer eller færre dyre tiltak senere
- spart tid, for innbyggerne eller for de ansatte
- bedre kvalitet, for eksempel tryggere, mer helhetlige eller mer tilgjengelige tjenester

Dere trenger ikke eksakte tall nå. Det er lov å anslå, så lenge dere skriver ned hvilke forutsetninger anslaget bygger på. Gevinstene dere ser nå, er en første skisse. Dere kartlegger dem grundigere i idéutviklingen og testingen, og planlegger og følger dem opp i implementeringen og driften.

Tenk også på hvem som skal eie hver gevinst. Den gevinstansvarlige bør være en leder med linjeansvar, fordi gevinstene skal hentes ut i den ordinære driften.',
'Spør de ansatte som står nærmest tjenesten, hva som stjeler tid og skaper unødvendig arbeid i dag. Der finner dere ofte de første gevinstene.',
'Træna kommune',
'Tenk Træna',
'Træna er en av Norges minste kommuner, med rundt 460 innbyggere. Kommunen vant Innovasjonsprisen for 2018, som ble delt ut av Kommunal- og moderniseringsdepartementet. Juryen pekte på utviklingsprosjektet «Tenk Træna» som et godt eksempel på hvordan kommunen involverer næringsliv, lokalsamfunn og andre viktige aktører. Ved å bruke ressursene i lokalsamfunnet fant kommunen ut hva det egentlige behovet var, og utviklet løsninger sammen med dem kommunen er til for.

For ledergruppen er lærdommen at gevinster ikke bare handler om kroner i kommunens eget budsjett. Når flere aktører bidrar, kan gevinstene også komme innbyggere, næringsliv og lokalsamfunn til gode.');

insert into roadmap_step (phase, position, title, guidance, tips, example_municipality, example_title, example_story) values ('ANCHORING', 3,
'Sette sammen riktig team',
'Ingen innoverer alene. Sett sammen et tverrfaglig team med folk som kjenner tjenesten fra ulike sider: ansatte som møter brukerne, fagfolk, og gjerne noen fra økonomi, IKT eller andre støttefunksjoner. Vurder om brukere, tillitsvalgte eller eksterne partnere også skal være med.

Caset trenger en pådriver, en person som brenner for å lykkes og som holder trykket oppe når det blir krevende. Pådriveren trenger støtte fra en leder som kan ta beslutninger og skaffe ressurser.

Avklar roller og forventninger tidlig:
- Hvem leder arbeidet, og hvem tar beslutningene?
- Hvor mye tid får teammedlemmene, og hvem tar over oppgavene deres i driften?
- Hvordan holder teamet ledergruppen orientert?

Sjekk jevnlig om teamet arbeider mot det samme målet som pådriveren. Et team uten felles retning er like sårbart som et case uten pådriver.',
'Sett av tid til teamet i turnus og arbeidsplaner. Innovasjon som bare skal skje i tillegg til alt annet, blir ofte nedprioritert.',
null, null, null);

insert into roadmap_step (phase, position, title, guidance, tips, example_municipality, example_title, example_story) values ('ANCHORING', 4,
'Kartlegge interessenter og planlegge forankringen',
'Finn ut hvem som påvirker caset, og hvem som blir påvirket av det. Tenk på brukere og pårørende, ansatte og tillitsvalgte, ledere i andre enheter, politikere, leverandører og samarbeidspartnere. Vurder hvor stor innflytelse hver gruppe har, og hvor berørt den blir.

Lag deretter en plan for forankringen. Planen viser hvem dere skal møte, når og hvordan, og hvem i ledergruppen som har ansvaret. Noen trenger bare å bli holdt orientert. Andre må være med og bestemme, eller delta i arbeidet.

Forankring er mer enn informasjon. Møt folk, lytt til bekymringene deres, og vis hvordan innspillene påvirker arbeidet. Husk også den politiske forankringen: Hvilke beslutninger må tas, og når må saken legges fram?',
'Begynn med dem som kan stoppe caset, og med dem som blir mest berørt. En tidlig samtale er nesten alltid billigere enn motstand senere.',
null, null, null);

insert into roadmap_step (phase, position, title, guidance, tips, example_municipality, example_title, example_story) values ('ANCHORING', 5,
'Kartlegge tilgrensende prosjekter',
'Sjekk om det finnes andre prosjekter, planer eller anskaffelser som berører det samme området, i egen kommune, i regionen og nasjonalt. Det kan være et digitaliseringsprosjekt, en omorganisering, en ny fagplan eller et interkommunalt samarbeid.

Tilgrensende prosjekter kan være både en ressurs og en risiko. De kan gi dere kunnskap, folk og finansiering, men de kan også konkurrere om de samme ansatte, de samme pengene og den samme oppmerksomheten.

Bruk oversikten i ledergruppen til å prioritere. Skal caset samordnes med et annet prosjekt, slås sammen med det eller vente? Når ledergruppen ser alle utviklingstiltakene i sammenheng, har dere tatt det første steget mot porteføljestyring.',
'Spør også nabokommunene og KS. Kanskje noen allerede arbeider med det samme behovet, slik at dere kan samarbeide i stedet for å starte fra null.',
null, null, null);

-- ============================================================================================
-- Steps: Innsikt (INSIGHT)
-- ============================================================================================

insert into roadmap_step (phase, position, title, guidance, tips, example_municipality, example_title, example_story) values ('INSIGHT', 1,
'Kartlegge dagens tjeneste',
'Før dere kan forbedre en tjeneste, må dere forstå hvordan den faktisk fungerer i dag. Følg tjenesten slik brukeren opplever den, fra behovet oppstår til tjenesten er levert. Hvilke kontaktpunkter har brukeren med kommunen? Hvor må brukeren vente, gjenta seg selv eller lete etter informasjon?

Se også på tjenesten innenfra. Hvilke enheter, fagsystemer og overleveringer er involvert? Ofte oppstår problemene i overgangene mellom leddene, ikke i det enkelte leddet.

Hent fram tallene som allerede finnes, for eksempel saksbehandlingstid, antall henvendelser, avvik, klager og brukerundersøkelser. Disse tallene kan senere bli en del av nullpunktsmålingen, altså målingen av situasjonen før dere endrer noe.',
'Kartlegg tjenesten slik den faktisk er, ikke slik den står beskrevet i rutinene. Avstanden mellom de to er ofte en viktig innsikt.',
'Sarpsborg kommune',
'Tjenestevurdering: brukerne gir karakter til tjenestene',
'Sarpsborg kommune lot brukerne vurdere kommunale tjenester på nett, omtrent slik man vurderer hoteller og restauranter. Brukerne kan gi en karakter fra én til fem og skrive en kommentar, og vurderingene er åpne for alle på kommunens nettsider. Ordningen startet med ti av kommunens virksomheter, blant dem Valaskjold omsorgssenter. Av hensyn til personvernet til både brukere og ansatte blir kommentarene gjennomgått før de publiseres.

Sarpsborg var en av tre finalister til Innovasjonsprisen 2018, og juryen trakk fram vurderingsordningen som en modig satsing på dialog med innbyggerne. Eksempelet viser hvordan brukernes egne vurderinger kan gi løpende innsikt i hvordan dagens tjeneste oppleves.');

insert into roadmap_step (phase, position, title, guidance, tips, example_municipality, example_title, example_story) values ('INSIGHT', 2,
'Gjennomføre intervjuer og observasjon',
'Snakk med dem som bruker tjenesten, og med dem som leverer den. Spør om konkrete erfaringer, for eksempel: Fortell om sist du tok kontakt med oss. Hva skjedde da? Unngå å spørre hvilke løsninger folk ønsker seg. Målet er å forstå behovet, ikke å få bekreftet en idé dere allerede har.

Observasjon gir ofte innsikt som intervjuer ikke får fram. Vær med en dag i tjenesten, se hvordan arbeidet faktisk gjøres, og legg merke til hva folk gjør for å komme rundt problemer.

Tenk «stor B, liten L»: mye vekt på behovet, lite på løsningen. Snakk med så mange at dere ser mønstre, og ta med noen som bruker tjenesten lite eller er misfornøyde. De kan vise dere behov som ellers blir oversett.

Skriv ned sitater og observasjoner rett etter hver samtale, og del dem med teamet. Husk samtykke og personvern når dere samler inn opplysninger.',
'La gjerne noen fra ledergruppen delta i intervjuene selv. Innsikt dere har hørt med egne ører, er lettere å ta på alvor.',
null, null, null);

insert into roadmap_step (phase, position, title, guidance, tips, example_municipality, example_title, example_story) values ('INSIGHT', 3,
'Lære av andre',
'Dere er sjelden de første som står overfor et behov. Finn ut hva andre kommuner, regioner og fagmiljøer har prøvd, hva som virket, og hva som ikke virket. En innovasjon trenger ikke være ny for verden. Det holder at den er ny for dere.

Bruk nettverkene dere allerede har: nabokommuner, KS, fagmiljøer og forskningsmiljøer. Ta direkte kontakt med dem som har gjort noe lignende, og be om en samtale eller et besøk.

Skill mellom løsningen og behovet den løste. En løsning som virket et annet sted, må tilpasses behovene og forholdene hos dere. Hent gjerne inspirasjon, men test den alltid mot behovene til brukerne hos dere.',
'Spør andre kommuner hva de ville gjort annerledes i dag. Det svaret er ofte mer verdifullt enn beskrivelsen av selve løsningen.',
null, null, null);

insert into roadmap_step (phase, position, title, guidance, tips, example_municipality, example_title, example_story) values ('INSIGHT', 4,
'Oppsummere innsikten og beskrive behovet',
'Samle det dere har lært fra kartleggingen, intervjuene, observasjonen og andre kommuner. Se etter mønstre: Hvilke problemer går igjen? Hvilke brukergrupper har ulike behov? Hva overrasket dere?

Beskriv det egentlige behovet med brukerens ord, og vær tydelige på hvem som har det. En god behovsbeskrivelse er så konkret at alle i teamet forstår den likt, men så åpen at den ikke peker på én bestemt løsning.

Vurder de fem fundamentene på nytt. Har innsikten endret caset? Noen ganger viser det seg at behovet er et annet enn dere trodde. Da er det bedre å justere nå enn å utvikle en løsning ingen trenger.

Ta dere god tid. Å bli lenge nok i forankringen og innsikten er en av de viktigste lærdommene fra kommuner som har fulgt veikartet før dere.',
'Gjør behovet om til et spørsmål som begynner med «Hvordan kan vi …?». Det gir et godt utgangspunkt for idéutviklingen.',
null, null, null);

-- ============================================================================================
-- Steps: Idéutvikling (IDEAS)
-- ============================================================================================

insert into roadmap_step (phase, position, title, guidance, tips, example_municipality, example_title, example_story) values ('IDEAS', 1,
'Gjennomføre idéverksted',
'Et idéverksted samler folk med ulike perspektiver for å finne mange mulige løsninger på behovet dere har funnet. Start med behovet og innsikten, gjerne med sitater og historier fra brukerne, slik at alle har samme utgangspunkt.

Del verkstedet i to deler. Først lager dere mange idéer uten å vurdere dem. Deretter sorterer, kombinerer og videreutvikler dere dem. En idé som virker urealistisk, kan bli starten på en god løsning.

Tenk bredt om hva en løsning kan være: en ny arbeidsmåte, en ny organisering, et nytt samarbeid, en digital løsning eller en kombinasjon. Teknologi er ofte en del av svaret, men sjelden hele svaret.

Bruk gjerne en nøytral fasilitator, slik at ledere og fagfolk kan delta på lik linje med de andre.',
'Pass på at ingen idéer blir skutt ned i den første delen av verkstedet. Et godt ytringsklima gir flere og bedre idéer.',
null, null, null);

insert into roadmap_step (phase, position, title, guidance, tips, example_municipality, example_title, example_story) values ('IDEAS', 2,
'Samskape med brukere, innbyggere og partnere',
'Samskaping betyr å utvikle løsninger sammen med dem det gjelder, ikke for dem. Inviter brukere, pårørende, ansatte, innbyggere, frivillige, næringsliv og andre samarbeidspartnere inn tidlig, mens løsningen fortsatt er åpen.

Tenk gjennom hvem som har ressurser og kunnskap som kommunen mangler. Det kan være en frivillig organisasjon, en nabokommune, et forskningsmiljø eller en leverandør. Dialog med markedet kan vise hvilke løsninger som finnes, men hold fast ved behovet, og bind dere ikke til én leverandør på dette stadiet.

Vær ærlige om handlingsrommet. Når kommunen inviterer til samskaping, må innspillene tas på alvor, og løsningene må være mulige å gjennomføre. Ellers svekkes tilliten, og engasjementet forsvinner.',
'Gjør det enkelt å delta. Møt folk der de er, og gi tilbakemelding om hva som skjedde med innspillene deres.',
'Jevnaker kommune',
'Framtidas omsorg skapes i fellesskap',
'I 2017 gjennomførte Jevnaker kommune prosjektet «Framtidas omsorg skapes i fellesskap». Målet var å involvere bredt, skape noe sammen, fornye lokaldemokratiet og finne nye løsninger på framtidens omsorgsbehov.

I stedet for å legge nesten ferdige planer fram i folkemøter, trakk kommunen inn innbyggere, kommunestyret og medarbeidere samtidig, tidlig i prosessen. Arbeidet bygde på samskaping og BLT-metoden, og kommunestyret hadde en sentral rolle. Ordføreren beskrev prosjektet som et taktskifte i hvordan kommunen involverer innbyggerne i beslutningsprosessene.');

insert into roadmap_step (phase, position, title, guidance, tips, example_municipality, example_title, example_story) values ('IDEAS', 3,
'Velge idéer å teste',
'Når dere har mange idéer, må dere velge. Vurder hver idé opp mot behovet: Hvor godt treffer den behovet dere fant i innsiktsfasen? Hvor stor verdi kan den gi, og for hvem? Hvor lett er den å teste i liten skala?

Velg gjerne to eller tre idéer å teste, ikke bare én. Da har dere noe å sammenligne med, og dere binder dere ikke for tidlig til én løsning.

Beskriv kort hver idé som skal testes: hva den er, hvilket behov den svarer på, og hva dere trenger å lære av testen. Få fram forutsetningene og usikkerheten. Det er de mest usikre antakelsene dere bør teste først.

Forankre valget i ledergruppen, og vurder de fem fundamentene på nytt.',
'Ikke velg en idé bare fordi den er enkel å gjennomføre. Velg den som best svarer på behovet, og test den i liten skala.',
null, null, null);

insert into roadmap_step (phase, position, title, guidance, tips, example_municipality, example_title, example_story) values ('IDEAS', 4,
'Kartlegge gevinster',
'Nå som dere har konkrete idéer, kan dere kartlegge gevinstene grundigere. Spør for hver idé: Hvilke effekter kan den gi, og hvem vil oppleve dem som positive? Husk også mulige ulemper og kostnader.

Beskriv hver gevinst med:
- type: unngåtte kostnader, spart tid eller bedre kvalitet
- hvem som får gevinsten
- hvordan den kan måles
- hvem som er gevinstansvarlig, en leder med linjeansvar

Det er lov å anslå hvor store gevinstene blir. Skriv ned forutsetningene, slik at andre kan forstå og etterprøve anslaget. Kartleggingen fortsetter i testfasen, der dere får et bedre grunnlag for tallene.',
'Begynn med få og viktige gevinster. Det er bedre å følge tre gevinster godt enn ti dårlig.',
null, null, null);

-- ============================================================================================
-- Steps: Testing / utprøving (TESTING)
-- ============================================================================================

insert into roadmap_step (phase, position, title, guidance, tips, example_municipality, example_title, example_story) values ('TESTING', 1,
'Lage prototyper',
'En prototype er en enkel versjon av idéen som gjør det mulig å teste den raskt. Det kan være en tegning, et skjema på papir, et rollespill, en enkel nettside eller en ny rutine som prøves i én dag. Poenget er å lære mest mulig med minst mulig innsats.

Start enkelt og billig. Jo tidligere dere tester, jo billigere er det å endre kurs. Lag gjerne flere prototyper, av samme idé eller av ulike idéer, slik at dere kan sammenligne.

Bestem på forhånd hva dere vil lære. Skriv ned antakelsene dere tester, for eksempel at brukerne forstår skjemaet uten hjelp, eller at de ansatte sparer tid med den nye rutinen.',
'Er dere stolte av prototypen, har dere sannsynligvis brukt for mye tid på den.',
null, null, null);

insert into roadmap_step (phase, position, title, guidance, tips, example_municipality, example_title, example_story) values ('TESTING', 2,
'Teste med brukerne',
'Test prototypen med dem som har behovet. Be dem bruke den, helst i en situasjon som ligner den virkelige, og observer hva som skjer. Still få spørsmål underveis. Det brukerne gjør, sier ofte mer enn det de sier.

Test med både brukere og ansatte som skal levere tjenesten. En løsning som fungerer for brukeren, men ikke i arbeidshverdagen, blir sjelden tatt i bruk.

Juster prototypen mellom testrundene. BLT-metoden er sirkulær: dere går mange runder med behov, løsning og test, og lærer noe nytt for hver runde. Noter hva dere endret og hvorfor, slik at læringen ikke går tapt.',
'Noen få brukere er ofte nok til å finne de største problemene i en testrunde. Test heller i flere korte runder enn i én stor.',
null, null, null);

insert into roadmap_step (phase, position, title, guidance, tips, example_municipality, example_title, example_story) values ('TESTING', 3,
'Vurdere resultatet: gå videre eller gå tilbake?',
'Etter testene må dere stille det viktigste spørsmålet: Svarte løsningen på behovet? Sammenlign resultatene med behovsbeskrivelsen fra innsiktsfasen og med antakelsene dere ville teste.

Det finnes tre gode utfall:
- Løsningen svarer på behovet. Gå videre, og forbered en pilot.
- Løsningen er lovende, men må justeres. Ta en ny runde med prototype og test.
- Løsningen svarer ikke på behovet. Gå tilbake til idéutviklingen, eller til innsikten hvis dere ser at behovet er et annet enn dere trodde.

Å gå tilbake er ikke et nederlag. Det er slik metoden skal virke, og det hindrer at kommunen innfører løsninger som ikke treffer. Som ledergruppe har dere et særlig ansvar for å gi rom for å prøve og feile, og for å stoppe det som ikke virker.',
'Ta beslutningen i ledergruppen, og skriv ned begrunnelsen. Da blir læringen synlig også for andre enn teamet.',
null, null, null);

insert into roadmap_step (phase, position, title, guidance, tips, example_municipality, example_title, example_story) values ('TESTING', 4,
'Forberede piloten',
'En pilot er en utprøving av løsningen i virkelig drift, i begrenset skala og i en avgrenset periode. Den skal vise om løsningen virker i praksis, og om den gir gevinstene dere venter.

Gå gjennom en sjekkliste før piloten starter:
- Er målet med piloten og kriteriene for å lykkes beskrevet?
- Er det avklart hvor, når og med hvem piloten skal gjennomføres?
- Er personvern, informasjonssikkerhet og juridiske spørsmål avklart?
- Vet de ansatte hva de skal gjøre, og har de fått opplæring?
- Er det avklart hva som skjer med brukerne når piloten er over?

Lag en gevinstrealiseringsplan for piloten. Den viser hvilke gevinster dere skal måle, hvordan dere måler, hva målet er, og hvem som er gevinstansvarlig. Gjennomfør nullpunktsmålingen før piloten starter. Uten et nullpunkt kan dere ikke vise hva som faktisk ble bedre.',
'Avtal på forhånd hva som skal til for å avslutte piloten, utvide den eller gå tilbake. Da blir beslutningen enklere når resultatene foreligger.',
null, null, null);

insert into roadmap_step (phase, position, title, guidance, tips, example_municipality, example_title, example_story) values ('TESTING', 5,
'Gjennomføre og evaluere piloten',
'Følg piloten tett. Mål indikatorene slik dere planla, og snakk jevnlig med brukerne og de ansatte som er med. Noter avvik, overraskelser og endringer dere gjør underveis.

Evaluer piloten mot målene og nullpunktet. Svarte løsningen på behovet? Kom gevinstene, og er de store nok til å forsvare kostnadene ved en full innføring? Hva må endres før løsningen kan tas i bruk i større skala?

Bruk evalueringen som grunnlag for beslutningen i ledergruppen: innføre, justere og teste mer, eller gå tilbake. En pilot som ikke gir resultatene dere håpet på, gir likevel verdifull kunnskap, så lenge dere dokumenterer og deler den.',
'La både brukere og ansatte komme til orde i evalueringen. Tallene viser hva som skjedde, samtalene forklarer hvorfor.',
null, null, null);

-- ============================================================================================
-- Steps: Implementering (IMPLEMENTATION)
-- ============================================================================================

insert into roadmap_step (phase, position, title, guidance, tips, example_municipality, example_title, example_story) values ('IMPLEMENTATION', 1,
'Planlegge innføringen',
'Nå skal løsningen bli en del av den ordinære driften. Lag en plan for innføringen med milepæler, aktiviteter, ansvar og tidsplan. Bestem om dere innfører alt på én gang, eller trinnvis, enhet for enhet.

Avklar hvem som eier den nye tjenesten når prosjektet er over. Eieren bør være en leder med linjeansvar, og bør være med i planleggingen fra starten. Overgangen fra prosjekt til drift er et kritisk punkt, der mange gode løsninger stopper opp.

Sørg for at innføringen har ressurser: tid for de ansatte, budsjett og støtte fra ledergruppen. Krever innføringen politiske vedtak eller endringer i budsjettet, må dere planlegge når saken skal legges fram.',
'Sett milepæler som kan kontrolleres, og følg dem opp i ledermøtene. En plan som ingen spør etter, blir fort glemt.',
null, null, null);

insert into roadmap_step (phase, position, title, guidance, tips, example_municipality, example_title, example_story) values ('IMPLEMENTATION', 2,
'Planlegge anskaffelser og leverandører',
'Krever løsningen kjøp av varer, tjenester eller teknologi, må anskaffelsen planlegges i god tid. Ta med innkjøpsfaglig kompetanse tidlig, og avklar hvilke regler for offentlige anskaffelser som gjelder.

Beskriv behovet og resultatene dere vil oppnå, i stedet for å beskrive en bestemt løsning i detalj. Da gir dere leverandørene rom til å foreslå gode løsninger. Dialog med markedet før konkurransen kan gi nyttig kunnskap om hva som finnes.

Tenk gjennom hvordan dere skal følge opp leverandørene når løsningen er i drift: krav til leveransen, rapportering, brukerstøtte og håndtering av feil. Skriv dette inn i avtalen, slik at dere har noe å følge opp mot.

Undersøk også om dere kan samarbeide med andre kommuner om anskaffelsen, eller bruke rammeavtaler som allerede finnes.',
'En anskaffelse tar ofte lengre tid enn dere tror. Start tidlig, og legg anskaffelsen inn som en egen milepæl i innføringsplanen.',
null, null, null);

insert into roadmap_step (phase, position, title, guidance, tips, example_municipality, example_title, example_story) values ('IMPLEMENTATION', 3,
'Etablere nye rutiner og roller',
'Beskriv hvordan den nye tjenesten skal leveres i praksis: arbeidsprosesser, rutiner, ansvar og overganger mellom enheter. Dokumentasjonen skal være så enkel at nye medarbeidere kan bruke den.

Se på hele tjenesten fra brukerens ståsted. Hvem gjør hva, og hvordan sikrer dere gode overleveringer mellom leddene? Det er ofte i overgangene at tjenesten svikter.

Husk å avslutte det gamle. Rutiner, skjemaer og systemer som den nye løsningen erstatter, må fases ut. Ellers risikerer dere dobbeltarbeid, og gevinstene uteblir.

Involver tillitsvalgte og verneombud når rutiner og roller endres.',
'Test de nye rutinene med dem som skal bruke dem, før dere gjør dem gjeldende. Det tar kort tid og avslører det som er uklart.',
null, null, null);

insert into roadmap_step (phase, position, title, guidance, tips, example_municipality, example_title, example_story) values ('IMPLEMENTATION', 4,
'Gi opplæring og kommunisere endringen',
'De ansatte må både kunne og ville bruke den nye løsningen. Lag en opplæringsplan som viser hvem som trenger opplæring, i hva og når. Tilpass opplæringen til de ulike rollene, og husk ansatte som jobber deltid, natt eller helg.

Forklar hvorfor endringen skjer, ikke bare hvordan. Vis hvilket behov løsningen svarer på, og hva testene og piloten viste. Bruk gjerne ansatte som var med i piloten, som superbrukere og ambassadører for kollegene sine.

Informer også brukere, pårørende og samarbeidspartnere om hva som endres for dem. Lytt til reaksjonene i starten, og vær klare til å rette opp det som ikke fungerer.',
'Regn med at det tar tid før ny praksis sitter. Sett av tid til oppfølging og repetisjon de første ukene etter oppstart.',
null, null, null);

insert into roadmap_step (phase, position, title, guidance, tips, example_municipality, example_title, example_story) values ('IMPLEMENTATION', 5,
'Planlegge gevinstrealiseringen',
'Gevinster kommer ikke av seg selv. De må planlegges, og de må hentes ut i driften. Oppdater gevinstrealiseringsplanen fra piloten, slik at den gjelder for full drift.

For hver gevinst viser planen:
- type gevinst: unngåtte kostnader, spart tid eller bedre kvalitet
- resultatindikator og hvordan den måles
- nullpunkt og mål, og når målet skal være nådd
- gevinstansvarlig, en leder med linjeansvar
- tiltakene som må til for å hente ut gevinsten

Avklar hvordan gevinstene skal brukes. Skal spart tid gå til mer tid med brukerne, til andre oppgaver, eller tas ut i budsjettet? Dette bør ledergruppen bestemme og forklare tydelig for de ansatte.',
'Knytt gevinstoppfølgingen til møter og rapportering dere allerede har, for eksempel ledermøter og tertialrapporter, i stedet for å lage et eget system.',
null, null, null);

-- ============================================================================================
-- Steps: Drift / ny praksis (OPERATIONS)
-- ============================================================================================

insert into roadmap_step (phase, position, title, guidance, tips, example_municipality, example_title, example_story) values ('OPERATIONS', 1,
'Drifte tjenesten',
'Når tjenesten er i drift, leverer dere den etter de dokumenterte arbeidsprosessene. Rutinene dere etablerte i implementeringen, er nå den nye standarden.

Kommunen eier tjenesten og har ansvaret for hele tjenesten fra A til Å, også for de delene som leverandører eller samarbeidspartnere står for. Derfor må dere sørge for gode overganger mellom alle leddene i tjenesten.

Følg opp at leverandørene leverer det som er avtalt, og ta tak i problemer når de oppstår.

Ha gode rutiner for å holde dokumentasjonen av tjenesten oppdatert. Da er det enkelt å ha oversikt over endringer som gjøres underveis.',
null,
null, null, null);

insert into roadmap_step (phase, position, title, guidance, tips, example_municipality, example_title, example_story) values ('OPERATIONS', 2,
'Måle og følge opp gevinster',
'Mål resultatene, slik at dere ser om dere faktisk får gevinstene dere ønsket. Bruk både statistikk og tall, og samtaler med dem som mottar tjenesten.

Gå gjennom resultatindikatorene fast i driftsmøtene, hver uke eller hver måned. Da ser de ansatte hva innsatsen gir, og det motiverer til å fortsette.

Del gjerne resultatene med leverandørene i faste statusmøter. Mål og dokumenter også om leverandørene leverer det de har forpliktet seg til.

Resultatene blir ikke alltid som planlagt, og det er i orden. Stopp opp, tenk gjennom hva som skjedde, og lær av det. Når gevinstene avviker fra planen, setter dere inn tiltak som retter kursen.',
'Nøy dere med noen få resultatindikatorer som dere faktisk klarer å følge opp. For mange eller for kompliserte måltall blir fort liggende.',
'Asker kommune',
'Asker velferdslab',
'Asker velferdslab gir familier i en vanskelig livssituasjon et samordnet tjenestetilbud. De kommunale tjenestene som er relevante for familien, og eksterne samarbeidspartnere, går sammen om å investere i den enkelte familien. Målet er bedre levekår og livskvalitet.

Tanken bak er at kommunen kan opptre som en investor som investerer i mennesker, og ikke bare som en forvalter av saker. Asker kommune vant Innovasjonsprisen i 2017, og juryen trakk fram Velferdslaben i begrunnelsen.');

insert into roadmap_step (phase, position, title, guidance, tips, example_municipality, example_title, example_story) values ('OPERATIONS', 3,
'Forbedre og innovere',
'Når endringene er gjennomført, fortsetter arbeidet med både kontinuerlig forbedring og tjenesteinnovasjon.

Sett opp en enkel kanal med lav terskel, der brukere og ansatte kan gi innspill og foreslå idéer til tjenesten. En kultur for innovasjon og et forbedringsarbeid som er satt i system, gjør dere bedre forberedt på det som kommer.

Skill mellom to typer innspill:
- små forbedringer som kan gjøres direkte i driften
- idéer som krever et større innovasjonsprosjekt

Store idéer blir et nytt innovasjonsløp, som starter i forankringen og innsikten. Uansett hvor lovende idéen virker, må dere først bruke god tid på å finne ut hva brukerne faktisk trenger.',
'Når tjenesteinnovasjonen er gjennomført, kan dere gjerne bygge videre med lean eller andre metoder for kontinuerlig forbedring.',
null, null, null);

-- ============================================================================================
-- Tools
-- ============================================================================================

-- Forankring
insert into roadmap_tool (step_id, position, name, how_to) select id, 1, 'Prosjektpresentasjon',
'Fyll ut presentasjonen sammen i ledergruppen, gjerne på et møte på én time. Bruk den til å forklare caset likt for alle, og oppdater den når dere lærer noe nytt.'
from roadmap_step where phase = 'ANCHORING' and position = 1;

insert into roadmap_tool (step_id, position, name, how_to) select id, 2, 'De fem fundamentene',
'Gi caset en score på behov, løsningsverdi, pådriver, team og forankring. Fundamentene ganges med hverandre: er ett av dem null, blir hele svaret null. Snakk om det svakeste fundamentet først.'
from roadmap_step where phase = 'ANCHORING' and position = 1;

insert into roadmap_tool (step_id, position, name, how_to) select id, 1, 'Gevinstrealisering',
'Lag en første liste over mulige gevinster. Skriv for hver gevinst hvem som merker den, hvilken type den er (unngåtte kostnader, spart tid eller bedre kvalitet) og hvilke forutsetninger et anslag bygger på.'
from roadmap_step where phase = 'ANCHORING' and position = 2;

insert into roadmap_tool (step_id, position, name, how_to) select id, 1, 'De fem fundamentene',
'Vurder særlig fundamentene pådriver og team sammen med teamet. Ett svakt fundament kan velte hele caset, så gjenta vurderingen jevnlig, for eksempel ved hver samling, og se på utviklingen over tid.'
from roadmap_step where phase = 'ANCHORING' and position = 3;

insert into roadmap_tool (step_id, position, name, how_to) select id, 2, 'Roller og ansvar',
'Skriv ned hvem som er prosjekteier, pådriver, prosjektleder og teammedlemmer, og hva hver rolle har ansvar for. Gå gjennom oversikten sammen, slik at alle vet hva som forventes av dem.'
from roadmap_step where phase = 'ANCHORING' and position = 3;

insert into roadmap_tool (step_id, position, name, how_to) select id, 1, 'Forankringsverktøy',
'Plasser interessentene i et enkelt kart etter hvor stor innflytelse de har, og hvor berørt de blir. Bruk kartet til å bestemme hvem som skal involveres tett, og hvem som skal holdes orientert.'
from roadmap_step where phase = 'ANCHORING' and position = 4;

insert into roadmap_tool (step_id, position, name, how_to) select id, 2, 'Planleggingsverktøy',
'Før opp forankringsaktivitetene i en enkel tidsplan med ansvarlig og dato. Gå gjennom planen i ledermøtene, og juster den når caset endrer seg.'
from roadmap_step where phase = 'ANCHORING' and position = 4;

insert into roadmap_tool (step_id, position, name, how_to) select id, 1, 'Prosjektoversikt',
'Lag en enkel liste over pågående og planlagte prosjekter som berører caset, med eier, mål og tidsplan. Bruk listen i ledergruppen til å avklare hva som skal samordnes, og hva som må prioriteres.'
from roadmap_step where phase = 'ANCHORING' and position = 5;

insert into roadmap_tool (step_id, position, name, how_to) select id, 2, 'Planleggingsverktøy',
'Før de tilgrensende prosjektene inn i samme tidsplan som caset. Da ser ledergruppen hvor prosjektene overlapper, og hvor de konkurrerer om de samme folkene.'
from roadmap_step where phase = 'ANCHORING' and position = 5;

-- Innsikt
insert into roadmap_tool (step_id, position, name, how_to) select id, 1, 'Dagens tjenestereise',
'Tegn brukerens reise gjennom tjenesten steg for steg, gjerne på en vegg med lapper. Marker hvor brukeren møter problemer, og hvor det skjer overleveringer mellom enheter. Sjekk tegningen med brukere og ansatte før dere stoler på den.'
from roadmap_step where phase = 'INSIGHT' and position = 1;

insert into roadmap_tool (step_id, position, name, how_to) select id, 1, 'Intervju og observasjon',
'Lag en kort intervjuguide med åpne spørsmål om konkrete situasjoner. Gå to og to, der én spør og én noterer, og oppsummer funnene i teamet samme dag.'
from roadmap_step where phase = 'INSIGHT' and position = 2;

insert into roadmap_tool (step_id, position, name, how_to) select id, 1, 'Erfaringsutveksling',
'Velg ut to eller tre kommuner eller fagmiljøer som har arbeidet med et lignende behov. Forbered spørsmål om behov, resultater og feiltrinn, og del det dere lærer med hele teamet.'
from roadmap_step where phase = 'INSIGHT' and position = 3;

insert into roadmap_tool (step_id, position, name, how_to) select id, 1, 'Innsiktsoppsummering',
'Samle funnene på én side: hvem har behovet, hva er behovet, og hva bygger dere det på. Legg siden fram for ledergruppen, og be om innspill før dere går videre til idéutvikling.'
from roadmap_step where phase = 'INSIGHT' and position = 4;

insert into roadmap_tool (step_id, position, name, how_to) select id, 2, 'De fem fundamentene',
'Vurder caset på nytt etter innsiktsarbeidet, og sammenlign med forrige vurdering. Snakk om hvorfor vurderingen har endret seg, særlig for behovet.'
from roadmap_step where phase = 'INSIGHT' and position = 4;

-- Idéutvikling
insert into roadmap_tool (step_id, position, name, how_to) select id, 1, 'Idéverksted',
'Planlegg et verksted på to til tre timer med en tydelig problemstilling, tid til å lage mange idéer og tid til å sortere dem. Avslutt med å bli enige om hvilke idéer dere jobber videre med, og hvem som følger dem opp.'
from roadmap_step where phase = 'IDEAS' and position = 1;

insert into roadmap_tool (step_id, position, name, how_to) select id, 2, 'Hvordan kan vi-spørsmål',
'Formuler behovet som ett eller flere spørsmål som begynner med «Hvordan kan vi …?». Bruk spørsmålene som start på idéverkstedet, og heng dem opp der alle ser dem.'
from roadmap_step where phase = 'IDEAS' and position = 1;

insert into roadmap_tool (step_id, position, name, how_to) select id, 1, 'Samskapingsverksted',
'Inviter en blandet gruppe av brukere, ansatte, innbyggere og partnere til et felles verksted om behovet. Bruk små grupper med folk fra ulike ståsteder, og la brukernes erfaringer komme først.'
from roadmap_step where phase = 'IDEAS' and position = 2;

insert into roadmap_tool (step_id, position, name, how_to) select id, 2, 'Forankringsverktøy',
'Bruk interessentkartet fra forankringen til å finne ut hvem som bør inviteres til samskaping. Se særlig etter aktører som har ressurser eller kunnskap kommunen ikke har selv.'
from roadmap_step where phase = 'IDEAS' and position = 2;

insert into roadmap_tool (step_id, position, name, how_to) select id, 1, 'Prioriteringsmatrise',
'Plasser idéene i en enkel matrise med verdi for brukerne på den ene aksen og hvor lett de er å teste på den andre. Diskuter plasseringen i teamet, og velg først idéene med høy verdi.'
from roadmap_step where phase = 'IDEAS' and position = 3;

insert into roadmap_tool (step_id, position, name, how_to) select id, 2, 'De fem fundamentene',
'Vurder løsningsverdien for hver idé: Gir den flere fordeler enn ulemper for dem som har behovet? Bruk vurderingen til å begrunne valget overfor ledergruppen.'
from roadmap_step where phase = 'IDEAS' and position = 3;

insert into roadmap_tool (step_id, position, name, how_to) select id, 1, 'Gevinstrealisering',
'Lag et gevinstkart som viser sammenhengen mellom idéen, endringene den krever og gevinstene den skal gi. Avklar hvem som er gevinstansvarlig for hver gevinst, og få lederen til å bekrefte ansvaret.'
from roadmap_step where phase = 'IDEAS' and position = 4;

-- Testing / utprøving
insert into roadmap_tool (step_id, position, name, how_to) select id, 1, 'Prototyping',
'Velg den enkleste formen som gjør idéen forståelig for brukerne, og lag den på timer, ikke uker. Skriv ned hvilke antakelser prototypen skal teste.'
from roadmap_step where phase = 'TESTING' and position = 1;

insert into roadmap_tool (step_id, position, name, how_to) select id, 1, 'Brukertest',
'Lag et kort testopplegg med en oppgave brukeren skal løse. La én person lede testen og én notere, og oppsummer rett etterpå hva som fungerte og hva som ikke fungerte.'
from roadmap_step where phase = 'TESTING' and position = 2;

insert into roadmap_tool (step_id, position, name, how_to) select id, 2, 'Intervju og observasjon',
'Still noen korte spørsmål etter testen for å forstå hvorfor brukerne gjorde som de gjorde. Observer helst i den virkelige situasjonen.'
from roadmap_step where phase = 'TESTING' and position = 2;

insert into roadmap_tool (step_id, position, name, how_to) select id, 1, 'Læringslogg',
'Skriv kort etter hver testrunde: Hva testet vi, hva lærte vi, og hva gjør vi nå? Loggen gjør det lettere å begrunne beslutningen om å gå videre eller tilbake.'
from roadmap_step where phase = 'TESTING' and position = 3;

insert into roadmap_tool (step_id, position, name, how_to) select id, 2, 'De fem fundamentene',
'Vurder caset på nytt med resultatene fra testene i hånden. Lav løsningsverdi er et tydelig signal om å gå tilbake til idéutviklingen eller innsikten.'
from roadmap_step where phase = 'TESTING' and position = 3;

insert into roadmap_tool (step_id, position, name, how_to) select id, 1, 'Sjekkliste før pilot',
'Gå gjennom sjekklisten sammen med teamet og den gevinstansvarlige. Sett en ansvarlig og en frist på hvert punkt som ikke er på plass.'
from roadmap_step where phase = 'TESTING' and position = 4;

insert into roadmap_tool (step_id, position, name, how_to) select id, 2, 'Gevinstrealisering',
'Lag gevinstrealiseringsplanen for piloten med gevinster, indikatorer, nullpunkt, mål og gevinstansvarlig. Gjennomfør nullpunktsmålingen, og godkjenn planen i ledergruppen før piloten starter.'
from roadmap_step where phase = 'TESTING' and position = 4;

insert into roadmap_tool (step_id, position, name, how_to) select id, 1, 'Pilotevaluering',
'Oppsummer piloten på noen få sider: mål, gjennomføring, resultater, læring og anbefaling. Legg evalueringen fram for ledergruppen som grunnlag for beslutningen om innføring.'
from roadmap_step where phase = 'TESTING' and position = 5;

insert into roadmap_tool (step_id, position, name, how_to) select id, 2, 'Gevinstrealisering',
'Sammenlign målingene fra piloten med nullpunktet og målene i gevinstrealiseringsplanen. Oppdater anslagene for en full innføring, og skriv ned forutsetningene.'
from roadmap_step where phase = 'TESTING' and position = 5;

-- Implementering
insert into roadmap_tool (step_id, position, name, how_to) select id, 1, 'Planleggingsverktøy',
'Del innføringen opp i milepæler og aktiviteter med ansvarlig og frist. Gå gjennom status i ledergruppen med faste mellomrom.'
from roadmap_step where phase = 'IMPLEMENTATION' and position = 1;

insert into roadmap_tool (step_id, position, name, how_to) select id, 2, 'Roller og ansvar',
'Beskriv hvem som eier tjenesten, hvem som leder innføringen, og hvem som har ansvaret for hvert ledd i tjenesten når prosjektet er avsluttet.'
from roadmap_step where phase = 'IMPLEMENTATION' and position = 1;

insert into roadmap_tool (step_id, position, name, how_to) select id, 1, 'Anskaffelsesplan',
'Beskriv hva som skal anskaffes, hvilken prosedyre som passer, hvem som deltar og når avtalen må være på plass. Legg milepælene inn i innføringsplanen.'
from roadmap_step where phase = 'IMPLEMENTATION' and position = 2;

insert into roadmap_tool (step_id, position, name, how_to) select id, 2, 'Markedsdialog',
'Inviter aktuelle leverandører til et åpent møte der dere presenterer behovet, ikke løsningen. Gi alle leverandører den samme informasjonen, og bruk innspillene til å forbedre kravene før konkurransen kunngjøres.'
from roadmap_step where phase = 'IMPLEMENTATION' and position = 2;

insert into roadmap_tool (step_id, position, name, how_to) select id, 1, 'Ny tjenestereise',
'Tegn den nye tjenestereisen, og sammenlign den med dagens tjenestereise. Bruk sammenligningen til å se hvilke rutiner og roller som må endres, og hva som kan avvikles.'
from roadmap_step where phase = 'IMPLEMENTATION' and position = 3;

insert into roadmap_tool (step_id, position, name, how_to) select id, 2, 'Rutinebeskrivelse',
'Beskriv hver ny rutine kort: hva som skal gjøres, av hvem, når og med hvilke verktøy. Legg rutinene inn i kommunens kvalitetssystem, og gi hver rutine en eier.'
from roadmap_step where phase = 'IMPLEMENTATION' and position = 3;

insert into roadmap_tool (step_id, position, name, how_to) select id, 1, 'Opplæringsplan',
'Lag en oversikt over målgrupper, innhold, tidspunkt og ansvarlig for opplæringen. Følg opp at alle har fått opplæring før den gamle løsningen avvikles.'
from roadmap_step where phase = 'IMPLEMENTATION' and position = 4;

insert into roadmap_tool (step_id, position, name, how_to) select id, 2, 'Kommunikasjonsplan',
'Beskriv hvem som skal få vite hva, når og gjennom hvilke kanaler. Gi hver aktivitet en ansvarlig i ledergruppen.'
from roadmap_step where phase = 'IMPLEMENTATION' and position = 4;

insert into roadmap_tool (step_id, position, name, how_to) select id, 1, 'Gevinstrealisering',
'Oppdater gevinstrealiseringsplanen for full drift med indikatorer, nullpunkt, mål og gevinstansvarlig. La hver gevinstansvarlig bekrefte ansvaret sitt, og legg planen fram for ledergruppen.'
from roadmap_step where phase = 'IMPLEMENTATION' and position = 5;

insert into roadmap_tool (step_id, position, name, how_to) select id, 2, 'Resultatindikatorer',
'Velg noen få indikatorer som er enkle å måle, og som de ansatte forstår. Beskriv for hver indikator hvor tallene hentes fra, hvor ofte de måles og hvem som måler.'
from roadmap_step where phase = 'IMPLEMENTATION' and position = 5;

-- Drift / ny praksis
insert into roadmap_tool (step_id, position, name, how_to) select id, 1, 'Rutinebeskrivelse',
'Bruk rutinebeskrivelsene fra implementeringen som grunnlag for den daglige driften. Gå gjennom dem jevnlig, og oppdater dem når tjenesten endres.'
from roadmap_step where phase = 'OPERATIONS' and position = 1;

insert into roadmap_tool (step_id, position, name, how_to) select id, 2, 'Leverandøroppfølging',
'Hold faste statusmøter med leverandørene der dere går gjennom leveransen mot avtalen. Skriv ned avvik, og avtal hvem som følger dem opp og innen når.'
from roadmap_step where phase = 'OPERATIONS' and position = 1;

insert into roadmap_tool (step_id, position, name, how_to) select id, 1, 'Gevinstrealisering',
'Før målingene inn i gevinstrealiseringsplanen, og sammenlign dem med nullpunktet og målet. Gå gjennom avvik i driftsmøtene, og avtal korrigerende tiltak med ansvarlig og frist.'
from roadmap_step where phase = 'OPERATIONS' and position = 2;

insert into roadmap_tool (step_id, position, name, how_to) select id, 1, 'Idékanal',
'Lag en enkel måte å samle innspill på, for eksempel et skjema, en tavle eller et fast punkt på personalmøtet. Gå gjennom innspillene jevnlig, og gi tilbakemelding om hva som skjer med dem.'
from roadmap_step where phase = 'OPERATIONS' and position = 3;

insert into roadmap_tool (step_id, position, name, how_to) select id, 2, 'De fem fundamentene',
'Når en idé er for stor for den daglige driften, gjør en første vurdering av de fem fundamentene. Er behovet uklart, starter det nye innovasjonsløpet med forankring og innsikt.'
from roadmap_step where phase = 'OPERATIONS' and position = 3;
