"""Wording seen on regional sites but in neither the dev set nor the demo: our own sentences, real facts."""

from __future__ import annotations


def by_index(events, key):
    return [e for e in events if e["type"] == "index_report" and e["index"] == key]


def test_value_list_one_line_per_regency(run):
    text = (
        "SEMARANG – BPS Provinsi Jawa Tengah mengumumkan tingkat pengangguran terbuka (TPT) Agustus 2023, "
        "Senin (6/11/2023). Berikut TPT sejumlah daerah di Jawa Tengah:\n"
        "- Kota Semarang: 5,81 persen\n"
        "• Kabupaten Kendal = 6,08 persen\n"
        "- Kabupaten Demak 5,15 persen\n"
        "Angka itu turun dibanding tahun sebelumnya.\n"
        "Baca juga:\n"
        "- Bupati Kendal lantik 12 kepala desa\n"
    )
    events = by_index(run(text, published="2023-11-06"), "pengangguran")
    got = {e["regency"]["name"]: e["value_number"] for e in events}
    assert got == {"Kota Semarang": 5.81, "Kabupaten Kendal": 6.08, "Kabupaten Demak": 5.15}
    assert all(e["year"] == 2023 for e in events)


def test_related_links_still_dropped(analyse):
    doc = analyse("Bupati melantik pejabat.\n- Bupati Kendal lantik 12 kepala desa\n- IPM naik 2 poin")
    an = doc._.pantau
    assert {an.sents[k].text.strip() for k in an.skip} == {"- Bupati Kendal lantik 12 kepala desa", "- IPM naik 2 poin"}


def test_event_date_beats_dateline_date(run):
    text = (
        "Blitar, (2/2) – Bupati Blitar Rini Syarifah melantik 120 pejabat administrator dan pengawas di "
        "lingkungan Pemkab Blitar, Kamis malam (1/2/2024), di Pendopo Ronggo Hadinegoro.\n"
        "Para pejabat diminta segera bekerja."
    )
    events = [e for e in run(text, published="2024-02-02") if e["type"] == "inauguration"]
    assert [e["date"] for e in events] == ["2024-02-01"]


def test_event_date_in_the_next_sentence_beats_dateline(run):
    text = (
        "TUBAN, (15/8) – Pemerintah Kabupaten Tuban menandatangani nota kesepahaman dengan Universitas "
        "Ronggolawe tentang beasiswa mahasiswa.\n"
        "Penandatanganan dilakukan di Ruang Rapat Bupati Tuban, Senin (14/8/2023) kemarin.\n"
    )
    events = [e for e in run(text, published="2023-08-15") if e["type"] == "agreement_signing"]
    assert [e["date"] for e in events] == ["2023-08-14"]


def test_assessment_year_carries_through_the_paragraph(run):
    text = (
        "Bupati Gresik Fandi Akhmad Yani bersyukur atas capaian daerahnya. Pada evaluasi tahun 2022, SAKIP "
        "Kabupaten Gresik meraih predikat BB dengan nilai 72,5. Indeks SPBE Gresik tercatat 3,1 dengan predikat "
        "baik.\n"
        "Ia meminta OPD mempertahankan capaian itu."
    )
    got = {e["index"]: e["year"] for e in run(text, published="2023-04-10") if e["type"] == "index_report"}
    assert got == {"sakip": 2022, "spbe": 2022}


def test_passive_installer_without_oleh(run):
    text = (
        "PATI – Sebanyak 15 kepala desa terpilih dilantik langsung Bupati Pati Haryanto di Pendopo Kabupaten Pati, "
        "Selasa (14/11/2023).\n"
        "Mereka diminta segera menyusun rencana pembangunan desa."
    )
    ev = next(e for e in run(text, published="2023-11-14") if e["type"] == "inauguration")
    assert ev["inaugurated_by"]["name"] == "Haryanto"
    assert ev["officials_count"] == 15
    assert ev["positions"] == ["kepala desa terpilih"]


def test_one_official_as_pronoun_subject(run):
    text = (
        "BLORA – Rapat paripurna DPRD Kabupaten Blora, Rabu (8/11/2023), menetapkan Siti Aminah sebagai anggota "
        "dewan pengganti.\n"
        "Ia mengucapkan sumpah jabatan di hadapan pimpinan dewan."
    )
    ev = next(e for e in run(text, published="2023-11-08") if e["type"] == "inauguration")
    assert ev["officials_count"] == 1


def test_agreement_year_closing_its_clause(run):
    text = (
        "REMBANG – Seluruh kepala OPD di lingkungan Pemkab Rembang menandatangani pakta integritas penerapan "
        "Zona Integritas tahun 2024, Senin (15/1/2024), di Pendopo Museum Kartini."
    )
    ev = next(e for e in run(text, published="2024-01-15") if e["type"] == "agreement_signing")
    assert ev["agreement_year"] == 2024


def test_purpose_year_is_not_the_agreement_year(run):
    text = (
        "DEMAK – Pemkab Demak menandatangani nota kesepahaman dengan Universitas Diponegoro untuk kajian "
        "rencana tata ruang tahun 2025, Kamis (12/10/2023)."
    )
    ev = next(e for e in run(text, published="2023-10-12") if e["type"] == "agreement_signing")
    assert ev["agreement_year"] is None


def test_east_javanese_name_abbreviations_and_agency_words(run):
    text = (
        "Pelantikan 20 pejabat di Pendopo Kabupaten Sidoarjo, Senin (8/1/2024), dipimpin Bupati Sidoarjo "
        "Ahmad Muhdlor Ali. Ketua DPRD Sidoarjo, Moch. Usman, turut hadir. Mereka antara lain menjabat Kepala "
        "Badan Pengelola Keuangan Daerah."
    )
    names = {p["name"] for e in run(text, published="2024-01-08") for p in e["people"]}
    assert "Moch. Usman" in names
    assert not any(n.startswith(("Moch", "Pengelola")) and n != "Moch. Usman" for n in names)


def test_score_before_the_assessment_it_belongs_to(run):
    text = (
        "KUDUS – Pemerintah Kabupaten Kudus meraih skor 3,45 dalam evaluasi SPBE tahun 2023 yang digelar "
        "Kementerian PANRB, Rabu (20/12/2023)."
    )
    ev = next(e for e in run(text, published="2023-12-21") if e["type"] == "index_report")
    assert (ev["index"], ev["value_number"], ev["regency"]["name"], ev["year"]) == (
        "spbe", 3.45, "Kabupaten Kudus", 2023)


def test_since_they_were_installed_is_no_ceremony(run):
    text = (
        "KLATEN – Bupati Klaten Sri Mulyani menandatangani perjanjian kinerja tahun 2024 bersama kepala OPD, "
        "Selasa (16/1/2024). Ini penandatanganan pertama sejak para kepala OPD itu dilantik tahun lalu."
    )
    kinds = [e["type"] for e in run(text, published="2024-01-16")]
    assert kinds == ["agreement_signing"]


def test_since_installed_with_the_day_still_records_the_ceremony(run):
    text = (
        "Gubernur Jawa Tengah Ahmad Luthfi menandatangani perjanjian kinerja tahun 2025, Senin (10/3/2025). "
        "\"Sejak kami dilantik oleh Presiden pada 20 Februari 2025 di Istana Negara, kami bekerja,\" ujarnya."
    )
    kinds = sorted(e["type"] for e in run(text, published="2025-03-10"))
    assert kinds == ["agreement_signing", "inauguration"]


def test_assessor_office_province_is_not_the_owner(run):
    text = (
        "WONOSOBO – Pemkab Wonosobo meraih nilai 91,2 dalam penilaian kepatuhan pelayanan publik Ombudsman RI "
        "tahun 2023, Kamis (25/1/2024).\n"
        "Kepala Ombudsman RI Perwakilan Jawa Tengah menyebut predikat zona hijau harus dijaga."
    )
    owners = {e["regency"]["name"] for e in run(text, published="2024-01-25") if e["type"] == "index_report"}
    assert owners == {"Kabupaten Wonosobo"}


def test_ministry_name_is_not_a_reform_index_and_unyeared_comparison_dropped(run):
    text = (
        "SLEMAN – Pemkab Sleman meraih indeks SPBE tahun 2023 sebesar 3,85. Penghargaan diserahkan Kementerian "
        "Pendayagunaan Aparatur Negara dan Reformasi Birokrasi di Jakarta, Selasa (5/3/2024).\n"
        "Nilai itu naik dibandingkan evaluasi sebelumnya yang berada di angka 3,48."
    )
    got = [(e["index"], e["value_number"]) for e in run(text, published="2024-03-05") if e["type"] == "index_report"]
    assert got == [("spbe", 3.85)]


def test_compared_value_with_its_own_year_kept(run):
    text = (
        "KAJEN – Angka kemiskinan Kabupaten Pekalongan pada Maret 2023 sebesar 9,67 persen, turun dibandingkan "
        "tahun 2022 yang mencapai 10,19 persen."
    )
    got = {(e["value_number"], e["year"]) for e in run(text, published="2024-01-16") if e["type"] == "index_report"}
    assert got == {(9.67, 2023), (10.19, 2022)}


def test_region_in_a_place_phrase_does_not_share_the_value(run):
    text = (
        "SEMARANG – Ombudsman RI menyerahkan hasil penilaian kepatuhan pelayanan publik tahun 2023. Dari daerah di "
        "wilayah eks Karesidenan Surakarta dan Banyumas, Kota Surakarta memperoleh nilai tertinggi yakni 93,05."
    )
    owners = {e["regency"]["name"] for e in run(text, published="2024-02-08") if e["type"] == "index_report"}
    assert owners == {"Kota Surakarta"}


def test_second_signing_that_follows_the_first(run):
    text = (
        "KEDIRI – Pemkab Kediri dan Kejaksaan Negeri Kabupaten Kediri menandatangani nota kesepahaman bidang "
        "perdata dan tata usaha negara, Senin (4/3/2024), di Pendopo Panjalu Jayati.\n"
        "Usai itu, dilanjutkan penandatanganan perjanjian kerja sama antara Kejari dengan perangkat daerah."
    )
    kinds = sorted(e["agreement_kind"] for e in run(text, published="2024-03-04") if e["type"] == "agreement_signing")
    assert kinds == ["mou", "pks"]


def test_background_release_gives_no_date(run):
    text = (
        "GRESIK – Hasil Survei Penilaian Integritas (SPI) tahun 2023 yang dirilis KPK menempatkan Pemerintah "
        "Kabupaten Gresik pada skor 74,15."
    )
    ev = next(e for e in run(text, published="2024-02-01") if e["type"] == "index_report")
    assert ev["value_number"] == 74.15 and ev["date"] is None


def test_office_name_is_no_label_and_juga_after_a_value(run):
    text = (
        "SURABAYA – Hasil evaluasi SAKIP tahun 2023 diserahkan oleh Deputi Bidang Reformasi Birokrasi "
        "Kemenpan-RB, Selasa (20/2/2024).\n"
        "Kabupaten Tuban mendapat nilai 71,03 juga dengan predikat BB."
    )
    got = [(e["index"], e["value_number"]) for e in run(text, published="2024-02-20") if e["type"] == "index_report"]
    assert got == [("sakip", 71.03)]


def test_denied_rumour_of_an_installation_is_no_event(run):
    text = (
        "DEPOK – Pemerintah Kota Depok membantah kabar rencana pelantikan pejabat eselon III pekan ini. "
        "\"Belum ada jadwal pelantikan,\" kata Sekda Depok, Senin (6/5/2024)."
    )
    assert run(text, title="Pemkot Depok Bantah Kabar Pelantikan Pejabat", published="2024-05-06") == []


def test_agreement_year_closing_its_subject(run):
    text = (
        "BATANG – Pemkab Batang dan BPJS Kesehatan menandatangani perjanjian kerja sama tentang jaminan kesehatan "
        "bagi warga yang didaftarkan pemerintah daerah tahun 2024. Penandatanganan berlangsung Selasa (9/1/2024)."
    )
    ev = next(e for e in run(text, published="2024-01-09") if e["type"] == "agreement_signing")
    assert ev["agreement_year"] == 2024


def test_installed_before_a_passive_verb_with_oleh(run):
    text = (
        "Wonogiri, (8/3) – Sebanyak 25 kepala desa antarwaktu resmi dilantik oleh Bupati Wonogiri Joko Sutopo, "
        "Kamis (7/3), di Pendopo Rumah Dinas Bupati."
    )
    ev = next(e for e in run(text, published="2024-03-08") if e["type"] == "inauguration")
    assert ev["positions"] == ["kepala desa antarwaktu"]
    assert ev["officials_count"] == 25 and ev["date"] == "2024-03-07"
    assert ev["inaugurated_by"]["name"] == "Joko Sutopo"


def test_installed_before_a_chain_of_passive_verbs(run):
    text = (
        "Purworejo – Sebanyak 45 pejabat administrator di lingkungan Pemkab Purworejo dilantik dan diambil "
        "sumpahnya oleh Bupati Purworejo Agus Bastian, Jumat (5/1/2024) di Pendopo Kabupaten."
    )
    ev = next(e for e in run(text, published="2024-01-05") if e["type"] == "inauguration")
    assert ev["positions"] == ["pejabat administrator"] and ev["officials_count"] == 45


def test_positions_from_the_oath_and_the_list_that_follows(run):
    text = (
        "Lamongan – Bupati Lamongan Yuhronur Efendi mengambil sumpah jabatan 40 pejabat di Pendopo Lokanantra, "
        "Senin (8/1/2024). Mereka terdiri atas pejabat administrator, pejabat pengawas dan kepala puskesmas."
    )
    ev = next(e for e in run(text, published="2024-01-08") if e["type"] == "inauguration")
    assert ev["positions"] == ["pejabat administrator", "pejabat pengawas", "kepala puskesmas"]
    assert ev["officials_count"] == 40


def test_office_word_before_a_titled_name(run):
    text = (
        "SURABAYA – Pemprov Jawa Timur menandatangani perjanjian kerja sama dengan Universitas Airlangga, Senin "
        "(4/3/2024). Dokumen ditandatangani Sekda Jatim Adhy Karyono dan Rektor Unair, Prof. Dr. Mohammad Nasih."
    )
    people = {p["name"]: p["role"] for e in run(text, published="2024-03-04") for p in e["people"]}
    assert people.get("Mohammad Nasih") == "Rektor Unair" and "Unair" not in people


def test_year_of_the_line_introducing_a_list(run):
    text = (
        "KLATEN – Hasil evaluasi tahun 2023 untuk Kabupaten Klaten:\n"
        "Nilai SAKIP: 72,5 (BB)\n"
        "Indeks SPBE: 3,12\n"
        "Bupati Klaten Sri Mulyani mengapresiasi capaian tersebut."
    )
    got = {e["index"]: (e["value_number"], e["year"]) for e in run(text, published="2024-03-01")
           if e["type"] == "index_report"}
    assert got == {"sakip": (72.5, 2023), "spbe": (3.12, 2023)}


def test_earlier_value_after_dari_with_its_year(run):
    text = "BLORA – Indeks Pembangunan Manusia (IPM) Kabupaten Blora pada 2023 naik menjadi 71,63 dari 70,92 pada 2022."
    got = {(e["value_number"], e["year"]) for e in run(text, published="2024-03-01") if e["type"] == "index_report"}
    assert got == {(71.63, 2023), (70.92, 2022)}


def test_rank_denominator_still_dropped(run):
    text = "Indeks SPBE Kabupaten Blora tahun 2023 berada di peringkat 12 dari 35 daerah di Jawa Tengah."
    values = {e["value"] for e in run(text, published="2024-03-01") if e["type"] == "index_report"}
    assert "35" not in values


def test_value_a_change_started_from_is_no_result(run):
    text = (
        "PADANG – Pemerintah Kota Padang meraih indeks SPBE 3,55 pada evaluasi tahun 2023, Kamis (7/3/2024).\n"
        "Capaian ini meningkat dari 3,12 pada penilaian sebelumnya."
    )
    values = [e["value_number"] for e in by_index(run(text, published="2024-03-07"), "spbe")]
    assert values == [3.55]


def test_goal_after_agar_is_no_result(run):
    text = (
        "Pemkab Sikka memperoleh SAKIP tahun 2023 dengan predikat B, Senin (12/2/2024). Bupati Sikka meminta "
        "semua OPD bekerja keras agar tahun depan naik ke predikat BB."
    )
    values = [e["value"] for e in by_index(run(text, published="2024-02-12"), "sakip")]
    assert values == ["B"]


def test_level_right_after_a_score_is_its_predicate(run):
    text = "Indeks Desa Membangun (IDM) Kabupaten Ogan Ilir tahun 2024 mencapai 0,7120 dengan status Maju."
    events = by_index(run(text, published="2024-06-01"), "idm")
    assert [(e["value_number"], e["predicate"]) for e in events] == [(0.712, "Maju")]


def test_headline_figure_goes_to_the_index_the_body_gives_it(run):
    text = (
        "Samarinda – BPS Kota Samarinda mencatat pertumbuhan ekonomi Kota Samarinda tahun 2024 sebesar 5,83 persen, "
        "Rabu (5/2/2025). Inflasi tahunan Kota Samarinda pada Desember 2024 sebesar 1,67 persen."
    )
    events = [e for e in run(text, published="2025-02-05", title="Ekonomi Samarinda Tumbuh 5,83 Persen, Inflasi Terjaga")
              if e["type"] == "index_report"]
    assert sorted((e["index"], e["value_number"]) for e in events) == [("inflasi", 1.67), ("pertumbuhan_ekonomi", 5.83)]
