"""Probe articles for ceremonies and people, written in our own words in the shapes regional news takes.

Each probe is (name, text, published, expected). `expected` maps an event type to a list of events as
{"region": regency name, "count": officials_count, "by": installer name, "date": ISO date}; only the keys given
are checked; an optional "title" is the article's headline. `people` lists names that must be found (and `not_people` names that must not) in the article's
events. A type absent from `expected` must produce no event; `{"inauguration": []}` says so explicitly.
"""

from __future__ import annotations

PROBES: list[tuple[str, str, str, dict]] = [
    # ---------------------------------------------------------------- several acting heads at once
    ("acting heads listed in the next sentence",
     "SEMARANG – Penjabat Gubernur Jawa Tengah Nana Sudjana melantik empat penjabat bupati dan wali kota di "
     "Gedung Gradhika Bhakti Praja, Rabu (22/5/2024). Mereka adalah Sugiyono sebagai Pj Bupati Banjarnegara, "
     "Sumarno sebagai Pj Wali Kota Tegal, Aris Munandar sebagai Pj Bupati Jepara, dan Widi Hartanto sebagai "
     "Pj Bupati Temanggung.\nNana meminta para penjabat menjaga netralitas ASN.",
     "2024-05-22",
     {"inauguration": [{"region": r, "by": "Nana Sudjana", "date": "2024-05-22"} for r in (
         "Kabupaten Banjarnegara", "Kota Tegal", "Kabupaten Jepara", "Kabupaten Temanggung")],
      "people": ["Nana Sudjana", "Sugiyono", "Sumarno", "Aris Munandar", "Widi Hartanto"]}),
    ("acting heads as bullets",
     "MAKASSAR – Gubernur Sulawesi Selatan Andi Sudirman Sulaiman melantik tiga penjabat bupati di Ruang "
     "Pola Kantor Gubernur, Kamis (15/8/2024). Ketiga pejabat tersebut yakni:\n"
     "- Andi Winarno Eka Putra sebagai Pj Bupati Bone\n"
     "- Setiawan Aswad sebagai Pj Bupati Takalar\n"
     "- Ahmadi Akil sebagai Pj Bupati Pinrang\n"
     "Gubernur berpesan agar pelayanan publik tidak terganggu.",
     "2024-08-15",
     {"inauguration": [{"region": r, "count": 1} for r in ("Kabupaten Bone", "Kabupaten Takalar",
                                                            "Kabupaten Pinrang")],
      "people": ["Andi Sudirman Sulaiman", "Andi Winarno Eka Putra", "Setiawan Aswad", "Ahmadi Akil"]}),
    ("acting heads named with their regions after the verb",
     "MANOKWARI – Pj Gubernur Papua Barat Ali Baham Temongmere melantik Pj Bupati Teluk Bintuni, Pj Bupati "
     "Teluk Wondama dan Pj Bupati Manokwari Selatan di Manokwari, Senin (27/5/2024).",
     "2024-05-27",
     {"inauguration": [{"region": r} for r in ("Kabupaten Teluk Bintuni", "Kabupaten Teluk Wondama",
                                                "Kabupaten Manokwari Selatan")]}),
    ("one more acting head: juga dilantik",
     "PALU – Gubernur Sulawesi Tengah Rusdy Mastura melantik Pj Bupati Banggai Kepulauan Ihsan Basir di "
     "Ruang Polibu, Selasa (21/5/2024). Pada kesempatan yang sama juga dilantik Pj Wali Kota Palu "
     "Hidayat Lamakarate.",
     "2024-05-21",
     {"inauguration": [{"region": "Kabupaten Banggai Kepulauan", "by": "Rusdy Mastura"},
                       {"region": "Kota Palu", "by": "Rusdy Mastura"}],
      "people": ["Rusdy Mastura", "Ihsan Basir", "Hidayat Lamakarate"]}),
    ("acting heads, passive with agent",
     "KENDARI – Pj Bupati Kolaka Utara dan Pj Bupati Buton Selatan dilantik oleh Pj Gubernur Sulawesi "
     "Tenggara Andap Budhi Revianto di Aula Bahteramas, Jumat (24/5/2024).",
     "2024-05-24",
     {"inauguration": [{"region": r, "by": "Andap Budhi Revianto"} for r in (
         "Kabupaten Kolaka Utara", "Kabupaten Buton Selatan")]}),
    ("one acting head installed by a governor",
     "KUPANG – Penjabat Gubernur NTT Ayodhia Kalake melantik Pj Bupati Sikka Adrianus Firminus Parera di "
     "Aula El Tari, Senin (15/7/2024).",
     "2024-07-15",
     {"inauguration": [{"region": "Kabupaten Sikka", "count": 1, "by": "Ayodhia Kalake"}],
      "people": ["Ayodhia Kalake", "Adrianus Firminus Parera"]}),
    # ---------------------------------------------------------------- counts
    ("counts of two groups summed",
     "KENDAL – Bupati Kendal Dico M Ganinduto melantik 12 pejabat administrator dan 30 pejabat pengawas di "
     "Pendopo Tumenggung Bahurekso, Jumat (5/1/2024).",
     "2024-01-05",
     {"inauguration": [{"region": "Kabupaten Kendal", "count": 42, "by": "Dico M Ganinduto"}]}),
    ("total then its parts: the total",
     "WONOSOBO – Bupati Wonosobo Afif Nurhidayat melantik 150 pejabat, terdiri dari 5 pejabat pimpinan tinggi "
     "pratama, 40 pejabat administrator dan 105 pejabat pengawas, Senin (8/1/2024).",
     "2024-01-08",
     {"inauguration": [{"region": "Kabupaten Wonosobo", "count": 150}]}),
    ("count in the next sentence as groups",
     "BANTUL – Bupati Bantul Abdul Halim Muslih melantik pejabat di lingkungan Pemkab Bantul di Gedung Induk "
     "Parasamya, Selasa (2/4/2024). Pejabat yang dilantik terdiri atas 8 pejabat administrator dan 27 pejabat "
     "pengawas.",
     "2024-04-02",
     {"inauguration": [{"region": "Kabupaten Bantul", "count": 35, "by": "Abdul Halim Muslih"}]}),
    ("count with sebanyak before a passive verb",
     "LOMBOK BARAT – Sebanyak 24 kepala desa terpilih hasil Pilkades serentak dilantik Bupati Lombok Barat "
     "Fauzan Khalid di Kantor Bupati, Kamis (6/6/2024).",
     "2024-06-06",
     {"inauguration": [{"region": "Kabupaten Lombok Barat", "count": 24, "by": "Fauzan Khalid"}]}),
    ("count in words",
     "GARUT – Bupati Garut Rudy Gunawan melantik dua puluh lima kepala sekolah di Pendopo Garut, Rabu "
     "(10/1/2024).",
     "2024-01-10",
     {"inauguration": [{"region": "Kabupaten Garut", "count": 25}]}),
    ("head and deputy: two",
     "SEMARANG – Gubernur Jawa Tengah Ahmad Luthfi melantik Bupati dan Wakil Bupati Pati periode 2025-2030 di "
     "Gedung Gradhika Bhakti Praja, Senin (10/3/2025).",
     "2025-03-10",
     {"inauguration": [{"region": "Kabupaten Pati", "count": 2, "by": "Ahmad Luthfi"}]}),
    ("head and deputy named: two",
     "BATU – Wali Kota Batu Nurochman dan Wakil Wali Kota Batu Heli Suyanto dilantik Gubernur Jawa Timur di "
     "Gedung Negara Grahadi, Kamis (20/2/2025).",
     "2025-02-20",
     {"inauguration": [{"region": "Kota Batu", "count": 2}], "people": ["Nurochman", "Heli Suyanto"]}),
    ("DPRD members, count and regency",
     "CIBINONG – Sebanyak 55 anggota DPRD Kabupaten Bogor masa jabatan 2024-2029 resmi dilantik dan diambil "
     "sumpahnya dalam rapat paripurna di Gedung DPRD, Senin (19/8/2024).",
     "2024-08-19",
     {"inauguration": [{"region": "Kabupaten Bogor", "count": 55}]}),
    ("one secretary installed",
     "GARUT – Bupati Garut Rudy Gunawan melantik Nurdin Yana sebagai Sekretaris Daerah Kabupaten Garut di "
     "Pendopo, Senin (4/3/2024).",
     "2024-03-04",
     {"inauguration": [{"region": "Kabupaten Garut", "count": 1, "by": "Rudy Gunawan"}],
      "people": ["Rudy Gunawan", "Nurdin Yana"]}),
    # ---------------------------------------------------------------- vetoes that must not fire
    ("a delay of an earlier act does not veto today's",
     "SUMENEP – Pelantikan 30 kepala desa yang sempat ditunda bulan lalu akhirnya digelar. Bupati Sumenep "
     "Achmad Fauzi melantik mereka di Pendopo Keraton, Selasa (14/5/2024).",
     "2024-05-14",
     {"inauguration": [{"region": "Kabupaten Sumenep", "count": 30, "by": "Achmad Fauzi"}]}),
    ("party word in a DPRD replacement",
     "BLITAR – Ketua DPRD Kota Blitar Syahrul Alim melantik Sugeng Riyadi sebagai anggota DPRD pengganti "
     "antarwaktu dari Partai Golkar dalam rapat paripurna, Rabu (7/2/2024).",
     "2024-02-07",
     {"inauguration": [{"region": "Kota Blitar", "count": 1}]}),
    ("PKK officers installed",
     "MALANG – Ketua TP PKK Jawa Timur Arumi Bachsin mengukuhkan pengurus TP PKK Kabupaten Malang masa bakti "
     "2024-2029 di Pendopo Agung, Kamis (4/7/2024).",
     "2024-07-04",
     {"inauguration": [{"region": "Kabupaten Malang"}]}),
    ("Dekranasda chair installed",
     "BANTUL – Bupati Bantul melantik pengurus Dewan Kerajinan Nasional Daerah (Dekranasda) Kabupaten Bantul "
     "periode 2024-2029 di Pendopo Parasamya, Senin (22/7/2024).",
     "2024-07-22",
     {"inauguration": [{"region": "Kabupaten Bantul"}]}),
    # ---------------------------------------------------------------- no event
    ("a party's officers: no event",
     "SURABAYA – Ketua DPD Partai Golkar Jawa Timur melantik pengurus DPC Kabupaten Sidoarjo, Minggu "
     "(3/3/2024).",
     "2024-03-03",
     {"inauguration": []}),
    ("a quoted future date: a plan",
     "SLEMAN – Bupati Sleman mengatakan pelantikan kepala desa hasil Pilkades serentak digelar pada 20 Desember "
     "2024 di Pendopo Rumah Dinas Bupati.",
     "2024-12-02",
     {"inauguration": []}),
    ("scheduled: a plan",
     "KLATEN – Pelantikan 40 pejabat administrator di lingkungan Pemkab Klaten dijadwalkan berlangsung Kamis "
     "(16/5/2024) di Pendopo.",
     "2024-05-13",
     {"inauguration": []}),
    ("officials referred back to: no event",
     "DEMAK – Bupati Demak meminta pejabat yang baru dilantik pekan lalu segera menyesuaikan diri dengan "
     "tugasnya.",
     "2024-03-11",
     {"inauguration": []}),
    # ---------------------------------------------------------------- signings
    ("MoU with teken",
     "BANTUL – Bupati Bantul Abdul Halim Muslih meneken nota kesepahaman dengan Rektor Universitas Gadjah "
     "Mada tentang pengembangan desa wisata, Selasa (12/3/2024).",
     "2024-03-12",
     {"agreement_signing": [{"region": "Kabupaten Bantul", "kind": "mou", "date": "2024-03-12"}]}),
    ("PKS between two parties",
     "MADIUN – Penandatanganan perjanjian kerja sama antara Pemerintah Kota Madiun dan BPJS Kesehatan Cabang "
     "Madiun digelar di Balai Kota, Kamis (1/2/2024).",
     "2024-02-01",
     {"agreement_signing": [{"region": "Kota Madiun", "kind": "pks", "date": "2024-02-01"}]}),
    ("pact and performance agreement together",
     "PURWOREJO – Seluruh kepala perangkat daerah Kabupaten Purworejo menandatangani pakta integritas dan "
     "perjanjian kinerja tahun 2024 di hadapan Bupati, Senin (29/1/2024).",
     "2024-01-29",
     {"agreement_signing": [{"region": "Kabupaten Purworejo", "kind": "pakta_integritas"},
                            {"region": "Kabupaten Purworejo", "kind": "perjanjian_kinerja", "year": 2024}]}),
    ("cooperation confirmed by signing",
     "SUMENEP – Kerja sama Pemkab Sumenep dan Universitas Trunojoyo di bidang pendidikan dikukuhkan dengan "
     "penandatanganan nota kesepakatan di Pendopo Agung, Rabu (6/3/2024).",
     "2024-03-06",
     {"agreement_signing": [{"region": "Kabupaten Sumenep", "kind": "mou"}]}),
    ("grant agreement for the election",
     "KLATEN – Bupati Klaten Sri Mulyani dan Ketua KPU Klaten menandatangani Naskah Perjanjian Hibah Daerah "
     "(NPHD) untuk Pilkada 2024 di Pendopo, Jumat (10/11/2023).",
     "2023-11-10",
     {"agreement_signing": [{"region": "Kabupaten Klaten", "kind": "nphd", "year": 2024}]}),
    ("signing in a passive clause",
     "CILACAP – Perjanjian kinerja tahun 2025 ditandatangani oleh para kepala OPD Kabupaten Cilacap di "
     "Pendopo Wijayakusuma, Jumat (14/2/2025).",
     "2025-02-14",
     {"agreement_signing": [{"region": "Kabupaten Cilacap", "kind": "perjanjian_kinerja", "year": 2025}]}),
    ("a planned signing: no event",
     "KEBUMEN – Pemkab Kebumen dan Kejaksaan Negeri Kebumen akan menandatangani nota kesepahaman pekan depan.",
     "2024-03-04",
     {}),
    # ---------------------------------------------------------------- people
    ("honorifics in capitals and degrees",
     "PANGKEP – Bupati Pangkep DR.H. MUHAMMAD YUSRAN LALOGAU, M.Si. melantik 20 pejabat di Baruga Sangiaseri, "
     "Senin (13/5/2024).",
     "2024-05-13",
     {"inauguration": [{"region": "Kabupaten Pangkajene dan Kepulauan", "count": 20}],
      "people": ["Muhammad Yusran Lalogau"]}),
    ("glued honorifics and degrees",
     "SUMBAWA – Wakil Bupati Sumbawa Hj.Dewi Noviany, S.Pd., M.Pd. melantik 10 kepala desa di Aula Kantor "
     "Bupati, Rabu (3/7/2024).",
     "2024-07-03",
     {"inauguration": [{"region": "Kabupaten Sumbawa", "count": 10}], "people": ["Dewi Noviany"]}),
    ("camat with place and name",
     "TANGERANG – Camat Sepatan H. Abudin melantik 12 anggota BPD di Aula Kantor Kecamatan, Senin (5/2/2024). "
     "Hadir pula Kepala Desa Sarakan Muhammad Ramli.",
     "2024-02-05",
     {"inauguration": [{"count": 12, "by": "Abudin"}], "people": ["Abudin", "Muhammad Ramli"],
      "not_people": ["Sepatan", "Sarakan Muhammad Ramli"]}),
    ("trailing initials kept",
     "BANJARBARU – Wali Kota Banjarbaru Aditya Mufti Ariffin melantik Kaspul BJ sebagai Sekretaris Daerah "
     "di Aula Gawi Sabarataan, Senin (1/7/2024).",
     "2024-07-01",
     {"inauguration": [{"region": "Kota Banjarbaru", "count": 1}], "people": ["Aditya Mufti Ariffin", "Kaspul BJ"]}),
    ("officials named in a list after the role",
     "WONOGIRI – Bupati Wonogiri Joko Sutopo melantik tiga pejabat pimpinan tinggi pratama di Pendopo "
     "Rumah Dinas Bupati, Kamis (4/4/2024). Ketiganya yakni Kepala Dinas Pendidikan Sriyanto, Kepala Dinas "
     "Kesehatan Setyarini dan Kepala Bappeda Wahyu Widayat.",
     "2024-04-04",
     {"inauguration": [{"region": "Kabupaten Wonogiri", "count": 3, "by": "Joko Sutopo"}],
      "people": ["Joko Sutopo", "Sriyanto", "Setyarini", "Wahyu Widayat"]}),
    ("a common word after a role is no person",
     "BOYOLALI – Bupati Boyolali Muhammad Said Hidayat menyaksikan penandatanganan perjanjian kinerja kepala "
     "OPD, Selasa (9/1/2024). Kepala Bappeda Setempat meminta target dipantau.",
     "2024-01-09",
     {"agreement_signing": [{"region": "Kabupaten Boyolali", "kind": "perjanjian_kinerja"}],
      "people": ["Muhammad Said Hidayat"], "not_people": ["Setempat"]}),
]

PROBES += [
    # ---------------------------------------------------------------- verbs and shapes of the act
    ("heads installed by the president with many others",
     "SLEMAN – Bupati dan Wakil Bupati Sleman Harda Kiswaya dan Danang Maharsa resmi dilantik Presiden Prabowo "
     "Subianto bersama 961 kepala daerah lainnya di Istana Kepresidenan Jakarta, Kamis (20/2/2025).",
     "2025-02-20",
     {"inauguration": [{"region": "Kabupaten Sleman", "count": 2, "date": "2025-02-20"}],
      "people": ["Harda Kiswaya", "Danang Maharsa"]}),
    ("oath of DPRD members with sumpah/janji",
     "WONOSARI – Pengucapan sumpah/janji 45 anggota DPRD Kabupaten Gunungkidul periode 2024-2029 berlangsung "
     "dalam rapat paripurna, Senin (26/8/2024).",
     "2024-08-26",
     {"inauguration": [{"region": "Kabupaten Gunungkidul", "count": 45, "date": "2024-08-26"}]}),
    ("civil servants sworn in: PPPK",
     "TEMANGGUNG – Sebanyak 612 PPPK formasi guru di Kabupaten Temanggung dilantik dan diambil sumpah janjinya "
     "oleh Bupati Temanggung M Al Khadziq di Gedung Pemuda, Selasa (5/3/2024).",
     "2024-03-05",
     {"inauguration": [{"region": "Kabupaten Temanggung", "count": 612, "by": "M Al Khadziq"}]}),
    ("acting head installed by the home minister",
     "JAKARTA – Menteri Dalam Negeri Tito Karnavian melantik Pj Gubernur Sulawesi Barat Bahtiar Baharuddin di "
     "Kantor Kemendagri, Senin (15/5/2023).",
     "2023-05-15",
     {"inauguration": [{"region": "Provinsi Sulawesi Barat", "count": 1, "by": "Tito Karnavian"}]}),
    ("installed in the headline, acted in the body by pronoun",
     "PEKALONGAN – Wali Kota Pekalongan Achmad Afzan Arslan Djunaid mengambil sumpah jabatan dan melantik "
     "sembilan pejabat pimpinan tinggi pratama di Ruang Jetayu, Jumat (12/1/2024).",
     "2024-01-12",
     {"inauguration": [{"region": "Kota Pekalongan", "count": 9, "by": "Achmad Afzan Arslan Djunaid"}]}),
    ("village heads installed by a camat on the regent's behalf",
     "KARANGANYAR – Camat Tawangmangu atas nama Bupati Karanganyar melantik 10 kepala desa di Pendopo "
     "Kecamatan, Senin (8/7/2024).",
     "2024-07-08",
     {"inauguration": [{"region": "Kabupaten Karanganyar", "count": 10}]}),
    ("pengukuhan of Bunda PAUD",
     "BLORA – Bupati Blora Arief Rohman mengukuhkan Ketua TP PKK Blora Ainia Shalichah sebagai Bunda PAUD "
     "Kabupaten Blora di Pendopo Rumah Dinas Bupati, Rabu (6/3/2024).",
     "2024-03-06",
     {"inauguration": [{"region": "Kabupaten Blora", "count": 1, "by": "Arief Rohman"}],
      "people": ["Arief Rohman", "Ainia Shalichah"]}),
    ("time expressions: kemarin",
     "KUDUS – Bupati Kudus Hartopo melantik 62 pejabat pengawas di Pendopo Kabupaten Kudus, kemarin.",
     "2024-02-14",
     {"inauguration": [{"region": "Kabupaten Kudus", "count": 62, "by": "Hartopo", "date": "2024-02-13"}]}),
    ("date with month name",
     "BANYUWANGI – Bupati Banyuwangi Ipuk Fiestiandani melantik 33 pejabat administrator pada Kamis, "
     "18 Januari 2024, di Pendopo Sabha Swagata Blambangan.",
     "2024-01-19",
     {"inauguration": [{"region": "Kabupaten Banyuwangi", "count": 33, "date": "2024-01-18"}]}),
    ("a short report: resmi dilantik, count of PNS heads",
     "Sebanyak 15 kepala puskesmas di Kabupaten Sragen resmi dilantik, Senin (3/6/2024). Pelantikan dipimpin "
     "Sekda Sragen Tatag Prabawanto di Ruang Sukowati.",
     "2024-06-03",
     {"inauguration": [{"region": "Kabupaten Sragen", "count": 15, "by": "Tatag Prabawanto"}]}),
    ("a rotation reported with mutation words and installation",
     "MAGELANG – Bupati Magelang Zaenal Arifin melantik dan mengambil sumpah 126 pejabat fungsional di "
     "lingkungan Pemkab Magelang, Rabu (24/1/2024).",
     "2024-01-24",
     {"inauguration": [{"region": "Kabupaten Magelang", "count": 126, "by": "Zaenal Arifin"}]}),
    ("acting heads, many provinces' regencies by minister: one per region",
     "JAKARTA – Mendagri Tito Karnavian melantik Pj Bupati Bekasi Dedy Supriyadi dan Pj Wali Kota Bekasi "
     "Gani Muhamad di Gedung Sasana Bhakti Praja, Senin (20/5/2024).",
     "2024-05-20",
     {"inauguration": [{"region": "Kabupaten Bekasi", "by": "Tito Karnavian"},
                       {"region": "Kota Bekasi", "by": "Tito Karnavian"}],
      "people": ["Tito Karnavian", "Dedy Supriyadi", "Gani Muhamad"]}),
    ("a meeting about an earlier installation: no event",
     "KARAWANG – Bupati Karawang mengumpulkan para camat yang dilantik bulan lalu untuk membahas penanganan "
     "banjir, Selasa (5/3/2024).",
     "2024-03-05",
     {"inauguration": []}),
    ("a campus installation: no event",
     "MALANG – Rektor Universitas Brawijaya melantik 12 dekan fakultas di Gedung Widyaloka, Senin (5/2/2024).",
     "2024-02-05",
     {"inauguration": []}),
    ("postponed installation: no event",
     "PATI – Pelantikan 40 kepala desa terpilih di Kabupaten Pati ditunda hingga waktu yang belum ditentukan.",
     "2024-05-02",
     {"inauguration": []}),
    # ---------------------------------------------------------------- signings, more shapes
    ("PKS teken between regent and bank",
     "TRENGGALEK – Pemkab Trenggalek teken perjanjian kerja sama dengan Bank Jatim terkait pembayaran pajak "
     "daerah secara nontunai, Kamis (7/3/2024).",
     "2024-03-07",
     {"agreement_signing": [{"region": "Kabupaten Trenggalek", "kind": "pks", "date": "2024-03-07"}]}),
    ("MoU in English words",
     "BATAM – Pemerintah Kota Batam dan Universitas Internasional Batam menandatangani Memorandum of "
     "Understanding (MoU) tentang pengembangan SDM di Gedung Wali Kota, Selasa (9/1/2024).",
     "2024-01-09",
     {"agreement_signing": [{"region": "Kota Batam", "kind": "mou", "date": "2024-01-09"}]}),
    ("performance agreement of camat",
     "GROBOGAN – Sebanyak 19 camat se-Kabupaten Grobogan menandatangani perjanjian kinerja tahun 2024 di "
     "Pendopo Kabupaten, Rabu (31/1/2024).",
     "2024-01-31",
     {"agreement_signing": [{"region": "Kabupaten Grobogan", "kind": "perjanjian_kinerja", "year": 2024}]}),
    ("signing noun sentence with the date after",
     "Penandatanganan nota kesepahaman antara Pemkab Jombang dengan Kejaksaan Negeri Jombang tentang "
     "penanganan masalah hukum perdata dilaksanakan pada Senin (4/3/2024) di Ruang Bung Tomo.",
     "2024-03-04",
     {"agreement_signing": [{"region": "Kabupaten Jombang", "kind": "mou", "date": "2024-03-04"}]}),
]

PROBES += [
    ("governor installs elected heads of several regencies, listed after the verb",
     "PADANG – Gubernur Sumatera Barat Mahyeldi Ansharullah melantik Bupati Solok, Bupati Pesisir Selatan dan "
     "Wali Kota Bukittinggi hasil Pilkada serentak di Auditorium Gubernuran, Jumat (26/2/2021).",
     "2021-02-26",
     {"inauguration": [{"region": r, "by": "Mahyeldi Ansharullah"} for r in (
         "Kabupaten Solok", "Kabupaten Pesisir Selatan", "Kota Bukittinggi")]}),
    ("pairs of heads for regions listed in the next sentence",
     "SEMARANG – Gubernur Jawa Tengah Ganjar Pranowo melantik tiga pasang bupati dan wakil bupati hasil "
     "Pilkada 2020 di Gedung Gradhika Bhakti Praja, Jumat (26/2/2021). Ketiga daerah itu adalah Kabupaten "
     "Kendal, Kabupaten Demak, dan Kabupaten Grobogan.",
     "2021-02-26",
     {"inauguration": [{"region": r, "count": 2} for r in (
         "Kabupaten Kendal", "Kabupaten Demak", "Kabupaten Grobogan")]}),
    ("heads and deputies of regions, each a pair",
     "MAKASSAR – Gubernur Sulawesi Selatan melantik Bupati dan Wakil Bupati Maros serta Bupati dan Wakil Bupati "
     "Barru di Baruga Lounge, Jumat (26/2/2021).",
     "2021-02-26",
     {"inauguration": [{"region": "Kabupaten Maros", "count": 2}, {"region": "Kabupaten Barru", "count": 2}]}),
    ("acting heads list with semicolons, role first",
     "MAKASSAR – Pj Gubernur Sulawesi Selatan Bahtiar Baharuddin melantik tiga penjabat bupati, Senin "
     "(22/7/2024). Mereka yakni Pj Bupati Sinjai, Andi Jefrianto Asapa; Pj Bupati Bantaeng, Andi Abubakar; "
     "dan Pj Bupati Jeneponto, Junaedi Bakri.",
     "2024-07-22",
     {"inauguration": [{"region": r, "count": 1} for r in (
         "Kabupaten Sinjai", "Kabupaten Bantaeng", "Kabupaten Jeneponto")],
      "people": ["Bahtiar Baharuddin", "Andi Jefrianto Asapa", "Andi Abubakar", "Junaedi Bakri"]}),
    ("acting heads, headline says it, body lists regions with numbers",
     "MEDAN – Pj Gubernur Sumatera Utara Hassanudin melantik empat penjabat bupati dan wali kota di Aula Raja "
     "Inal Siregar, Senin (30/9/2024).\n"
     "1. Pj Bupati Langkat: Faisal Hasrimy\n"
     "2. Pj Bupati Batu Bara: Heri Wahyudi Marpaung\n"
     "3. Pj Wali Kota Tebing Tinggi: Moettaqien Hasrimi\n"
     "4. Pj Wali Kota Padangsidimpuan: Timur Tumanggor",
     "2024-09-30",
     {"inauguration": [{"region": r} for r in (
         "Kabupaten Langkat", "Kabupaten Batu Bara", "Kota Tebing Tinggi", "Kota Padangsidimpuan")]}),
    ("acting head replaced in one regency by governor, juga dilantik sekda",
     "SAMARINDA – Gubernur Kalimantan Timur Isran Noor melantik Pj Bupati Penajam Paser Utara Hamdam di "
     "Pendopo Odah Etam, Kamis (12/5/2022). Dalam kesempatan yang sama juga dilantik Sekda Kalimantan Timur.",
     "2022-05-12",
     {"inauguration": [{"region": "Kabupaten Penajam Paser Utara", "by": "Isran Noor"}]}),
    ("installed after the verb: lantik in headline style body",
     "Pj Bupati Cilacap Awaluddin Muuri lantik 41 kepala desa terpilih di Pendopo Wijayakusuma Cakti, Senin "
     "(16/12/2024).",
     "2024-12-16",
     {"inauguration": [{"region": "Kabupaten Cilacap", "count": 41, "by": "Awaluddin Muuri"}]}),
]

PROBES += [
    ("a guest list with club words does not veto the ceremony",
     "REMBANG – Bupati Rembang Abdul Hafidz melantik 25 pejabat administrator di Pendopo Museum Kartini, "
     "Senin (15/1/2024). Pelantikan disaksikan Ketua DPRD, pengurus KNPI dan sejumlah tokoh pemuda.",
     "2024-01-15",
     {"inauguration": [{"region": "Kabupaten Rembang", "count": 25, "by": "Abdul Hafidz"}]}),
    ("installed come from a campus: still the government's",
     "SUKOHARJO – Bupati Sukoharjo Etik Suryani melantik 20 kepala sekolah dasar, Rabu (10/1/2024). Mereka "
     "sebelumnya mengikuti seleksi yang melibatkan akademisi universitas.",
     "2024-01-10",
     {"inauguration": [{"region": "Kabupaten Sukoharjo", "count": 20}]}),
    ("written apart: di lantik",
     "PONOROGO – Sebanyak 30 pejabat pengawas di lingkungan Pemkab Ponorogo di lantik Bupati Ponorogo "
     "Sugiri Sancoko, Jumat (19/1/2024).",
     "2024-01-19",
     {"inauguration": [{"region": "Kabupaten Ponorogo", "count": 30, "by": "Sugiri Sancoko"}]}),
    ("typo: pelantikkan",
     "NGAWI – Pelantikkan 18 kepala desa terpilih digelar di Pendopo Wedya Graha, Kamis (11/1/2024). "
     "Bupati Ngawi Ony Anwar Harsono memimpin langsung prosesi tersebut.",
     "2024-01-11",
     {"inauguration": [{"region": "Kabupaten Ngawi", "count": 18}]}),
    ("noun phrase: pelantikan ... oleh",
     "Pelantikan 12 pejabat eselon III di lingkungan Pemkot Kediri dilakukan oleh Wali Kota Kediri Abdullah "
     "Abu Bakar di Balai Kota, Selasa (9/1/2024).",
     "2024-01-09",
     {"inauguration": [{"region": "Kota Kediri", "count": 12, "by": "Abdullah Abu Bakar"}]}),
    ("installation and sertijab",
     "PURBALINGGA – Pj Bupati Purbalingga Zaini Makarim Assegaf melantik Herni Sulasti sebagai Sekretaris "
     "Daerah Purbalingga, dilanjutkan serah terima jabatan, Senin (22/4/2024).",
     "2024-04-22",
     {"inauguration": [{"region": "Kabupaten Purbalingga", "count": 1, "by": "Zaini Makarim Assegaf"}],
      "people": ["Zaini Makarim Assegaf", "Herni Sulasti"]}),
    ("a planned date next week in a quote after the act: still the act",
     "KEBUMEN – Bupati Kebumen Arif Sugiyanto melantik 40 kepala desa, Selasa (2/7/2024). \u201cPelantikan "
     "kepala desa tahap kedua akan digelar pekan depan,\u201d katanya.",
     "2024-07-02",
     {"inauguration": [{"region": "Kabupaten Kebumen", "count": 40, "date": "2024-07-02"}]}),
]

PROBES += [
    ("a delay word in a relative clause about the same act",
     "SUMENEP – Bupati Sumenep Achmad Fauzi akhirnya melantik 30 kepala desa yang pelantikannya sempat ditunda, "
     "Selasa (14/5/2024).",
     "2024-05-14",
     {"inauguration": [{"region": "Kabupaten Sumenep", "count": 30}]}),
    ("waiting word about the officials' work",
     "BLORA – Bupati Blora Arief Rohman melantik 20 pejabat dan meminta mereka tidak menunggu perintah untuk "
     "bekerja, Senin (6/5/2024).",
     "2024-05-06",
     {"inauguration": [{"region": "Kabupaten Blora", "count": 20}]}),
    ("scheduled day passed: held",
     "Pelantikan yang semula dijadwalkan Senin akhirnya digelar Selasa (7/5/2024) di Pendopo Kabupaten Pati. "
     "Bupati Pati Haryanto melantik 15 pejabat pengawas.",
     "2024-05-07",
     {"inauguration": [{"region": "Kabupaten Pati", "count": 15, "date": "2024-05-07"}]}),
    ("the past week: held, date from the text",
     "WONOGIRI – Sebanyak 251 kepala desa di Kabupaten Wonogiri dilantik pada Rabu (3/7/2024) lalu. Pelantikan "
     "dipimpin Bupati Wonogiri Joko Sutopo di Alun-alun Giri Krida Bakti.",
     "2024-07-08",
     {"inauguration": [{"region": "Kabupaten Wonogiri", "count": 251, "by": "Joko Sutopo", "date": "2024-07-03"}]}),
    ("a cancelled plan in an earlier year, today's act",
     "JEPARA – Setelah batal digelar tahun lalu, pelantikan 24 anggota BPD di Kecamatan Mlonggo akhirnya "
     "dilaksanakan, Kamis (6/6/2024). Camat Mlonggo atas nama Pj Bupati Jepara melantik mereka.",
     "2024-06-06",
     {"inauguration": [{"region": "Kabupaten Jepara", "count": 24}]}),
    ("installed in a passive sentence with Pj Bupati as agent",
     "Sebanyak 17 pejabat pimpinan tinggi pratama Pemkab Bekasi dilantik Pj Bupati Bekasi Dedy Supriyadi di "
     "Gedung Swatantra Wibawa Mukti, Jumat (14/6/2024).",
     "2024-06-14",
     {"inauguration": [{"region": "Kabupaten Bekasi", "count": 17, "by": "Dedy Supriyadi"}]}),
    ("oath of the regional secretary by the governor for a regency",
     "BANDUNG – Bupati Bandung Dadang Supriatna melantik Cakra Amiyana sebagai Sekretaris Daerah Kabupaten "
     "Bandung di Rumah Jabatan Bupati, Jumat (5/1/2024).",
     "2024-01-05",
     {"inauguration": [{"region": "Kabupaten Bandung", "count": 1, "by": "Dadang Supriatna"}]}),
    ("village officials by the title wali nagari",
     "PARIAMAN – Bupati Padang Pariaman Suhatri Bur melantik 12 wali nagari terpilih di Aula Kantor Bupati, "
     "Senin (8/1/2024).",
     "2024-01-08",
     {"inauguration": [{"region": "Kabupaten Padang Pariaman", "count": 12}]}),
    ("acting village heads: Pj kepala desa is not a regency head",
     "KUDUS – Pj Bupati Kudus Muhamad Hasan Chabibie melantik lima Pj kepala desa di Pendopo Kabupaten Kudus, "
     "Rabu (10/7/2024).",
     "2024-07-10",
     {"inauguration": [{"region": "Kabupaten Kudus", "count": 5, "by": "Muhamad Hasan Chabibie"}]}),
    ("the heads of a province: governor and deputy by the president",
     "JAKARTA – Gubernur dan Wakil Gubernur Jawa Barat Dedi Mulyadi dan Erwan Setiawan dilantik Presiden di "
     "Istana Negara, Kamis (20/2/2025).",
     "2025-02-20",
     {"inauguration": [{"region": "Provinsi Jawa Barat", "count": 2}],
      "people": ["Dedi Mulyadi", "Erwan Setiawan"]}),
    ("signing: agreement by several regents in a province",
     "SEMARANG – Sebanyak 35 bupati dan wali kota se-Jawa Tengah menandatangani nota kesepakatan bersama "
     "Pemprov Jawa Tengah tentang penanganan stunting di Gradhika Bhakti Praja, Selasa (6/2/2024).",
     "2024-02-06",
     {"agreement_signing": [{"region": "Provinsi Jawa Tengah", "kind": "mou"}]}),
    ("signing: integrity pact by new officials after installation",
     "WONOSOBO – Usai dilantik, 40 pejabat administrator Pemkab Wonosobo menandatangani pakta integritas di "
     "Pendopo Bupati, Senin (8/1/2024).",
     "2024-01-08",
     {"agreement_signing": [{"region": "Kabupaten Wonosobo", "kind": "pakta_integritas"}],
      "inauguration": [{"region": "Kabupaten Wonosobo", "count": 40}]}),
]

PROBES += [
    ("names right before their titles in a list",
     "BANDAR LAMPUNG – Gubernur Lampung Arinal Djunaidi melantik tiga penjabat bupati, Senin (22/5/2023). Mereka "
     "yakni Marindo Kurniawan Penjabat Bupati Tulang Bawang Barat, Sulpakar Penjabat Bupati Mesuji dan "
     "Qudrotul Ikhwan Penjabat Bupati Tulang Bawang.",
     "2023-05-22",
     {"inauguration": [{"region": r} for r in ("Kabupaten Tulang Bawang Barat", "Kabupaten Mesuji",
                                                "Kabupaten Tulang Bawang")],
      "people": ["Arinal Djunaidi", "Marindo Kurniawan", "Sulpakar", "Qudrotul Ikhwan"]}),
    ("a title's unknown place before a comma and the name",
     "GORONTALO – Pemkab Gorontalo dan Kejaksaan Negeri Limboto menandatangani nota kesepahaman bidang perdata, "
     "Selasa (5/3/2024). \u201cKami siap mendampingi,\u201d kata Kajari Limboto, Supriyanto, di Kantor Bupati.",
     "2024-03-05",
     {"agreement_signing": [{"region": "Kabupaten Gorontalo", "kind": "mou"}],
      "people": ["Supriyanto"], "not_people": ["Limboto"]}),
    ("village kings listed name first",
     "MASOHI – Bupati Maluku Tengah Abua Tuasikal melantik tiga raja negeri, Rabu (8/3/2023). Mereka adalah "
     "Yohanes Latuheru Raja Negeri Haruru, Kecamatan Amahai, Dominggus Pattiasina Raja Tamilouw, Kecamatan "
     "Amahai, dan Abdul Gani Raja Sepa, Kecamatan Amahai.",
     "2023-03-08",
     {"inauguration": [{"region": "Kabupaten Maluku Tengah", "count": 3}],
      "people": ["Abua Tuasikal", "Yohanes Latuheru", "Dominggus Pattiasina", "Abdul Gani"],
      "not_people": ["Tamilouw", "Sepa"]}),
    ("one office opening a passive sentence",
     "PALOPO – Ketua Forum Kota Sehat, Dr. Hj. Nurlina Wahid, M.Si., dikukuhkan oleh Wali Kota Palopo di "
     "Ruang Pola, Kamis (7/3/2024).",
     "2024-03-07",
     {"inauguration": [{"region": "Kota Palopo", "count": 1}], "people": ["Nurlina Wahid"]}),
]

PROBES += [
    ("minister installs acting governor: the province",
     "MAKASSAR – Menteri Dalam Negeri Tito Karnavian melantik Bahtiar Baharuddin sebagai Penjabat "
     "Gubernur Sulawesi Selatan di Gedung Sasana Bhakti Praja Kemendagri, Selasa (5/9/2023).",
     "2023-09-05",
     {"inauguration": [{"region": "Provinsi Sulawesi Selatan", "count": 1, "by": "Tito Karnavian"}],
      "people": ["Tito Karnavian", "Bahtiar Baharuddin"]}),
    ("PKK chair installed after the acting head: two acts",
     "BIMA – Pj Gubernur NTB Lalu Gita Ariadi melantik Pj Bupati Bima Muhammad Irfan di Mataram, Senin "
     "(3/6/2024). Usai pelantikan itu, Ketua TP PKK NTB mengukuhkan Pj Ketua TP PKK Kabupaten Bima.",
     "2024-06-03",
     {"inauguration": [{"region": "Kabupaten Bima", "count": 1, "by": "Lalu Gita Ariadi"},
      {"region": "Kabupaten Bima"}]}),
    ("acting heads with masing-masing",
     "JAMBI – Gubernur Jambi Al Haris melantik dua penjabat bupati, masing-masing Raden Najmi sebagai Pj "
     "Bupati Muaro Jambi dan Bachyuni Deliansyah sebagai Pj Bupati Sarolangun, Jumat (22/12/2023).",
     "2023-12-22",
     {"inauguration": [{"region": "Kabupaten Muaro Jambi", "count": 1, "by": "Al Haris"},
      {"region": "Kabupaten Sarolangun", "count": 1, "by": "Al Haris"}], "people": ["Al Haris",
      "Raden Najmi", "Bachyuni Deliansyah"]}),
    ("elected pairs of two regencies named",
     "PONTIANAK – Gubernur Kalimantan Barat Sutarmidji melantik Satono dan Fahrur Rofi sebagai Bupati "
     "dan Wakil Bupati Sambas serta Sebastianus Darwis dan Syamsul Rizal sebagai Bupati dan Wakil Bupati "
     "Bengkayang di Pendopo Gubernur, Jumat (26/2/2021).",
     "2021-02-26",
     {"inauguration": [{"region": "Kabupaten Sambas", "count": 2}, {"region": "Kabupaten Bengkayang",
      "count": 2}], "people": ["Sutarmidji", "Satono", "Fahrur Rofi", "Sebastianus Darwis",
      "Syamsul Rizal"]}),
    ("count with thousand separator",
     "KLATEN – Sebanyak 1.024 PPPK formasi guru dan tenaga kesehatan dilantik Bupati Klaten Sri Mulyani "
     "di Stadion Trikoyo, Kamis (7/3/2024).",
     "2024-03-07",
     {"inauguration": [{"region": "Kabupaten Klaten", "count": 1024, "by": "Sri Mulyani"}]}),
    ("count with orang before position",
     "BLITAR – Bupati Blitar Rini Syarifah melantik 237 orang pejabat eselon III dan IV di Pendopo "
     "Ronggo Hadi Negoro, Rabu (3/1/2024).",
     "2024-01-03",
     {"inauguration": [{"region": "Kabupaten Blitar", "count": 237, "by": "Rini Syarifah"}]}),
    ("acting mayor and acting regent coordinated",
     "BANDUNG – Pj Gubernur Jawa Barat Bey Machmudin melantik Pj Wali Kota Cimahi Dicky Saromi dan Pj "
     "Bupati Subang Imran di Gedung Sate, Senin (17/6/2024).",
     "2024-06-17",
     {"inauguration": [{"region": "Kota Cimahi", "count": 1, "by": "Bey Machmudin"},
      {"region": "Kabupaten Subang", "count": 1, "by": "Bey Machmudin"}], "people": ["Bey Machmudin",
      "Dicky Saromi", "Imran"]}),
    ("secretary installed for the province by governor",
     "SEMARANG – Pj Gubernur Jawa Tengah Nana Sudjana melantik Sumarno sebagai Sekretaris Daerah "
     "Provinsi Jawa Tengah di Gradhika Bhakti Praja, Jumat (1/3/2024).",
     "2024-03-01",
     {"inauguration": [{"region": "Provinsi Jawa Tengah", "count": 1, "by": "Nana Sudjana"}],
      "people": ["Nana Sudjana", "Sumarno"]}),
    ("acting head by the governor: Pj Wali Kota named later with sebagai",
     "BANJARMASIN – Gubernur Kalimantan Selatan Sahbirin Noor melantik Ikhsan Budiman sebagai Penjabat "
     "Wali Kota Banjarmasin, Senin (23/12/2024).",
     "2024-12-23",
     {"inauguration": [{"region": "Kota Banjarmasin", "count": 1, "by": "Sahbirin Noor"}],
      "people": ["Sahbirin Noor", "Ikhsan Budiman"]}),
    ("deputy regent installs on behalf",
     "Wakil Bupati Jember Muhammad Balya Firjaun Barlaman melantik 28 pejabat fungsional di Aula PB "
     "Sudirman, Jumat (12/1/2024).",
     "2024-01-12",
     {"inauguration": [{"region": "Kabupaten Jember", "count": 28,
      "by": "Muhammad Balya Firjaun Barlaman"}]}),
    ("acting heads, ordinal list in following sentences",
     "MATARAM – Pj Gubernur NTB melantik dua penjabat bupati, Rabu (24/7/2024). Pertama, Ilham sebagai "
     "Pj Bupati Lombok Barat. Kedua, Farid sebagai Pj Bupati Lombok Timur.",
     "2024-07-24",
     {"inauguration": [{"region": "Kabupaten Lombok Barat"}, {"region": "Kabupaten Lombok Timur"}]}),
]

PROBES += [
    ("acting governor installed in the provincial capital",
     "KENDARI – Mendagri melantik Pj Gubernur Sultra Andap Budhi Revianto di Kendari, Senin (4/9/2023). "
     "Pelantikan disaksikan para bupati dan wali kota se-Sultra.",
     "2023-09-04",
     {"inauguration": [{"region": "Provinsi Sulawesi Tenggara", "count": 1}]}),
    ("name then comma then acting title, list of three",
     "PEKANBARU – Pj Gubernur Riau Rahman Hadi melantik tiga penjabat kepala daerah, Rabu (22/5/2024). "
     "Mereka adalah Muflihun, Pj Wali Kota Pekanbaru; Hambali, Pj Bupati Kampar; dan Asmar, Pj Bupati "
     "Kepulauan Meranti.",
     "2024-05-22",
     {"inauguration": [{"region": "Kota Pekanbaru"}, {"region": "Kabupaten Kampar"},
      {"region": "Kabupaten Kepulauan Meranti"}], "people": ["Rahman Hadi", "Muflihun", "Hambali",
      "Asmar"]}),
    ("DPRD speaker sworn in by court head",
     "KUNINGAN – Ketua Pengadilan Negeri Kuningan mengambil sumpah jabatan Ketua DPRD Kabupaten Kuningan "
     "Nuzul Rachdy dalam rapat paripurna, Selasa (1/10/2024).",
     "2024-10-01",
     {"inauguration": [{"region": "Kabupaten Kuningan", "count": 1}], "people": ["Nuzul Rachdy"]}),
    ("DPRD leaders: speaker and deputies",
     "SRAGEN – Pimpinan DPRD Kabupaten Sragen masa jabatan 2024-2029 resmi dilantik, Senin (7/10/2024). "
     "Mereka terdiri atas satu ketua dan tiga wakil ketua.",
     "2024-10-07",
     {"inauguration": [{"region": "Kabupaten Sragen", "count": 4}]}),
    ("name, comma, role after",
     "DHARMASRAYA – Annisa Suci Ramadhani, Bupati Dharmasraya, melantik 12 wali nagari di Gedung "
     "Nasional, Kamis (4/1/2024).",
     "2024-01-04",
     {"inauguration": [{"region": "Kabupaten Dharmasraya", "count": 12,
      "by": "Annisa Suci Ramadhani"}]}),
]

PROBES += [
    ("installed referred to with yang but dated: the ceremony",
     "KUDUS – Sebanyak 45 pejabat eselon III dan IV yang dilantik Bupati Kudus Hartopo di Pendopo "
     "Kabupaten, Senin (8/1/2024), diminta langsung bekerja.",
     "2024-01-08",
     {"inauguration": [{"region": "Kabupaten Kudus", "count": 45, "by": "Hartopo"}]}),
    ("installation in preparation for the election is no plan",
     "PATI – Pj Bupati Pati Henggar Budi Anggoro melantik 12 pejabat administrator dalam rangka "
     "persiapan Pilkada 2024 di Pendopo Kabupaten, Jumat (12/7/2024).",
     "2024-07-12",
     {"inauguration": [{"region": "Kabupaten Pati", "count": 12}]}),
    ("vacancies not yet filled: still installed",
     "BREBES – Bupati Brebes Idza Priyanti melantik 16 pejabat untuk mengisi jabatan yang belum terisi, "
     "Rabu (10/1/2024), di Pendopo.",
     "2024-01-10",
     {"inauguration": [{"region": "Kabupaten Brebes", "count": 16}]}),
    ("mengangkat sumpah",
     "SIAK – Sebanyak 40 anggota DPRD Kabupaten Siak periode 2024-2029 mengangkat sumpah dalam rapat "
     "paripurna istimewa, Senin (2/9/2024).",
     "2024-09-02",
     {"inauguration": [{"region": "Kabupaten Siak", "count": 40}]}),
    ("headline verb ambil sumpah in body",
     "MAGELANG – Bupati Magelang Zaenal Arifin ambil sumpah 812 PPPK di Lapangan Drh Soepardi, Selasa "
     "(5/3/2024).",
     "2024-03-05",
     {"inauguration": [{"region": "Kabupaten Magelang", "count": 812}]}),
    ("sworn in and the governor awaits the decree: still held",
     "MAMUJU – Pj Gubernur Sulawesi Barat melantik Pj Bupati Mamasa di Kantor Gubernur, Senin "
     "(22/5/2023). Pj Bupati diminta tidak menunggu lama untuk menata birokrasi.",
     "2023-05-22",
     {"inauguration": [{"region": "Kabupaten Mamasa", "count": 1}]}),
    ("acting head named with Penjabat (Pj) abbreviation in parentheses",
     "SERANG – Penjabat (Pj) Gubernur Banten Al Muktabar melantik Penjabat (Pj) Bupati Lebak Gunawan "
     "Rusminto di Pendopo Gubernur, Selasa (16/5/2023).",
     "2023-05-16",
     {"inauguration": [{"region": "Kabupaten Lebak", "count": 1, "by": "Al Muktabar"}],
      "people": ["Al Muktabar", "Gunawan Rusminto"]}),
    ("the day in the next sentence",
     "Bupati Sragen Kusdinar Untung Yuni Sukowati melantik 20 pejabat pengawas di Ruang Sukowati. "
     "Pelantikan berlangsung Senin (15/1/2024) pagi.",
     "2024-01-16",
     {"inauguration": [{"region": "Kabupaten Sragen", "count": 20, "date": "2024-01-15"}]}),
    ("village heads: sebagai kepala desa list by village",
     "BOJONEGORO – Pj Bupati Bojonegoro Adriyanto melantik tiga kepala desa hasil pemilihan antarwaktu, "
     "Kamis (4/7/2024). Mereka yakni Suwarno sebagai Kepala Desa Sukorejo, Lasmini sebagai Kepala Desa "
     "Ngasem dan Kuswanto sebagai Kepala Desa Dander.",
     "2024-07-04",
     {"inauguration": [{"region": "Kabupaten Bojonegoro", "count": 3, "by": "Adriyanto"}],
      "people": ["Adriyanto", "Suwarno", "Lasmini", "Kuswanto"]}),
    ("regency council installs: Sekda on behalf of the regent",
     "WONOSOBO – Atas nama Bupati, Sekda Wonosobo One Andang Wardoyo melantik 25 pejabat fungsional di "
     "Ruang Mangunkusumo, Kamis (11/1/2024).",
     "2024-01-11",
     {"inauguration": [{"region": "Kabupaten Wonosobo", "count": 25}]}),
    ("the reporter's own day: kemarin",
     "TEGAL – Wali Kota Tegal Dedy Yon Supriyono melantik 33 pejabat administrator dan pengawas kemarin "
     "di Ruang Adipura Balai Kota.",
     "2024-01-09",
     {"inauguration": [{"region": "Kota Tegal", "count": 33, "date": "2024-01-08"}]}),
    ("BPD members confirmed by the camat",
     "Camat Kaliwungu Agus Santoso mengukuhkan sembilan anggota BPD Desa Protomulyo, Kabupaten Kendal, "
     "di Balai Desa, Rabu (17/1/2024).",
     "2024-01-17",
     {"inauguration": [{"region": "Kabupaten Kendal", "count": 9, "by": "Agus Santoso"}]}),
]

PROBES += [
    ("fakta integritas misspelled",
     "BOYOLALI – Sebanyak 40 pejabat yang baru dilantik menandatangani fakta integritas di hadapan "
     "Bupati Boyolali M Said Hidayat di Pendopo Gedung Arga, Senin (8/1/2024).",
     "2024-01-08",
     {"agreement_signing": [{"region": "Kabupaten Boyolali", "kind": "pakta_integritas"}]}),
    ("penetapan kinerja: the older name",
     "MAGETAN – Para kepala OPD Pemkab Magetan menandatangani penetapan kinerja tahun 2024 di Pendopo "
     "Surya Graha, Rabu (31/1/2024).",
     "2024-01-31",
     {"agreement_signing": [{"region": "Kabupaten Magetan", "kind": "perjanjian_kinerja",
      "year": 2024}]}),
    ("MoU signed between a regency and a prosecutor: teken in headline style body",
     "Pemkot Probolinggo dan Kejaksaan Negeri Kota Probolinggo teken MoU bidang perdata dan tata usaha "
     "negara di Ruang Sabha Bina Praja, Kamis (18/1/2024).",
     "2024-01-18",
     {"agreement_signing": [{"region": "Kota Probolinggo", "kind": "mou", "date": "2024-01-18"}]}),
    ("performance agreement signed by the regent with the governor",
     "SEMARANG – Bupati Kendal Dico M Ganinduto menandatangani perjanjian kinerja tahun 2024 bersama "
     "Gubernur Jawa Tengah di Gedung Gradhika Bhakti Praja, Senin (26/2/2024).",
     "2024-02-26",
     {"agreement_signing": [{"region": "Kabupaten Kendal", "kind": "perjanjian_kinerja",
      "year": 2024}]}),
]

PROBES += [
    ("oath with slash: sumpah/janji",
     "SLEMAN – Bupati Sleman Kustini Sri Purnomo memimpin pengambilan sumpah/janji jabatan 25 pejabat "
     "fungsional di Ruang Rapat Sekda, Jumat (12/1/2024).",
     "2024-01-12",
     {"inauguration": [{"region": "Kabupaten Sleman", "count": 25}]}),
    ("first line is a headline in title case, then the body",
     "Bupati Rembang Lantik 30 Pejabat Administrator\nREMBANG – Sebanyak 30 pejabat administrator di "
     "lingkungan Pemkab Rembang dilantik di Pendopo Museum Kartini, Senin (8/1/2024). Bupati Rembang "
     "Abdul Hafidz berpesan agar mereka bekerja keras.",
     "2024-01-08",
     {"inauguration": [{"region": "Kabupaten Rembang", "count": 30}]}),
    ("installed virtually by the minister",
     "GORONTALO – Pj Gubernur Gorontalo Rudy Salahuddin dilantik secara virtual oleh Menteri Dalam "
     "Negeri Tito Karnavian, Senin (4/12/2023).",
     "2023-12-04",
     {"inauguration": [{"region": "Provinsi Gorontalo", "count": 1, "by": "Tito Karnavian"}]}),
    ("mass installation of camat and lurah with mutasi",
     "MAKASSAR – Wali Kota Makassar Moh Ramdhan Pomanto melantik 15 camat dan 153 lurah dalam mutasi "
     "besar-besaran di Balai Kota, Selasa (2/1/2024).",
     "2024-01-02",
     {"inauguration": [{"region": "Kota Makassar", "count": 168}]}),
    ("acting regent installed: Pj Bupati named before the verb with comma name",
     "SAMPANG – Pj Bupati Sampang, Rudi Arifiyanto, resmi dilantik oleh Gubernur Jawa Timur Khofifah "
     "Indar Parawansa di Gedung Negara Grahadi, Senin (18/9/2023).",
     "2023-09-18",
     {"inauguration": [{"region": "Kabupaten Sampang", "count": 1, "by": "Khofifah Indar Parawansa"}],
      "people": ["Rudi Arifiyanto", "Khofifah Indar Parawansa"]}),
    ("new DPRD members installed, with PAW",
     "Dua anggota DPRD Kota Bekasi pengganti antarwaktu dilantik dalam rapat paripurna, Rabu "
     "(10/1/2024).",
     "2024-01-10",
     {"inauguration": [{"region": "Kota Bekasi", "count": 2}]}),
]

PROBES += [
    ("two regents install on the same day: two ceremonies",
     "TEMANGGUNG – Bupati Temanggung M Al Khadziq melantik 25 pejabat administrator di Pendopo "
     "Pengayoman, Senin (8/1/2024). Di hari yang sama, Bupati Wonosobo Afif Nurhidayat melantik 40 "
     "kepala sekolah di Pendopo Wonosobo.",
     "2024-01-08",
     {"inauguration": [{"region": "Kabupaten Temanggung", "count": 25, "by": "M Al Khadziq"},
      {"region": "Kabupaten Wonosobo", "count": 40, "by": "Afif Nurhidayat"}]}),
    ("one regent, two groups in two sentences: one ceremony",
     "KENDAL – Bupati Kendal Dico M Ganinduto melantik 20 pejabat administrator di Pendopo, Jumat "
     "(5/1/2024). Bupati Kendal juga melantik 12 kepala puskesmas dalam acara yang sama.",
     "2024-01-05",
     {"inauguration": [{"region": "Kabupaten Kendal"}]}),
]

PROBES += [
    # ---------------------------------------------------------------- groups, offices of one, lists before the verb
    ("list of acting heads before the installation sentence",
     "PONTIANAK – Menteri Dalam Negeri menetapkan Harisson sebagai Pj Bupati Sanggau dan Yuliansyah sebagai Pj Bupati "
     "Mempawah. Keduanya dilantik Pj Gubernur Kalimantan Barat Ismail di Pendopo Gubernur, Senin (8/7/2024).",
     "2024-07-08",
     {"inauguration": [{"region": "Kabupaten Sanggau", "count": 1}, {"region": "Kabupaten Mempawah", "count": 1}],
      "people": ["Harisson", "Yuliansyah", "Ismail"]}),
    ("secretary and two assistants: three",
     "KUDUS – Bupati Kudus Hartopo melantik Sekretaris DPRD dan dua asisten Sekda di Pendopo Kabupaten Kudus, "
     "Kamis (11/1/2024).",
     "2024-01-11",
     {"inauguration": [{"region": "Kabupaten Kudus", "count": 3, "by": "Hartopo"}]}),
    ("count with abbreviation in parentheses",
     "JEMBER – Sebanyak 237 kepala desa (kades) dari 31 kecamatan dilantik Bupati Jember Hendy Siswanto di "
     "Alun-alun Jember, Rabu (21/2/2024).",
     "2024-02-21",
     {"inauguration": [{"region": "Kabupaten Jember", "count": 237, "by": "Hendy Siswanto"}]}),
    ("count after terhadap",
     "PATI – Bupati Pati melakukan pelantikan terhadap 112 pejabat fungsional di Pendopo Kabupaten Pati, Jumat "
     "(12/1/2024).",
     "2024-01-12",
     {"inauguration": [{"region": "Kabupaten Pati", "count": 112}]}),
    ("English header date",
     "Selasa, April 8, 2025\nBLORA – Bupati Blora Arief Rohman melantik 45 pejabat pengawas di Pendopo Rumah "
     "Dinas Bupati.",
     "2025-04-09",
     {"inauguration": [{"region": "Kabupaten Blora", "count": 45, "date": "2025-04-08"}]}),
    ("Paskibraka confirmed: not an office",
     "SRAGEN – Bupati Sragen Kusdinar Untung Yuni Sukowati mengukuhkan 45 anggota Paskibraka di Pendopo "
     "Sumonegaran, Jumat (16/8/2024).",
     "2024-08-16",
     {"inauguration": []}),
    ("sworn in as regent after the deputy rose",
     "PEKALONGAN – Wakil Bupati Pekalongan Riswadi dilantik menjadi Bupati Pekalongan sisa masa jabatan 2021-2026 "
     "oleh Gubernur Jawa Tengah di Gedung Gradhika Bhakti Praja, Rabu (3/4/2024).",
     "2024-04-03",
     {"inauguration": [{"region": "Kabupaten Pekalongan", "count": 1}], "people": ["Riswadi"]}),
    ("DPRD leaders definitive: three",
     "BOYOLALI – Pimpinan DPRD Kabupaten Boyolali masa jabatan 2024-2029 resmi dilantik dalam rapat paripurna, "
     "Selasa (15/10/2024). Mereka adalah Ketua DPRD Marsono serta dua Wakil Ketua, Tugiman dan Suyadi.",
     "2024-10-15",
     {"inauguration": [{"region": "Kabupaten Boyolali", "count": 3}], "people": ["Marsono", "Tugiman", "Suyadi"]}),
    ("signing date from the day, not the byline",
     "Kamis, 7 Maret 2024 10:15 WIB\nWONOGIRI – Pemkab Wonogiri menandatangani nota kesepahaman dengan "
     "Kejaksaan Negeri Wonogiri tentang penanganan masalah hukum perdata dan tata usaha negara. Penandatanganan "
     "dilakukan Bupati Joko Sutopo dan Kajari Wonogiri di Pendopo Rumah Dinas, Selasa (5/3/2024).",
     "2024-03-07",
     {"agreement_signing": [{"region": "Kabupaten Wonogiri", "kind": "mou", "date": "2024-03-05"}]}),
    ("performance agreement of camat, English header",
     "Monday, January 27, 2025\nBANYUMAS – Seluruh camat di Kabupaten Banyumas menandatangani perjanjian kinerja "
     "tahun 2025 di hadapan Pj Bupati Banyumas Iwan Setiawan di Pendopo Si Panji.",
     "2025-01-28",
     {"agreement_signing": [{"region": "Kabupaten Banyumas", "kind": "perjanjian_kinerja", "year": 2025,
                             "date": "2025-01-27"}]}),
    ("PKS and a later MoU with another party: both",
     "SIDOARJO – Pemkab Sidoarjo menandatangani perjanjian kerja sama dengan BPJS Ketenagakerjaan di Pendopo "
     "Delta Wibawa, Senin (4/3/2024). Di tempat yang sama, Bupati juga meneken nota kesepahaman dengan "
     "Universitas Airlangga tentang pengembangan SDM.",
     "2024-03-04",
     {"agreement_signing": [{"kind": "pks"}, {"kind": "mou"}]}),
    ("earlier pact signed on another day: its own event",
     "GRESIK – Kepala perangkat daerah Pemkab Gresik menandatangani perjanjian kinerja tahun 2024 di Wahana "
     "Ekspresi Poesponegoro, Rabu (31/1/2024). Sebelumnya, pada Jumat (5/1/2024), mereka telah menandatangani "
     "pakta integritas.",
     "2024-01-31",
     {"agreement_signing": [{"kind": "perjanjian_kinerja", "date": "2024-01-31"},
                            {"kind": "pakta_integritas", "date": "2024-01-05"}]}),
    ("honorifics: Hj. and RM.",
     "CILACAP – Bupati Cilacap Drs. H. Tatto Suwarto Pamuji melantik RM. Sukmono sebagai Kepala Dinas "
     "Pendidikan di Pendopo Wijayakusuma, Senin (6/5/2024).",
     "2024-05-06",
     {"inauguration": [{"region": "Kabupaten Cilacap", "count": 1, "by": "Tatto Suwarto Pamuji"}],
      "people": ["Tatto Suwarto Pamuji", "Sukmono"]}),
    ("leading initials kept",
     "PEKANBARU – Pj Gubernur Riau SF Hariyanto melantik Pj Wali Kota Pekanbaru Roni Rakhmat di Gedung Daerah, "
     "Kamis (23/5/2024).",
     "2024-05-23",
     {"inauguration": [{"region": "Kota Pekanbaru", "by": "SF Hariyanto"}], "people": ["SF Hariyanto", "Roni Rakhmat"]}),
    ("participants named by surname after a role",
     "MAGELANG – Bupati Magelang Zaenal Arifin melantik Sekda Magelang Adi Waryanto di Pendopo Drh Soepardi, "
     "Senin (15/1/2024). Pelantikan disaksikan Ketua DPRD Saryan.",
     "2024-01-15",
     {"inauguration": [{"region": "Kabupaten Magelang", "count": 1}], "people": ["Zaenal Arifin", "Adi Waryanto", "Saryan"]}),
    ("a single common word after a role is no name",
     "KARANGANYAR – Bupati Karanganyar Juliyatmono melantik 30 pejabat. Kepala BKPSDM Karanganyar Sukses "
     "menyiapkan acara itu di Rumah Dinas Bupati, Jumat (2/2/2024).",
     "2024-02-02",
     {"inauguration": [{"region": "Kabupaten Karanganyar", "count": 30}], "not_people": ["Sukses"]}),
    ("acting heads: list after colon with semicolons",
     "JAYAPURA – Pj Gubernur Papua melantik tiga Pj bupati, Rabu (22/5/2024), yakni: Pj Bupati Sarmi, "
     "Markus Mansnembra; Pj Bupati Mamberamo Raya, Ruben Eko; dan Pj Bupati Waropen, Sonny Wanma.",
     "2024-05-22",
     {"inauguration": [{"region": r} for r in ("Kabupaten Sarmi", "Kabupaten Mamberamo Raya", "Kabupaten Waropen")]}),
    ("juga dilantik in the same sentence",
     "SAMARINDA – Gubernur Kalimantan Timur melantik Pj Bupati Penajam Paser Utara Makmur Marbun di Pendopo Lamin "
     "Etam, Jumat (17/5/2024), sekaligus melantik Pj Wali Kota Samarinda.",
     "2024-05-17",
     {"inauguration": [{"region": "Kabupaten Penajam Paser Utara"}, {"region": "Kota Samarinda"}]}),
    ("head and deputy of regency installed by governor, count 2, regency by name",
     "PADANG – Gubernur Sumatera Barat Mahyeldi melantik Bupati dan Wakil Bupati Pesisir Selatan hasil Pilkada "
     "2024 di Auditorium Gubernuran, Rabu (26/2/2025).",
     "2025-02-26",
     {"inauguration": [{"region": "Kabupaten Pesisir Selatan", "count": 2, "by": "Mahyeldi"}]}),
    ("PKK chair installed by the province's PKK chair",
     "MATARAM – Ketua TP PKK NTB Niken Saptarini mengukuhkan Ketua TP PKK Kabupaten Lombok Timur di Pendopo "
     "Gubernur, Selasa (2/7/2024).",
     "2024-07-02",
     {"inauguration": [{"region": "Kabupaten Lombok Timur", "count": 1}]}),
    ("pengurus Dekranasda with several officers: government",
     "KUDUS – Ketua Dekranasda Jawa Tengah mengukuhkan pengurus Dekranasda Kabupaten Kudus masa bakti 2024-2029 "
     "di Pendopo Kudus, Kamis (18/7/2024).",
     "2024-07-18",
     {"inauguration": [{"region": "Kabupaten Kudus"}]}),
    ("a club's officers with the regent present: no event",
     "KLATEN – Pengurus KONI Kabupaten Klaten masa bakti 2024-2028 dikukuhkan Ketua KONI Jawa Tengah di Pendopo "
     "Klaten, Sabtu (9/3/2024). Bupati Klaten hadir dalam acara itu.",
     "2024-03-09",
     {"inauguration": []}),
    ("cancelled earlier, held today",
     "MUARA ENIM – Setelah sempat dibatalkan pekan lalu, pelantikan 58 pejabat administrator Pemkab Muara Enim "
     "akhirnya digelar di Ruang Rapat Pangripta, Selasa (12/3/2024).",
     "2024-03-12",
     {"inauguration": [{"region": "Kabupaten Muara Enim", "count": 58}]}),
    ("quoted future date of a second round: today's held",
     "BREBES – Bupati Brebes melantik 40 kepala desa di Pendopo, Rabu (10/1/2024). \"Untuk gelombang berikutnya "
     "akan kami lantik pada 20 Februari 2024,\" ujarnya.",
     "2024-01-10",
     {"inauguration": [{"region": "Kabupaten Brebes", "count": 40, "date": "2024-01-10"}]}),
    ("only a future date quoted: a plan",
     "BREBES – Bupati Brebes menyebut pelantikan kepala desa hasil Pilkades digelar 20 Februari 2025 di Pendopo.",
     "2025-01-10",
     {"inauguration": []}),
    ("camat with place and name, name only",
     "BEKASI – Camat Cikarang Utara Ahmad Fauzi melantik 14 anggota BPD Desa Karangasih, Selasa (9/1/2024).",
     "2024-01-09",
     {"inauguration": [{"count": 14, "by": "Ahmad Fauzi"}], "people": ["Ahmad Fauzi"], "not_people": ["Cikarang Utara Ahmad Fauzi"]}),
    ("village head with a two-word place",
     "KAMPAR – Camat Tambang melantik Kepala Desa Kuapan Hilir Ahmad Ramli di Aula Kantor Camat, Senin (8/1/2024).",
     "2024-01-08",
     {"inauguration": [{"count": 1}], "people": ["Ahmad Ramli"]}),
]

PROBES += [
    # ---------------------------------------------------------------- more shapes: agents, dates, lists, glued honorifics
    ("noun-only report, installer in the next sentence",
     "DEPOK – Pelantikan 35 pejabat administrator dan pengawas di lingkungan Pemkot Depok berlangsung di Balai Kota, "
     "Senin (8/1/2024). Wali Kota Depok Mohammad Idris memimpin langsung pelantikan tersebut.",
     "2024-01-08",
     {"inauguration": [{"region": "Kota Depok", "count": 35, "by": "Mohammad Idris", "date": "2024-01-08"}]}),
    ("deputy installs on the regent's behalf",
     "PURWAKARTA – Wakil Bupati Purwakarta Aming atas nama Bupati melantik 27 pejabat fungsional di Bale Nagri, "
     "Rabu (17/1/2024).",
     "2024-01-17",
     {"inauguration": [{"region": "Kabupaten Purwakarta", "count": 27, "by": "Aming"}]}),
    ("date written with a comma and month name",
     "BOJONEGORO – Bupati Bojonegoro Anna Muawanah melantik 16 kepala desa antarwaktu pada Senin, 6 Mei 2024, di "
     "Pendopo Malowopati.",
     "2024-05-08",
     {"inauguration": [{"region": "Kabupaten Bojonegoro", "count": 16, "date": "2024-05-06"}]}),
    ("time of day inside the parentheses' neighbourhood",
     "TEGAL – Wali Kota Tegal Dedy Yon Supriyono melantik 21 pejabat pengawas, Kamis pagi (9/1/2025), di Ruang "
     "Adipura Balai Kota.",
     "2025-01-10",
     {"inauguration": [{"region": "Kota Tegal", "count": 21, "date": "2025-01-09"}]}),
    ("PPPK sworn with a thousand separator",
     "MALANG – Sebanyak 1.214 PPPK formasi guru di lingkungan Pemkab Malang diambil sumpahnya oleh Bupati Malang "
     "Sanusi di Stadion Kanjuruhan, Selasa (2/1/2024).",
     "2024-01-02",
     {"inauguration": [{"region": "Kabupaten Malang", "count": 1214, "by": "Sanusi"}]}),
    ("acting heads, masing-masing with office then name",
     "MATARAM – Pj Gubernur NTB Lalu Gita Ariadi melantik dua penjabat kepala daerah di Gedung Sangkareang, Senin "
     "(27/5/2024), masing-masing Pj Wali Kota Bima Mukhtar dan Pj Bupati Lombok Barat Ilham.",
     "2024-05-27",
     {"inauguration": [{"region": "Kota Bima", "count": 1}, {"region": "Kabupaten Lombok Barat", "count": 1}],
      "people": ["Lalu Gita Ariadi", "Mukhtar", "Ilham"]}),
    ("secretary installed definitive",
     "PATI – Bupati Pati Haryanto melantik Jumani sebagai Sekda definitif Kabupaten Pati di Pendopo, Senin "
     "(2/10/2023).",
     "2023-10-02",
     {"inauguration": [{"region": "Kabupaten Pati", "count": 1, "by": "Haryanto"}], "people": ["Jumani"]}),
    ("KORPRI officers confirmed: government",
     "BLITAR – Bupati Blitar Rini Syarifah mengukuhkan pengurus Dewan Pengurus KORPRI Kabupaten Blitar masa bakti "
     "2023-2028 di Pendopo Ronggo Hadinegoro, Rabu (13/12/2023).",
     "2023-12-13",
     {"inauguration": [{"region": "Kabupaten Blitar"}]}),
    ("camat list with di antaranya",
     "GUNUNGKIDUL – Bupati Gunungkidul Sunaryanta melantik lima camat baru, di antaranya Camat Wonosari dan Camat "
     "Playen, di Bangsal Sewokoprojo, Jumat (5/4/2024).",
     "2024-04-05",
     {"inauguration": [{"region": "Kabupaten Gunungkidul", "count": 5, "by": "Sunaryanta"}]}),
    ("glued honorifics",
     "SUMENEP – Bupati Sumenep DR.H.Achmad Fauzi Wongsojudo melantik Drs.H.Moh.Iksan sebagai Sekda di Pendopo "
     "Keraton, Selasa (6/2/2024).",
     "2024-02-06",
     {"inauguration": [{"region": "Kabupaten Sumenep", "count": 1, "by": "Achmad Fauzi Wongsojudo"}],
      "people": ["Achmad Fauzi Wongsojudo", "Moh. Iksan"]}),
    ("trailing initials",
     "KENDARI – Pj Wali Kota Kendari Muhammad Yusuf melantik Ridwansyah Taridala AS sebagai Sekda Kota Kendari di "
     "Rujab Wali Kota, Senin (12/2/2024).",
     "2024-02-12",
     {"inauguration": [{"region": "Kota Kendari", "count": 1}], "people": ["Muhammad Yusuf", "Ridwansyah Taridala AS"]}),
    ("name with apostrophe",
     "SAMPANG – Bupati Sampang Slamet Junaidi melantik Ma'ruf sebagai Kepala Dinas Kesehatan di Pendopo Trunojoyo, "
     "Rabu (7/2/2024).",
     "2024-02-07",
     {"inauguration": [{"region": "Kabupaten Sampang", "count": 1}], "people": ["Slamet Junaidi", "Ma'ruf"]}),
    ("signing with kemarin and byline the next day",
     "MOJOKERTO – Pemkab Mojokerto menandatangani nota kesepahaman dengan Kantor Pertanahan Kabupaten Mojokerto "
     "tentang percepatan sertifikasi aset daerah, kemarin (13/3).",
     "2024-03-14",
     {"agreement_signing": [{"region": "Kabupaten Mojokerto", "kind": "mou", "date": "2024-03-13"}]}),
    ("integrity pact of new civil servants",
     "KEBUMEN – Sebanyak 450 PPPK Pemkab Kebumen menandatangani pakta integritas usai menerima SK di Pendopo "
     "Rumah Dinas Bupati, Senin (4/3/2024).",
     "2024-03-04",
     {"agreement_signing": [{"region": "Kabupaten Kebumen", "kind": "pakta_integritas", "date": "2024-03-04"}]}),
    ("signing: performance agreements with year in the title, byline later",
     "SLEMAN – Bupati Sleman Kustini Sri Purnomo menyaksikan penandatanganan Perjanjian Kinerja Tahun 2024 oleh "
     "kepala perangkat daerah di Ruang Sembada, Rabu (31/1/2024).",
     "2024-02-02",
     {"agreement_signing": [{"region": "Kabupaten Sleman", "kind": "perjanjian_kinerja", "year": 2024,
                             "date": "2024-01-31"}]}),
    ("a signing referred back: no new one",
     "KLATEN – Bupati Klaten meminta seluruh OPD menjalankan perjanjian kinerja yang telah ditandatangani awal "
     "tahun ini.",
     "2024-06-04",
     {}),
    ("inauguration and performance agreement in one ceremony",
     "REMBANG – Bupati Rembang Abdul Hafidz melantik 24 pejabat administrator di Pendopo Museum Kartini, Jumat "
     "(2/2/2024). Usai dilantik, para pejabat menandatangani pakta integritas.",
     "2024-02-02",
     {"inauguration": [{"region": "Kabupaten Rembang", "count": 24}],
      "agreement_signing": [{"region": "Kabupaten Rembang", "kind": "pakta_integritas", "date": "2024-02-02"}]}),
    ("governor installs regent of a named regency with a passive and the pair's names after",
     "PALANGKA RAYA – Gubernur Kalimantan Tengah Sugianto Sabran melantik Bupati Kotawaringin Barat Nurhidayah dan "
     "Wakil Bupati Ahmadi Riansyah di Istana Isen Mulang, Rabu (26/2/2025).",
     "2025-02-26",
     {"inauguration": [{"region": "Kabupaten Kotawaringin Barat", "count": 2, "by": "Sugianto Sabran"}],
      "people": ["Sugianto Sabran", "Nurhidayah", "Ahmadi Riansyah"]}),
    ("village officials: BPD members confirmed by a camat",
     "KLUNGKUNG – Camat Dawan I Wayan Sugiarta mengukuhkan 9 anggota BPD Desa Pesinggahan masa jabatan 2024-2030, "
     "Kamis (11/1/2024).",
     "2024-01-11",
     {"inauguration": [{"count": 9, "by": "I Wayan Sugiarta"}], "people": ["I Wayan Sugiarta"]}),
    ("acting heads named after their regions in the next sentence",
     "AMBON – Gubernur Maluku Murad Ismail melantik tiga penjabat bupati di Lantai VII Kantor Gubernur, Selasa "
     "(24/5/2022). Ketiganya adalah Pj Bupati Seram Bagian Barat Andi Chandra, Pj Bupati Buru Djalaludin "
     "Salampessy dan Pj Bupati Kepulauan Tanimbar Daniel Indey.",
     "2022-05-24",
     {"inauguration": [{"region": r, "count": 1, "by": "Murad Ismail"} for r in (
         "Kabupaten Seram Bagian Barat", "Kabupaten Buru", "Kabupaten Kepulauan Tanimbar")]}),
    ("acting regents for regencies listed with yaitu",
     "KENDARI – Pj Gubernur Sulawesi Tenggara melantik penjabat bupati di tiga kabupaten, yaitu Kabupaten Buton, "
     "Kabupaten Muna Barat dan Kabupaten Buton Tengah, di Rujab Gubernur, Senin (23/5/2022).",
     "2022-05-23",
     {"inauguration": [{"region": r, "count": 1} for r in (
         "Kabupaten Buton", "Kabupaten Muna Barat", "Kabupaten Buton Tengah")]}),
    ("acting heads as numbered lines with colon",
     "PONTIANAK – Pj Gubernur Kalimantan Barat Harisson melantik empat penjabat kepala daerah di Balai Petitih, "
     "Jumat (20/9/2024). Berikut daftarnya:\n"
     "1. Pj Bupati Sambas: Fatah Maryunani\n"
     "2. Pj Bupati Landak: Ignasius IK\n"
     "3. Pj Bupati Sekadau: Andreas\n"
     "4. Pj Wali Kota Singkawang: Sumastro\n"
     "Harisson meminta mereka menjaga netralitas.",
     "2024-09-20",
     {"inauguration": [{"region": r, "count": 1} for r in (
         "Kabupaten Sambas", "Kabupaten Landak", "Kabupaten Sekadau", "Kota Singkawang")]}),
    ("became acting heads: dilantik menjadi with list",
     "PONTIANAK – Tiga pejabat Pemprov Kalbar dilantik menjadi Pj Bupati Kapuas Hulu, Pj Bupati Sanggau dan Pj "
     "Bupati Mempawah oleh Gubernur Kalimantan Barat Sutarmidji, Rabu (22/5/2024).",
     "2024-05-22",
     {"inauguration": [{"region": r, "by": "Sutarmidji"} for r in (
         "Kabupaten Kapuas Hulu", "Kabupaten Sanggau", "Kabupaten Mempawah")]}),
    ("a second act by another installer in the same regency",
     "KENDAL – Bupati Kendal Dico M Ganinduto melantik 20 pejabat administrator di Pendopo, Jumat (5/1/2024). Di "
     "tempat terpisah, Camat Weleri Ahmad Sugiyanto melantik 12 perangkat desa di Balai Desa Penyangkringan.",
     "2024-01-05",
     {"inauguration": [{"count": 20, "by": "Dico M Ganinduto"}, {"count": 12, "by": "Ahmad Sugiyanto"}]}),
    ("installation noun with a possessive suffix",
     "MAROS – Usai pelantikannya di Gedung DPRD Maros, Senin (2/9/2024), 40 anggota DPRD Kabupaten Maros langsung "
     "menggelar rapat pembentukan fraksi.",
     "2024-09-02",
     {"inauguration": [{"region": "Kabupaten Maros", "count": 40}]}),
    ("work contracts signed by PPPK",
     "BANTUL – Sebanyak 320 PPPK di lingkungan Pemkab Bantul menandatangani kontrak kerja di Gedung Induk "
     "Parasamya, Rabu (3/4/2024).",
     "2024-04-03",
     {"agreement_signing": [{"region": "Kabupaten Bantul", "kind": "other", "date": "2024-04-03"}]}),
    ("regional secretary installed by governor on behalf of the minister, headline only verb",
     "JAMBI – Gubernur Jambi Al Haris mengambil sumpah jabatan Sekda Kabupaten Kerinci Asraf di Rumah Dinas "
     "Gubernur, Kamis (4/1/2024).",
     "2024-01-04",
     {"inauguration": [{"region": "Kabupaten Kerinci", "count": 1, "by": "Al Haris"}], "people": ["Al Haris", "Asraf"]}),
    ("heads of several regencies with pairs in the next sentence, names given",
     "BANDUNG – Gubernur Jawa Barat melantik kepala daerah hasil Pilkada 2024 dari dua daerah di Gedung Sate, "
     "Kamis (20/2/2025). Mereka adalah Bupati Garut Syakur Amin dan Wakil Bupati Garut Putri Karlina, serta Wali "
     "Kota Banjar Sudarsono dan Wakil Wali Kota Banjar Supriana.",
     "2025-02-20",
     {"inauguration": [{"region": "Kabupaten Garut", "count": 2}, {"region": "Kota Banjar", "count": 2}]}),
]

PROBES += [
    # ---------------------------------------------------------------- people, signing years, headline installers
    ("people: name, comma, degrees, then role",
     "MAJENE – Andi Achmad Syukri Tammalele, S.Sos., M.Si., Bupati Majene, melantik 18 pejabat administrator di "
     "Ruang Pola Kantor Bupati, Senin (15/1/2024).",
     "2024-01-15",
     {"inauguration": [{"count": 18, "by": "Andi Achmad Syukri Tammalele"}], "people": ["Andi Achmad Syukri Tammalele"]}),
    ("people: capitals name after honorific and comma role before",
     "BIMA – Bupati Bima, Hj. INDAH DHAMAYANTI PUTRI, SE, M.IP melantik 15 kepala desa di Paruga Nae Convention "
     "Hall, Kamis (7/3/2024).",
     "2024-03-07",
     {"inauguration": [{"count": 15}], "people": ["Indah Dhamayanti Putri"]}),
    ("people: kapolres rank before name is no name",
     "PURWOREJO – Bupati Purworejo Yuli Hastuti melantik 20 kepala sekolah di Pendopo, Senin (8/1/2024). Hadir "
     "Kapolres Purworejo AKBP Eko Sunaryo.",
     "2024-01-08",
     {"inauguration": [{"count": 20}], "people": ["Yuli Hastuti", "Eko Sunaryo"], "not_people": ["AKBP Eko Sunaryo"]}),
    ("people: a dictionary word then a verb is no name",
     "KLATEN – Bupati Klaten Sri Mulyani melantik 25 pejabat fungsional, Rabu (10/1/2024). Kepala BKPSDM Klaten "
     "Wajib memastikan berkas lengkap.",
     "2024-01-10",
     {"inauguration": [{"count": 25}], "not_people": ["Wajib"]}),
    ("people: Pj with nickname in parentheses",
     "BANDA ACEH – Pj Gubernur Aceh Achmad Marzuki melantik Pj Bupati Aceh Besar Muhammad Iswanto (Iswanto) di "
     "Anjong Mon Mata, Senin (8/1/2024).",
     "2024-01-08",
     {"inauguration": [{"region": "Kabupaten Aceh Besar", "by": "Achmad Marzuki"}],
      "people": ["Achmad Marzuki", "Muhammad Iswanto"]}),
    ("signing: governor and regents, region of the article",
     "SEMARANG – Bupati Demak Eisti'anah menandatangani nota kesepahaman dengan Gubernur Jawa Tengah tentang "
     "penanganan rob di Gedung Gradhika, Selasa (5/3/2024).",
     "2024-03-05",
     {"agreement_signing": [{"region": "Kabupaten Demak", "kind": "mou", "date": "2024-03-05"}]}),
    ("signing noun with weekday date before",
     "SRAGEN – Pada Rabu (7/2/2024), Pemkab Sragen dan Kantor Pertanahan Sragen melakukan penandatanganan "
     "perjanjian kerja sama tentang sertifikasi tanah wakaf di Rumah Dinas Bupati.",
     "2024-02-08",
     {"agreement_signing": [{"region": "Kabupaten Sragen", "kind": "pks", "date": "2024-02-07"}]}),
    ("signing: performance agreement year from fiscal year words",
     "TEMANGGUNG – Kepala OPD Kabupaten Temanggung menandatangani Perjanjian Kinerja Tahun Anggaran 2024 di "
     "Pendopo Jenar, Kamis (1/2/2024).",
     "2024-02-01",
     {"agreement_signing": [{"region": "Kabupaten Temanggung", "kind": "perjanjian_kinerja", "year": 2024}]}),
    ("inauguration on a Sunday morning, relative day",
     "GROBOGAN – Bupati Grobogan Sri Sumarni melantik 280 kepala desa hasil Pilkades serentak di Alun-alun "
     "Purwodadi, Minggu pagi (7/1/2024).",
     "2024-01-08",
     {"inauguration": [{"count": 280, "date": "2024-01-07"}]}),
    ("inauguration: the date earlier in the same paragraph's first sentence",
     "Senin (15/1/2024), Bupati Wonogiri Joko Sutopo melantik 50 pejabat pengawas di Pendopo Rumah Dinas.",
     "2024-01-16",
     {"inauguration": [{"count": 50, "date": "2024-01-15", "by": "Joko Sutopo"}]}),
    ("installer from the headline when the body says only dilantik",
     "Sebanyak 30 kepala sekolah di lingkungan Pemkab Pacitan resmi dilantik di Pendopo Kabupaten, Senin "
     "(8/1/2024). Bupati Pacitan Indrata Nur Bayuaji berpesan agar mereka menjaga mutu pendidikan.",
     "2024-01-08",
     {"title": "Bupati Pacitan Lantik 30 Kepala Sekolah",
      "inauguration": [{"count": 30, "by": "Indrata Nur Bayuaji"}]}),
    ("the office's place after camat, and se- before a place, are no names",
     "TANGERANG – Sebanyak 40 anggota BPD se-Kecamatan Kosambi dilantik oleh Camat Kosambi di Aula Kantor "
     "Kecamatan, Rabu (11/6/2025). Para Kepala Desa SeKecamatan Kosambi turut hadir. \"Jalankan amanah dengan "
     "baik,\" ujar Camat Kosambi dalam sambutannya. Prosesi itu dipimpin oleh Camat Kosambi, H. Rudi Hartono SIP.",
     "2025-06-11",
     {"inauguration": [{"count": 40}], "people": ["Rudi Hartono"], "not_people": ["Kosambi", "SeKecamatan Kosambi"]}),
]
