package no.ks.ledergaloppen.demo;

import static no.ks.ledergaloppen.ideas.IdeaState.BECAME_CASE;
import static no.ks.ledergaloppen.ideas.IdeaState.DONE;
import static no.ks.ledergaloppen.ideas.IdeaState.IN_PROGRESS;
import static no.ks.ledergaloppen.ideas.IdeaState.NEW;
import static no.ks.ledergaloppen.ideas.IdeaState.REJECTED;

import java.util.List;
import no.ks.ledergaloppen.demo.DemoIdeas.Planned;
import no.ks.ledergaloppen.demo.DemoIdeas.Said;

/** What Pilot i vest's leader groups have put in their idea banks (Kvam, Voss and Klepp write nynorsk). */
final class DemoIdeaPlans {

    private static final String HAUGESUND = "Haugesund kommune";
    private static final String KVAM = "Kvam herad";
    private static final String TYSVAER = "Tysvær kommune";
    private static final String VOSS = "Voss herad";
    private static final String KLEPP = "Klepp kommune";

    static final List<Planned> ALL = List.of(
            new Planned(HAUGESUND, 1, 20, "per", "Nøkkelboks med kode i stedet for nøkkelknippe",
                    "Hjemmetjenesten slipper å hente og levere nøkler på kontoret før og etter hver vakt",
                    "Ansatte på kveld og natt", List.of("marte", "ola", "kari"),
                    List.of(new Said("marte", "Vi prøvde dette i Skåredalen. Det sparte tjue minutter per vakt.")),
                    DONE, "ola", null),
            new Planned(HAUGESUND, 2, 10, "marte", "Velferdsteknologi i omsorgsboligene",
                    "Erfaringene fra det digitale tilsynet kan gi tryggere netter i omsorgsboligene også",
                    "Beboerne i omsorgsboligene og nattpersonalet", List.of("ola", "per", "kari", "ingrid"),
                    List.of(new Said("kari", "Dette er stort nok til å bli et eget case. Start med å forankre det hos"
                            + " boligtjenesten."), new Said("ingrid", "Vi på Voss følgjer med. Dette vil vi lære av.")),
                    BECAME_CASE, "ola", null),
            new Planned(HAUGESUND, 2, 6, "ola", "Felles oversikt over ledige korttidsplasser",
                    "Saksbehandlerne slipper å ringe rundt for å finne en ledig plass",
                    "Pasienter som skrives ut fra sykehuset, og pårørende", List.of("per"), List.of(),
                    IN_PROGRESS, "marte", null),
            new Planned(HAUGESUND, 2, 3, "per", "Robotstøvsuger i fellesarealene", "Mindre støv og mer tid til"
                    + " beboerne", null, List.of(), List.of(), REJECTED, "ola", "Renholdet er satt bort til et firma"
                    + " som har ansvar for utstyret. Vi tar idéen med oss til neste anbud."),
            new Planned(HAUGESUND, 2, 13, "marte", "Kortere morgenmøter med tavle",
                    "Alle vet hva som skjer i dag etter ti minutter", "Teamlederne og de ansatte i hjemmetjenesten",
                    List.of("per"), List.of(new Said("ola", "Kan vi prøve det på Flotmyr først?")), NEW, null, null),

            new Planned(KVAM, 2, 3, "knut", "Felles kalender for skyss til barnehagane",
                    "Foreldre og barnehagar ser same oversikt og slepp å ringje kvarandre",
                    "Familiar i grendene", List.of("sigrid"),
                    List.of(new Said("sigrid", "Kan skuleskyssen vere med i same kalender?")), NEW, null, null),
            new Planned(KVAM, 2, 5, "sigrid", "Digitalt oppmøte på foreldremøte",
                    "Fleire foreldre kan vere med utan å køyre langt", "Foreldre som bur langt frå barnehagen",
                    List.of("knut"), List.of(), DONE, "knut", null),
            new Planned(KVAM, 2, 8, "knut", "Ope bibliotek på laurdagar", "Fleire stader å vere for ungdom i helga",
                    "Ungdom", List.of(), List.of(), REJECTED, "sigrid", "Biblioteket ligg utanfor det vi arbeider med"
                    + " i dette kullet. Vi sender ideen vidare til kultursjefen."),
            new Planned(KVAM, 2, 11, "sigrid", "Matkasse til einslege eldre", "Betre kosthald og ein grunn til å"
                    + " ta ein prat", "Einslege eldre heime", List.of("knut"), List.of(), IN_PROGRESS, "knut", null),

            new Planned(TYSVAER, 1, 5, "hilde", "Faste møtetider for ledergruppen",
                    "Færre møter som kolliderer, og mer tid til å følge opp saken", "Ledergruppen",
                    List.of("lars"), List.of(), DONE, "lars", null),
            new Planned(TYSVAER, 1, 9, "lars", "Introduksjonspakke for nye ledere",
                    "Nye ledere finner raskere fram i rutiner og systemer", "Nye ledere", List.of("hilde"),
                    List.of(new Said("hilde", "HR kan lage et utkast før sommeren.")), NEW, null, null),
            new Planned(TYSVAER, 1, 12, "hilde", "Felles innkjøp av arbeidsklær", "Lavere pris og samme klær i"
                    + " alle enheter", "Ansatte i helse og omsorg", List.of(), List.of(), REJECTED, "lars",
                    "Dette dekkes allerede av innkjøpsavtalen fra i fjor."),

            new Planned(VOSS, 2, 1, "arne", "Ungdomskort for buss til fritidsaktivitetar",
                    "Ungdom frå bygdene kan vere med på aktivitetar i sentrum", "Ungdom mellom 13 og 19 år",
                    List.of("ingrid", "solveig", "ola"),
                    List.of(new Said("solveig", "Skyss har ei ordning vi kan byggje vidare på.")), IN_PROGRESS,
                    "ingrid", null),
            new Planned(VOSS, 2, 4, "solveig", "Chat med NAV for unge", "Unge får svar utan å møte opp på kontoret",
                    "Unge mellom 18 og 25 år", List.of("arne"),
                    List.of(new Said("arne", "Kan vi låne løysinga frå Bergen?")), NEW, null, null),
            new Planned(VOSS, 2, 7, "ingrid", "Sommarjobbportal for ungdom", "Alle sommarjobbane i kommunen på"
                    + " ein stad", "Ungdom som søkjer sommarjobb", List.of("arne", "solveig"), List.of(), DONE,
                    "arne", null),
            new Planned(VOSS, 2, 10, "arne", "Gratis trening for unge utan jobb", "Betre helse og faste rutinar",
                    "Unge utan jobb eller skuleplass", List.of(), List.of(), REJECTED, "ingrid",
                    "Treningssenteret vil ikkje vere med no. Vi prøver igjen til hausten."),

            new Planned(KLEPP, 2, 2, "eva", "SMS når det er ledig barnehageplass",
                    "Foreldre får vite det med ein gong og slepp å ringje", "Foreldre som ventar på plass",
                    List.of("tor", "kari"), List.of(new Said("tor", "Dette kan vi teste med opptaket i januar.")),
                    NEW, null, null),
            new Planned(KLEPP, 2, 6, "tor", "Opne barnehagen ein time tidlegare to dagar i veka",
                    "Foreldre som pendlar rekk toget", "Pendlarfamiliar", List.of("eva"), List.of(), IN_PROGRESS,
                    "eva", null),
            new Planned(KLEPP, 2, 9, "eva", "Papirskjema i tillegg til det digitale", "Alle kan søkje",
                    "Foreldre som ikkje brukar digitale tenester", List.of(), List.of(), REJECTED, "tor",
                    "Alle søknader skal gå digitalt frå neste år. Vi hjelper heller dei som treng det på"
                            + " servicetorget."),
            new Planned(KLEPP, 2, 12, "tor", "Felles foreldremøte for alle barnehagane",
                    "Same informasjon til alle, og styrarane sparer kveldar", "Foreldre og styrarar",
                    List.of("eva"), List.of(), DONE, "eva", null));

    private DemoIdeaPlans() {
    }
}
