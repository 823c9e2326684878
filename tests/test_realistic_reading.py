"""Reading drafts as applicants write them: each test names the kind of text read better and uses
its own wording, not a corpus document's (issue: be right on realistic drafts)."""

from __future__ import annotations

import textwrap

import pytest

from suunnitelmatarkastin.check import check_text


def rules_of(text: str, doc_type: str | None = "hankesuunnitelma", markdown: bool = True) -> list[str]:
    return [f.rule for f in check_text(textwrap.dedent(text), doc_type, markdown=markdown)]


def targets_of(text: str, rule: str, doc_type: str | None = "hankesuunnitelma", markdown: bool = True) -> list[str | None]:
    return [f.target for f in check_text(textwrap.dedent(text), doc_type, markdown=markdown) if f.rule == rule]


# ---------------------------------------------------------------- sections by content

def test_target_group_written_in_the_introduction_covers_the_section():
    text = """\
        % Hankesuunnitelma
        # Johdanto
        Hanke on suunnattu kylän yli 65-vuotiaille, jotka asuvat yksin. Kohderyhmänä ovat myös heidän omaisensa.
        # Tavoitteet
        Tavoitteena on, että yksin asuvat ikäihmiset tapaavat toisiaan viikoittain.
        """
    assert "kohderyhma" not in targets_of(text, "rakenne.osio-puuttuu")


def test_a_section_nothing_covers_is_still_missing():
    text = """\
        % Hankesuunnitelma
        # Johdanto
        Kylätalolle rakennetaan uusi keittiö talkoilla.
        # Tavoitteet
        Tavoitteena on, että kylätalolla voi järjestää juhlia.
        """
    assert "kohderyhma" in targets_of(text, "rakenne.osio-puuttuu")
    assert "riskit" in targets_of(text, "rakenne.osio-puuttuu")


def test_question_heading_names_its_section_in_an_evaluation_plan():
    text = """\
        % Arviointisuunnitelma
        # Keitä toiminta koskee?
        Toiminta koskee lähiön lapsiperheitä.
        """
    assert "kohderyhma" not in targets_of(text, "rakenne.osio-puuttuu", "arviointisuunnitelma")


# ---------------------------------------------------------------- real content is not a word count

def test_a_short_budget_that_gives_the_sum_is_not_empty():
    text = """\
        % Hankesuunnitelma
        # Talous
        Kokonaisbudjetti on 64 000 €.
        """
    assert "resurssit" not in targets_of(text, "rakenne.osio-tyhja")


def test_a_deferral_is_an_empty_section():
    text = """\
        % Hankesuunnitelma
        # Riskit
        Mietitään myöhemmin.
        """
    assert targets_of(text, "rakenne.osio-tyhja") == ["riskit"]


# ---------------------------------------------------------------- questions answered where the answer is

def test_a_run_of_questions_is_answered_by_the_prose_after_it():
    text = """\
        % Loppuraportti
        # Hankkeen toteutus
        - Mitä kerhoissa tehtiin?
        - Miten vapaaehtoiset löydettiin?
        Kerhoissa pelattiin ja leivottiin. Vapaaehtoiset löydettiin seurakunnan kautta ja lehti-ilmoituksella.
        """
    assert "rakenne.kysymys-vastaamatta" not in rules_of(text, "loppuraportti")


def test_one_by_one_answers_leave_the_skipped_question_unanswered():
    text = """\
        % Loppuraportti
        # Hankkeen toteutus
        Mitä kerhoissa tehtiin?

        Kerhoissa pelattiin ja leivottiin joka viikko.

        Miten budjetti toteutui?

        Mitä vapaaehtoiset oppivat?

        Vapaaehtoiset oppivat ohjaamaan ryhmää ja suunnittelemaan ohjelmaa.
        """
    assert targets_of(text, "rakenne.kysymys-vastaamatta", "loppuraportti") == ["Miten budjetti toteutui?"]


def test_a_form_question_with_its_required_mark_is_a_question():
    text = """\
        Loppuraportti
        Miten kustannusarvio toteutui? *
        Vastaus:
        Mitä hanke opetti? *
        Vastaus: Pienikin kylä voi järjestää oman palvelupisteen.
        """
    assert targets_of(text, "rakenne.kysymys-vastaamatta", "loppuraportti", markdown=False) == ["Miten kustannusarvio toteutui?"]


def test_the_documents_own_evaluation_questions_are_not_template_questions():
    text = """\
        % Arviointisuunnitelma
        # Arviointikysymykset
        - Kokevatko osallistujat olonsa turvallisemmaksi?
        - Löytävätkö he uusia harrastuksia?
        # Menetelmät
        Osallistujat vastaavat kyselyyn.
        """
    assert "rakenne.kysymys-vastaamatta" not in rules_of(text, "arviointisuunnitelma")


# ---------------------------------------------------------------- goals in prose, links by meaning

def test_an_aim_stated_in_prose_without_a_goals_section_is_a_goal():
    text = """\
        % Hankesuunnitelma
        # Mistä on kyse
        Päämääränämme on, että saaristokylien nuoret pääsevät harrastamaan lähellä kotiaan.
        """
    assert "tavoite.ei-tavoitteita" not in rules_of(text)


def test_template_goal_slots_are_not_goals():
    text = """\
        % Hankesuunnitelma
        # Tavoitteet
        - Tavoite 1 tekstiä tähän
        - Tavoite 2 tekstiä tähän
        """
    assert "tavoite.ei-tavoitteita" in rules_of(text)


TWO_GOALS = """\
    % Hankesuunnitelma
    # Tavoitteet
    - Kotona asuvien ikäihmisten liikkuminen lisääntyy.
    - Omaishoitajien jaksaminen paranee.
    # Toimenpiteet
    Järjestämme ikäihmisille kotijumppaa ja omaishoitajille vertaisryhmiä.
    # Arviointi
    Ikäihmisten liikkumista mitataan askelmittarilla kolmen kuukauden välein.
    """


def test_an_indicator_in_the_evaluation_section_serves_the_goal_it_speaks_of():
    text = TWO_GOALS + "    Omaishoitajien jaksamista seurataan kyselyllä kahdesti vuodessa.\n"
    assert "tavoite.ei-arviointia" not in rules_of(text)


def test_a_goal_nothing_measures_is_still_reported():
    targets = targets_of(TWO_GOALS, "tavoite.ei-arviointia")
    assert len(targets) == 1 and "Omaishoitajien" in targets[0]


def test_a_part_headed_by_a_goal_in_other_words_is_its_own():
    text = """\
        % Arviointisuunnitelma
        # Tavoitteet
        1. Järven vesi kirkastuu.
        2. Kyläläiset osallistuvat talkoisiin.
        # Miten tavoitteisiin päästään?
        ## Veden kirkkaus
        Näkösyvyys mitataan kuukausittain.
        ## Talkoot
        Talkoolaisten määrä kirjataan listoihin.
        """
    assert "tavoite.ei-arviointia" not in rules_of(text, "arviointisuunnitelma")


# ---------------------------------------------------------------- timing as it is written

PERIOD = """\
    % Hankesuunnitelma
    # Aikataulu
    Hanke toteutetaan 1.3.2026–28.2.2028.
    """


def test_background_years_a_document_date_and_past_preparation_are_not_activities():
    text = PERIOD + """\
        # Tausta
        Luonnos 12.11.2025
        Vuonna 2024 kunnassa asui 640 yli 80-vuotiasta.
        # Toimenpiteet
        Hanketta valmisteltiin kolmessa tapaamisessa syyskuussa 2025.
        Ryhmät kokoontuvat keväästä 2026 alkaen.
        """
    assert "aikataulu.ristiriita" not in rules_of(text)


def test_continuation_after_the_project_is_not_a_late_activity():
    text = PERIOD + """\
        # Juurruttaminen
        Maaliskuusta 2028 alkaen kaupunki jatkaa ryhmiä omana toimintanaan.
        """
    assert "aikataulu.ristiriita" not in rules_of(text)


def test_a_late_activity_conflicts_once_however_often_it_is_mentioned():
    text = PERIOD + """\
        # Toimenpiteet
        Päätösseminaari pidetään toukokuussa 2028.
        Toukokuussa 2028 kutsumme seminaariin myös naapurikunnat.
        """
    assert rules_of(text).count("aikataulu.ristiriita") == 1


def test_a_quarter_schedule_tables_columns_are_not_activities():
    text = PERIOD + """\
        | Tehtävä | Q1/2026 | Q2/2026 | Q1/2028 | Q2/2028 |
        |---|---|---|---|---|
        | Ryhmät | x | x | x | |
        | Seuranta | | x | x | x |
        """
    assert "aikataulu.ristiriita" not in rules_of(text)


def test_a_school_term_is_read_as_months():
    text = PERIOD + """\
        # Toimenpiteet
        Toinen kokeilu toteutetaan syyslukukaudella 2028.
        """
    assert "aikataulu.ristiriita" in rules_of(text)


def test_the_period_from_a_forms_start_and_end_fields():
    text = """\
        Hankehakemus
        Hankkeen alkamispäivä *: 1.4.2026
        Hankkeen päättymispäivä *: 31.3.2028
        """
    assert "aikataulu.puuttuu" not in rules_of(text, markdown=False)


def test_the_period_under_its_label_on_the_line_before():
    text = """\
        Hankehakemus
        Toteutusaika
        1.4.2026–31.3.2028
        """
    assert "aikataulu.puuttuu" not in rules_of(text, markdown=False)


# ---------------------------------------------------------------- forms, placeholders, what it is reading

def test_a_forms_field_labels_head_their_answers():
    text = """\
        Avustushakemus
        Hankkeen kohderyhmät *
        Vastaus: Saariston nuoret ja heidän perheensä.
        Hankkeen riskit *
        Vastaus: Suurin riski on kuljetusten hinta; siihen varaudutaan yhteiskyydeillä.
        """
    missing = targets_of(text, "rakenne.osio-puuttuu", markdown=False)
    assert "kohderyhma" not in missing and "riskit" not in missing


@pytest.mark.parametrize("gap", ["XXX XXX XXXX", "xx.xx.20xx", "xx.xx.2026"])
def test_one_placeholder_is_one_finding(gap):
    text = f"""\
        % Hankesuunnitelma
        # Yhteystiedot
        Puhelin tai päivä: {gap}
        """
    assert rules_of(text).count("rakenne.pohjateksti") == 1


def test_an_unfilled_word_content_control_is_a_placeholder():
    text = """\
        % Hankesuunnitelma
        # Riskit
        Kirjoita tekstiä napsauttamalla tai napauttamalla tätä.
        """
    assert "rakenne.pohjateksti" in rules_of(text)


def test_a_document_that_is_no_plan_gets_one_notice():
    text = """\
        % Ansioluettelo
        # Koulutus
        Tradenomi, Hämeen ammattikorkeakoulu, 2015.
        # Työkokemus
        Hankekoordinaattori, Kanta-Hämeen kylät ry, 2018–2024.
        """
    assert rules_of(text, None) == ["asiakirja.tyyppi-tuntematon"]


def test_a_swedish_plan_gets_one_language_notice():
    text = """\
        % Projektplan
        # Mål
        Målet är att fler äldre ska kunna bo hemma och att de ska få stöd av frivilliga i byn. Projektet
        genomförs under två år och det riktar sig till äldre som bor ensamma på landsbygden. Vi kommer
        att ordna träffar varje vecka och utbilda frivilliga som kan besöka de äldre i deras hem.
        """
    assert rules_of(text, None) == ["asiakirja.kieli"]


def test_a_heading_that_its_text_takes_back_plans_nothing():
    text = """\
        % Arviointisuunnitelma
        # Ulkopuolinen arviointi
        Ulkopuolista arvioijaa ei palkata, koska hanke on pieni.
        # Itsearviointi
        Hanketiimi arvioi työtään kuukausittain.
        """
    assert "arviointi.ei-ulkoista" in rules_of(text, "arviointisuunnitelma")


def test_a_topic_word_in_an_activity_is_no_4v_stage():
    text = """\
        % Hankesuunnitelma
        # Toimenpiteet
        Työpajoissa harjoitellaan selkokieltä ja asiakaspalvelua.
        # Juurruttaminen
        Toimintamalli vakiinnutetaan kaupungin perustyöksi, ja siitä kerrotaan Innokylässä.
        Muutkin kunnat voivat ottaa mallin käyttöön.
        """
    assert targets_of(text, "juurrutus.4v-vaihe-puuttuu") == ["variointi"]


def test_others_taking_up_the_model_is_mainstreaming_in_any_words():
    text = """\
        % Hankesuunnitelma
        # Tulokset
        Syntyy opas, jota muutkin kylätalot voivat hyödyntää, ja laitteita lainataan naapurikyliin.
        """
    assert "valtavirtaistaminen" not in targets_of(text, "juurrutus.4v-vaihe-puuttuu")


@pytest.mark.parametrize(
    ("body", "empty"),
    [
        ("Levittämisestä päätetään myöhemmin johtoryhmässä.", True),  # defers the matter
        ("Tuloksia levitetään hankkeen aikana.", True),  # restates the heading
        ("Mallia kehitetään edelleen nuorisovaltuuston kanssa.", False),  # says something
        ("Tulokset esitellään Kuntamarkkinoilla syyskuussa 2027.", False),  # a fact
    ],
)
def test_a_short_section_is_empty_only_when_it_defers_or_restates(body, empty):
    text = f"""\
        % Exit-suunnitelma
        # Tulosten levittäminen
        {body}
        """
    assert ("levittaminen" in targets_of(text, "rakenne.osio-tyhja", "exit-suunnitelma")) is empty


def test_handing_the_work_over_names_its_owner_and_a_funding_commitment_is_a_resource():
    text = """\
        % Exit-suunnitelma
        # Juurruttaminen
        Ryhmätoiminta siirtyy vuoden 2028 alusta Porin kaupungin vapaa-aikapalveluille.
        Kaupunki sitoutuu rahoittamaan ryhmien ohjaajat talousarviostaan.
        """
    found = rules_of(text, "exit-suunnitelma")
    assert "exit.ei-omistajaa" not in found and "exit.omistaja-hankkeen-sisalla" not in found
    assert "juurrutus.ei-resursseja" not in found


def test_a_passive_action_that_also_installs_a_meter_is_an_activity():
    text = """\
        % Hankesuunnitelma
        # Tavoitteet
        - Koulun sähkönkulutus pienenee viidenneksellä.
        - Oppilaat oppivat säästämään energiaa kotona.
        # Toimenpiteet
        Koululle vaihdetaan led-valaisimet ja asennetaan sähkönkulutuksen mittaus.
        Oppilaille pidetään energiatunteja, joissa säästämistä harjoitellaan kotitehtävin.
        # Arviointi
        Sähkönkulutusta seurataan kuukausittain mittarista.
        Oppilaiden säästöjä kotona kysytään kyselyllä keväällä.
        """
    assert "tavoite.ei-toimenpidetta" not in rules_of(text)


# ---------------------------------------------------------------- template questions by their first word

@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("Kenelle palvelu on tarkoitettu?", True),  # an interrogative in a form the old word list missed
        ("Milloin kokeilu alkaa?", True),
        ("Toteutuivatko työpajat suunnitellusti?", True),  # the question clitic on a verb
        ("Montako kuntaa on mukana?", True),
        ("Kumpikin kunta osallistuu?", False),  # -kin makes an interrogative indefinite
        ("Tukko hiuksia?", False),  # a word that only ends in -ko asks nothing
        ("Hankkeen kesto?", False),
    ],
)
def test_a_template_question_opens_with_an_interrogative_or_the_question_clitic(text, asks):
    from suunnitelmatarkastin.understand.templates import is_question

    assert is_question(text) is asks


# ---------------------------------------------------------------- goals, links and timing (era 3)

def test_goals_written_in_a_forms_per_goal_sub_forms_are_goals():
    """An online form prints each goal as its own sub-form: a line with the goal's number alone,
    then labelled fields and "Vastaus:" answers. The answer of the goal field is the goal, the
    activity and indicator fields serve it; a sub-form without an indicator is still reported."""
    text = """\
        % Hankesuunnitelma
        # 3. TAVOITTEET
        Täytä kustakin tavoitteesta oma lomakkeensa.
        # Tavoite 1 / 2
        # Tavoitteen nimi *
        Vastaus: Pyöräilevien koululaisten määrä kasvaa kaikissa kolmessa koulussa.
        # Keinot, joilla tavoitteeseen päästään *
        Vastaus: Kouluille perustetaan pyöräkerhot ja pyöräkatokset korjataan talkoilla.
        # Mittari ja tavoitetaso *
        Vastaus: Pyörällä kulkevien osuus laskentapäivinä; tavoite 40 prosenttia.
        # Tavoite 2 / 2
        # Tavoitteen nimi *
        Vastaus: Vanhemmat kokevat koulumatkat turvallisiksi.
        # Keinot, joilla tavoitteeseen päästään *
        Vastaus: Koulujen lähelle maalataan suojatiet ja vanhemmille pidetään reittikävelyt.
        # 4. TOTEUTUS
        Kerhot aloittavat syyskuussa.
        """
    found = rules_of(text)
    assert "tavoite.ei-tavoitteita" not in found
    assert found.count("tavoite.ei-arviointia") == 1
    assert "tavoite.ei-toimenpidetta" not in found
    assert any("turvallisiksi" in f.message for f in check_text(textwrap.dedent(text), "hankesuunnitelma") if f.rule == "tavoite.ei-arviointia")
