"""Ceremony probes, fourth round, in our own words: constructions the earlier rounds do not hold — the count
opening a passive report, oaths of PPPK, village heads and BPD members, acting heads' handovers against their
installation, ministry ceremonies for several regions, a date in the dateline only, an installer named by office
alone, counts written in compound words, officials of several echelons summed, and bystanders of the story.
Same shape as `ceremony_probes.py`."""

from __future__ import annotations

FRESH_PROBES: list[tuple[str, str, str, dict]] = [
    # ---------------------------------------------------------------- the count first, in the passive
    ("count first: sebanyak N pejabat eselon II, III dan IV dilantik, summed",
     "BLORA – Sebanyak 7 pejabat eselon II, 24 pejabat eselon III dan 53 pejabat eselon IV di lingkungan Pemkab "
     "Blora dilantik oleh Bupati Blora Arief Rohman di Pendopo Rumah Dinas Bupati, Selasa (14/11/2023).",
     "2023-11-14",
     {"inauguration": [{"region": "Kabupaten Blora", "count": 84, "by": "Arief Rohman", "date": "2023-11-14"}],
      "people": ["Arief Rohman"]}),
    ("count first, digits with the word pejabat left out after the first group",
     "PURWOREJO – 12 pejabat administrator dan 30 pengawas resmi dilantik Bupati Purworejo Yuli Hastuti, "
     "Jumat (8/3/2024), di Pendopo Kabupaten Purworejo.",
     "2024-03-08",
     {"inauguration": [{"region": "Kabupaten Purworejo", "count": 42, "by": "Yuli Hastuti", "date": "2024-03-08"}]}),
    ("count first in compound words: tiga puluh dua pejabat",
     "KARANGANYAR – Tiga puluh dua pejabat fungsional di Pemerintah Kabupaten Karanganyar dilantik Bupati "
     "Karanganyar Juliyatmono di Rumah Dinas Bupati, Rabu (6/9/2023).",
     "2023-09-06",
     {"inauguration": [{"region": "Kabupaten Karanganyar", "count": 32, "by": "Juliyatmono", "date": "2023-09-06"}]}),
    ("count in compound words after the verb: seratus dua puluh lima",
     "SRAGEN – Bupati Sragen Kusdinar Untung Yuni Sukowati melantik seratus dua puluh lima kepala sekolah dasar "
     "di Gedung Sasana Manggala Sukowati, Kamis (12/1/2023).",
     "2023-01-12",
     {"inauguration": [{"region": "Kabupaten Sragen", "count": 125, "by": "Kusdinar Untung Yuni Sukowati",
                        "date": "2023-01-12"}]}),
    ("echelons counted in the next sentence with rinciannya",
     "PEKALONGAN – Wali Kota Pekalongan Achmad Afzan Arslan Djunaid melantik pejabat di lingkungan Pemkot "
     "Pekalongan di Ruang Jetayu, Senin (2/10/2023). Rinciannya, 3 pejabat pimpinan tinggi pratama, 15 pejabat "
     "administrator dan 28 pejabat pengawas.",
     "2023-10-02",
     {"inauguration": [{"region": "Kota Pekalongan", "count": 46, "by": "Achmad Afzan Arslan Djunaid",
                        "date": "2023-10-02"}]}),
    # ---------------------------------------------------------------- oaths
    ("PPPK take the oath, count first, regent takes it",
     "TEMANGGUNG – Sebanyak 412 pegawai pemerintah dengan perjanjian kerja (PPPK) di lingkungan Pemkab "
     "Temanggung mengucapkan sumpah/janji yang dipimpin Bupati Temanggung Muhammad Al Khadziq di Alun-alun "
     "Temanggung, Senin (3/7/2023).",
     "2023-07-03",
     {"inauguration": [{"region": "Kabupaten Temanggung", "count": 412, "by": "Muhammad Al Khadziq",
                        "date": "2023-07-03"}]}),
    ("pengambilan sumpah of village heads by the regent",
     "BANJARNEGARA – Bupati Banjarnegara Budhi Sarwono melakukan pengambilan sumpah dan pelantikan 18 kepala "
     "desa hasil pilkades antarwaktu di Pendopo Dipayudha, Rabu (21/6/2023).",
     "2023-06-21",
     {"inauguration": [{"region": "Kabupaten Banjarnegara", "count": 18, "by": "Budhi Sarwono",
                        "date": "2023-06-21"}]}),
    ("BPD members sworn in by the camat on the regent's behalf",
     "SUMEDANG – Camat Tanjungsari Ade Suryadi atas nama Bupati Sumedang mengambil sumpah janji 9 anggota Badan "
     "Permusyawaratan Desa (BPD) Desa Gudang di aula desa, Kamis (9/11/2023).",
     "2023-11-09",
     {"inauguration": [{"region": "Kabupaten Sumedang", "count": 9, "by": "Ade Suryadi", "date": "2023-11-09"}],
      "people": ["Ade Suryadi"]}),
    ("an oath told with diambil sumpahnya and the count last",
     "MAGELANG – Pegawai negeri sipil formasi 2022 di Kota Magelang diambil sumpahnya oleh Wali Kota Magelang "
     "Muchamad Nur Aziz di Gedung Wiworo Wiji Pinilih, Selasa (19/9/2023). Jumlahnya mencapai 127 orang.",
     "2023-09-19",
     {"inauguration": [{"region": "Kota Magelang", "count": 127, "by": "Muchamad Nur Aziz", "date": "2023-09-19"}]}),
    # ---------------------------------------------------------------- acting heads: handover against installation
    ("a handover only, the installation not told: no event",
     "TEGAL – Serah terima jabatan Penjabat Bupati Tegal dari Agustyarsyah kepada penggantinya digelar di "
     "Pendopo Amangkurat, Kamis (23/5/2024). Acara itu disaksikan jajaran Forkopimda.",
     "2024-05-23",
     {"inauguration": []}),
    ("installed by the governor, handover at the regency next day: one installation",
     "PATI – Penjabat Bupati Pati Henggar Budi Anggoro dilantik Penjabat Gubernur Jawa Tengah Nana Sudjana di "
     "Gedung Gradhika Bhakti Praja, Semarang, Senin (4/9/2023). Sehari kemudian, serah terima jabatan digelar "
     "di Pendopo Kabupaten Pati.",
     "2023-09-05",
     {"inauguration": [{"region": "Kabupaten Pati", "count": 1, "by": "Nana Sudjana", "date": "2023-09-04"}],
      "people": ["Henggar Budi Anggoro", "Nana Sudjana"]}),
    # ---------------------------------------------------------------- ministry ceremonies for several regions
    ("ministry: the home minister installs acting governors of two provinces",
     "JAKARTA – Menteri Dalam Negeri Tito Karnavian melantik Penjabat Gubernur Sulawesi Barat Zudan Arif "
     "Fakrulloh dan Penjabat Gubernur Papua Barat Daya Mohammad Musa'ad di Gedung Sasana Bhakti Praja, "
     "Kemendagri, Jakarta, Jumat (12/5/2023).",
     "2023-05-12",
     {"inauguration": [{"region": "Provinsi Sulawesi Barat", "by": "Tito Karnavian", "date": "2023-05-12"},
                       {"region": "Provinsi Papua Barat Daya", "by": "Tito Karnavian", "date": "2023-05-12"}]}),
    # ---------------------------------------------------------------- dates and installers
    ("the date in the dateline only",
     "WONOGIRI, 15 Januari 2024 – Bupati Wonogiri Joko Sutopo melantik 27 pejabat administrator dan pengawas "
     "di Pendopo Rumah Dinas Bupati Wonogiri.",
     "2024-01-16",
     {"inauguration": [{"region": "Kabupaten Wonogiri", "count": 27, "by": "Joko Sutopo", "date": "2024-01-15"}]}),
    ("the installer named only by office: no name",
     "MAMUJU – Gubernur melantik Sekretaris Daerah Provinsi Sulawesi Barat definitif di Ruang Oval Kantor "
     "Gubernur, Mamuju, Senin (10/7/2023). Pelantikan itu mengakhiri kekosongan jabatan selama setahun.",
     "2023-07-10",
     {"inauguration": [{"region": "Provinsi Sulawesi Barat", "count": 1, "by": None, "date": "2023-07-10"}]}),
    ("the installer named by office first, by name in a later sentence",
     "BATANG – Bupati melantik 34 pejabat pengawas di Aula Kantor Bupati Batang, Rabu (3/1/2024). Bupati Batang "
     "Wihaji meminta para pejabat bekerja cepat.",
     "2024-01-03",
     {"inauguration": [{"region": "Kabupaten Batang", "count": 34, "by": "Wihaji", "date": "2024-01-03"}]}),
    # ---------------------------------------------------------------- people
    ("bystanders: the president named in the oath formula and the predecessor are no people",
     "PONTIANAK – Penjabat Gubernur Kalimantan Barat Harisson atas nama Presiden Joko Widodo melantik Penjabat "
     "Bupati Kubu Raya Syarif Kamaruzaman di Pendopo Gubernur, Selasa (24/9/2024). Ia menggantikan mantan "
     "Bupati Kubu Raya Muda Mahendrawan yang masa jabatannya berakhir.",
     "2024-09-24",
     {"inauguration": [{"region": "Kabupaten Kubu Raya", "count": 1, "by": "Harisson", "date": "2024-09-24"}],
      "people": ["Harisson", "Syarif Kamaruzaman"], "not_people": ["Joko Widodo", "Muda Mahendrawan"]}),
    ("village heads listed with their district after a comma",
     "MASOHI – Bupati Maluku Tengah Rakib Sahubawa melantik dua penjabat kepala negeri di Aula Kantor Bupati, "
     "Senin (4/3/2024). Mereka masing-masing penjabat Kepala Negeri Latu, Kecamatan Amalatu Yohanes Pattiasina "
     "dan penjabat Kepala Negeri Liang, Kecamatan Salahutu Maria Tuhumury.",
     "2024-03-04",
     {"inauguration": [{"region": "Kabupaten Maluku Tengah", "count": 2, "by": "Rakib Sahubawa"}],
      "people": ["Rakib Sahubawa", "Yohanes Pattiasina", "Maria Tuhumury"]}),
    # ---------------------------------------------------------------- village heads under their regional titles
    ("village heads: kepala lembang in Toraja",
     "MAKALE – Bupati Tana Toraja Theofilus Allorerung melantik 21 kepala lembang terpilih di Gedung Tongkonan "
     "Sangullele, Makale, Kamis (2/2/2023).",
     "2023-02-02",
     {"inauguration": [{"region": "Kabupaten Tana Toraja", "count": 21, "by": "Theofilus Allorerung",
                        "date": "2023-02-02"}]}),
    ("village heads: kepala pekon in Lampung, passive with the count first",
     "PRINGSEWU – Sebanyak 14 kepala pekon hasil pemilihan serentak dilantik Bupati Pringsewu Sujadi di Gedung "
     "Graha Bhakti Pringsewu, Senin (15/5/2023).",
     "2023-05-15",
     {"inauguration": [{"region": "Kabupaten Pringsewu", "count": 14, "by": "Sujadi", "date": "2023-05-15"}]}),
    ("village heads: kuwu in Indramayu",
     "INDRAMAYU – Bupati Indramayu Nina Agustina melantik 97 kuwu terpilih di Pendopo Indramayu, Selasa "
     "(7/2/2023). Pelantikan digelar setelah pemilihan kuwu serentak tahun lalu.",
     "2023-02-07",
     {"inauguration": [{"region": "Kabupaten Indramayu", "count": 97, "by": "Nina Agustina", "date": "2023-02-07"}]}),
    ("village heads: datuk penghulu in Riau",
     "BENGKALIS – Bupati Bengkalis Kasmarni melantik dan mengambil sumpah 12 penghulu di Balai Kerapatan "
     "Bengkalis, Rabu (8/3/2023).",
     "2023-03-08",
     {"inauguration": [{"region": "Kabupaten Bengkalis", "count": 12, "by": "Kasmarni", "date": "2023-03-08"}]}),
    ("village heads: hukum tua in Minahasa, title in the headline",
     "TONDANO – Sebanyak 45 hukum tua resmi dilantik oleh Bupati Minahasa Royke Roring di Stadion Maesa, "
     "Tondano, Rabu (15/3/2023).",
     "2023-03-15",
     {"inauguration": [{"region": "Kabupaten Minahasa", "count": 45, "by": "Royke Roring", "date": "2023-03-15"}]}),
    ("acting village heads: Pejabat Kepala Desa by the camat",
     "KUDUS – Camat Jekulo Nuryanto melantik tiga pejabat kepala desa di Pendopo Kecamatan Jekulo, Kudus, "
     "Kamis (6/4/2023). Ketiganya mengisi kekosongan setelah kepala desa definitif mengundurkan diri.",
     "2023-04-06",
     {"inauguration": [{"region": "Kabupaten Kudus", "count": 3, "by": "Nuryanto", "date": "2023-04-06"}]}),
    # ---------------------------------------------------------------- the noun first
    ("the act as a noun subject: pelantikan N pejabat berlangsung, the installer in a dipimpin clause",
     "JEPARA – Pelantikan 38 pejabat administrator dan pengawas Pemkab Jepara berlangsung di Pendopo R.A. "
     "Kartini, Jumat (5/5/2023). Pelantikan dipimpin Penjabat Bupati Jepara Edy Supriyanta.",
     "2023-05-05",
     {"inauguration": [{"region": "Kabupaten Jepara", "count": 38, "by": "Edy Supriyanta", "date": "2023-05-05"}]}),
    ("the oath of the head and deputy elected, by the governor in the provincial capital",
     "PADANG – Gubernur Sumatera Barat Mahyeldi melantik Bupati dan Wakil Bupati Solok Selatan hasil pemilihan "
     "ulang di Auditorium Gubernuran, Padang, Jumat (25/6/2021).",
     "2021-06-25",
     {"inauguration": [{"region": "Kabupaten Solok Selatan", "count": 2, "by": "Mahyeldi", "date": "2021-06-25"}]}),
    # ---------------------------------------------------------------- more shapes
    ("noun-only sentence: pengambilan sumpah dan pelantikan oleh the secretary on the regent's behalf",
     "GROBOGAN – Pengambilan sumpah jabatan dan pelantikan 19 pejabat pengawas di lingkungan Pemkab Grobogan "
     "dilakukan oleh Sekda Grobogan Anang Armunanto atas nama Bupati Grobogan di Pendopo Kabupaten, Kamis "
     "(25/1/2024).",
     "2024-01-25",
     {"inauguration": [{"region": "Kabupaten Grobogan", "count": 19, "by": "Anang Armunanto", "date": "2024-01-25"}],
      "people": ["Anang Armunanto"]}),
    ("count in compound words after sebanyak",
     "SLEMAN – Bupati Sleman Kustini Sri Purnomo melantik sebanyak empat puluh tujuh pejabat administrator dan "
     "pengawas di Pendopo Parasamya, Selasa (2/5/2023).",
     "2023-05-02",
     {"inauguration": [{"region": "Kabupaten Sleman", "count": 47, "by": "Kustini Sri Purnomo", "date": "2023-05-02"}]}),
    ("ratusan: no count",
     "BOJONEGORO – Ratusan pegawai PPPK di Kabupaten Bojonegoro dilantik Bupati Bojonegoro Anna Mu'awanah di "
     "Pendopo Malowopati, Rabu (10/5/2023).",
     "2023-05-10",
     {"inauguration": [{"region": "Kabupaten Bojonegoro", "count": None, "by": "Anna Mu'awanah",
                        "date": "2023-05-10"}]}),
    ("acting regents of three regencies in a passive list, one per region",
     "PALEMBANG – Tiga penjabat bupati di Sumatera Selatan dilantik Pj Gubernur Sumsel Agus Fatoni di Griya "
     "Agung, Senin (20/5/2024). Mereka adalah Pj Bupati Muara Enim Henky Putrawan, Pj Bupati Lahat Imam "
     "Pasli, dan Pj Bupati Empat Lawang Fauzan Khoiri Denin.",
     "2024-05-20",
     {"inauguration": [{"region": r, "count": 1, "by": "Agus Fatoni", "date": "2024-05-20"} for r in (
         "Kabupaten Muara Enim", "Kabupaten Lahat", "Kabupaten Empat Lawang")],
      "people": ["Agus Fatoni", "Henky Putrawan", "Imam Pasli", "Fauzan Khoiri Denin"]}),
    ("the day written Senin, 4 Maret 2024 after pada",
     "KLATEN – Bupati Klaten Sri Mulyani melantik 63 kepala sekolah pada Senin, 4 Maret 2024, di Pendopo "
     "Pemkab Klaten.",
     "2024-03-05",
     {"inauguration": [{"region": "Kabupaten Klaten", "count": 63, "by": "Sri Mulyani", "date": "2024-03-04"}]}),
    ("installer and venue after dilantik langsung oleh ... bertempat di",
     "PADANG – Penjabat Wali Kota Padang Andree Algamar dilantik langsung oleh Gubernur Sumatera Barat "
     "Mahyeldi bertempat di Auditorium Gubernuran, Kamis (16/5/2024).",
     "2024-05-16",
     {"inauguration": [{"region": "Kota Padang", "count": 1, "by": "Mahyeldi", "date": "2024-05-16"}],
      "people": ["Andree Algamar", "Mahyeldi"]}),
    ("echelon grades written with letters: II.b, III.a",
     "REMBANG – Bupati Rembang Abdul Hafidz melantik 2 pejabat eselon II.b, 9 pejabat eselon III.a dan 14 "
     "pejabat eselon IV.a di Pendopo Museum Kartini, Jumat (29/9/2023).",
     "2023-09-29",
     {"inauguration": [{"region": "Kabupaten Rembang", "count": 25, "by": "Abdul Hafidz", "date": "2023-09-29"}]}),
    ("DPRD members' oath: count with sebanyak N orang after the body",
     "KEBUMEN – Anggota DPRD Kabupaten Kebumen masa jabatan 2024-2029 sebanyak 50 orang mengucapkan sumpah "
     "janji di Gedung DPRD Kebumen, Senin (19/8/2024). Pengambilan sumpah dipandu Ketua Pengadilan Negeri "
     "Kebumen Ratna Dewi.",
     "2024-08-19",
     {"inauguration": [{"region": "Kabupaten Kebumen", "count": 50, "by": "Ratna Dewi", "date": "2024-08-19"}]}),
    ("village head replaced between terms: PAW kepala desa",
     "GARUT – Bupati Garut Rudy Gunawan melantik kepala desa pengganti antarwaktu (PAW) Desa Sukamurni di "
     "Gedung Pendopo Garut, Rabu (11/10/2023).",
     "2023-10-11",
     {"inauguration": [{"region": "Kabupaten Garut", "count": 1, "by": "Rudy Gunawan", "date": "2023-10-11"}]}),
    ("the governor installs the head of a regency's acting office: told with jabatan Pj Bupati",
     "MATARAM – Pj Gubernur NTB Hassanudin melantik Lalu Firman Wijaya sebagai penjabat Bupati Lombok Timur "
     "di Gedung Sangkareang, Mataram, Selasa (31/12/2024).",
     "2024-12-31",
     {"inauguration": [{"region": "Kabupaten Lombok Timur", "count": 1, "by": "Hassanudin", "date": "2024-12-31"}],
      "people": ["Hassanudin", "Lalu Firman Wijaya"]}),
    ("headline only carries the count, the body the act",
     "BANTUL – Bupati Bantul Abdul Halim Muslih melantik para pejabat tersebut di Pendopo Parasamya, Senin "
     "(8/1/2024). Ia meminta pejabat yang baru dilantik segera bekerja.",
     "2024-01-08",
     {"title": "Bupati Bantul Lantik 58 Pejabat Fungsional",
      "inauguration": [{"region": "Kabupaten Bantul", "count": 58, "by": "Abdul Halim Muslih",
                        "date": "2024-01-08"}]}),
    ("a camat installs BPD members of several villages on the regent's behalf: one ceremony",
     "BREBES – Sebanyak 45 anggota BPD dari lima desa di Kecamatan Bulakamba dikukuhkan Camat Bulakamba "
     "Ahmad Syaefudin di aula kecamatan, Selasa (12/12/2023).",
     "2023-12-12",
     {"inauguration": [{"region": "Kabupaten Brebes", "count": 45, "by": "Ahmad Syaefudin", "date": "2023-12-12"}],
      "people": ["Ahmad Syaefudin"]}),
    # ---------------------------------------------------------------- several regions, new shapes
    ("two acting heads: regions only in the headline, the body says the titles",
     "PEKANBARU – Gubernur Riau Syamsuar melantik penjabat wali kota dan penjabat bupati di Gedung Daerah Balai "
     "Serindit, Senin (23/5/2022). Keduanya diminta menjaga stabilitas daerah hingga pilkada.",
     "2022-05-23",
     {"title": "Gubernur Riau Lantik Pj Wali Kota Pekanbaru dan Pj Bupati Kampar",
      "inauguration": [{"region": "Kota Pekanbaru", "by": "Syamsuar", "date": "2022-05-23"},
                       {"region": "Kabupaten Kampar", "by": "Syamsuar", "date": "2022-05-23"}]}),
    ("elected pairs told per region after Untuk and Sementara di",
     "SAMARINDA – Gubernur Kalimantan Timur Isran Noor melantik kepala daerah hasil pilkada di Pendopo Lamin "
     "Etam, Senin (26/4/2021). Untuk Kutai Barat, FX Yapan dan Edyanto Arkan dilantik sebagai bupati dan wakil "
     "bupati. Sementara di Bontang, Basri Rase dan Najirah dilantik sebagai wali kota dan wakil wali kota.",
     "2021-04-26",
     {"inauguration": [{"region": "Kabupaten Kutai Barat", "count": 2, "by": "Isran Noor", "date": "2021-04-26"},
                       {"region": "Kota Bontang", "count": 2, "by": "Isran Noor", "date": "2021-04-26"}],
      "people": ["Isran Noor", "Basri Rase", "Najirah"]}),
    ("a second acting head after Selain ..., juga melantik ... sebagai",
     "PEKANBARU – Gubernur Riau Syamsuar melantik Muflihun sebagai Penjabat Wali Kota Pekanbaru di Gedung "
     "Daerah, Senin (23/5/2022). Selain Muflihun, Syamsuar juga melantik Kamsol sebagai Penjabat Bupati Kampar.",
     "2022-05-23",
     {"inauguration": [{"region": "Kota Pekanbaru", "count": 1, "by": "Syamsuar", "date": "2022-05-23"},
                       {"region": "Kabupaten Kampar", "count": 1, "by": "Syamsuar", "date": "2022-05-23"}],
      "people": ["Syamsuar", "Muflihun", "Kamsol"]}),
    ("acting heads of regencies written by their short names",
     "SAMARINDA – Pj Gubernur Kaltim Akmal Malik melantik Pj Bupati Kukar dan Pj Bupati PPU di Pendopo Odah "
     "Etam, Rabu (22/5/2024).",
     "2024-05-22",
     {"inauguration": [{"region": "Kabupaten Kutai Kartanegara", "by": "Akmal Malik", "date": "2024-05-22"},
                       {"region": "Kabupaten Penajam Paser Utara", "by": "Akmal Malik", "date": "2024-05-22"}]}),
    ("acting heads counted, then each told in its own sentence with the region first",
     "JAYAPURA – Pj Gubernur Papua Ridwan Rumasukun melantik dua penjabat bupati di Gedung Negara, Jayapura, "
     "Senin (13/11/2023). Di Kabupaten Sarmi, jabatan penjabat bupati diemban Markus Mansnembra. Adapun "
     "Kabupaten Keerom kini dipimpin Penjabat Bupati Piter Gusbager.",
     "2023-11-13",
     {"inauguration": [{"region": "Kabupaten Sarmi", "by": "Ridwan Rumasukun", "date": "2023-11-13"},
                       {"region": "Kabupaten Keerom", "by": "Ridwan Rumasukun", "date": "2023-11-13"}]}),
    ("the acting governor sworn in by the minister, the province's deputy speaker witnessing: one event",
     "JAKARTA – Menteri Dalam Negeri Tito Karnavian melantik Penjabat Gubernur Sulawesi Tenggara Andap "
     "Budhi Revianto di Kantor Kemendagri, Jakarta, Selasa (5/9/2023). Pelantikan disaksikan Wakil Ketua "
     "DPRD Sultra Muhammad Endang.",
     "2023-09-05",
     {"inauguration": [{"region": "Provinsi Sulawesi Tenggara", "count": 1, "by": "Tito Karnavian",
                        "date": "2023-09-05"}],
      "people": ["Tito Karnavian", "Andap Budhi Revianto"]}),
    ("the same installer's earlier act, named by a short form of the name",
     "TARAKAN – Wali Kota Tarakan Khairul (Bang Khai) melantik 41 pejabat pengawas di Ruang Imbaya, Kantor Wali "
     "Kota Tarakan, Kamis (7/3/2024). Pelantikan 41 pejabat itu mengisi jabatan yang kosong. Dalam pelantikan "
     "sebelumnya Bang Khai melantik pejabat yang sebagian besar berasal dari dinas kesehatan.",
     "2024-03-07",
     {"inauguration": [{"region": "Kota Tarakan", "count": 41, "by": "Khairul", "date": "2024-03-07"},
                       {"region": "Kota Tarakan", "count": None, "by": "Khairul"}]}),
]
