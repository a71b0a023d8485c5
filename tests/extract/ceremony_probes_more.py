"""More probe articles for ceremonies and people, in our own words: the phrasings regional news uses for the
same acts (passive and active, oath and confirmation verbs, acting heads, counts, dates glued to weekdays,
venues after "bertempat di", titled names, roles after names), and the plans, background and other regions'
acts that must not become events. Same shape as `ceremony_probes.py`."""

from __future__ import annotations

MORE_PROBES: list[tuple[str, str, str, dict]] = [
    # ---------------------------------------------------------------- elected heads, "terpilih"
    ("elected regent and deputy installed by the governor",
     "SEMARANG – Gubernur Jawa Tengah Ahmad Luthfi melantik Bupati dan Wakil Bupati terpilih Banjarnegara "
     "periode 2025-2030 di Gedung Gradhika Bhakti Praja, Kamis (6/3/2025).",
     "2025-03-06",
     {"inauguration": [{"region": "Kabupaten Banjarnegara", "count": 2, "by": "Ahmad Luthfi"}]}),
    ("elected mayor and deputy, passive, terpilih with capital",
     "Wali Kota dan Wakil Wali Kota Terpilih Salatiga masa jabatan 2025-2030 resmi dilantik oleh Gubernur "
     "Jawa Tengah di Semarang, Senin (10/3/2025).",
     "2025-03-10",
     {"inauguration": [{"region": "Kota Salatiga", "count": 2}]}),
    ("elected regent named, definitif",
     "PALANGKA RAYA – Gubernur Kalimantan Tengah Sugianto Sabran melantik Bupati terpilih Kotawaringin Barat "
     "Nurhidayah di Aula Jayang Tingang, Rabu (26/2/2025).",
     "2025-02-26",
     {"inauguration": [{"region": "Kabupaten Kotawaringin Barat", "count": 1, "by": "Sugianto Sabran"}],
      "people": ["Sugianto Sabran", "Nurhidayah"]}),
    # ---------------------------------------------------------------- verbs and voices
    ("oath taken first, installed after: mengambil sumpah",
     "PROBOLINGGO – Bupati Probolinggo Puput Tantriana Sari mengambil sumpah dan melantik 87 pejabat "
     "administrator dan pengawas bertempat di Pendopo Prasaja Ngesti Wibawa, Selasa(9/1).",
     "2024-01-10",
     {"inauguration": [{"region": "Kabupaten Probolinggo", "count": 87, "by": "Puput Tantriana Sari",
                        "date": "2024-01-09"}]}),
    ("date first, then the installer",
     "Senin (2/10/2023), Wali Kota Magelang Muchamad Nur Aziz melantik 45 pejabat fungsional di Ruang "
     "Adipura Kencana.",
     "2023-10-03",
     {"inauguration": [{"region": "Kota Magelang", "count": 45, "by": "Muchamad Nur Aziz", "date": "2023-10-02"}]}),
    ("glued weekday and date: Rabu(31/1)",
     "KARANGANYAR – Sebanyak 120 pejabat di lingkungan Pemkab Karanganyar dilantik Bupati Karanganyar "
     "Juliyatmono, Rabu(31/1/2024), di Rumah Dinas Bupati.",
     "2024-01-31",
     {"inauguration": [{"region": "Kabupaten Karanganyar", "count": 120, "by": "Juliyatmono",
                        "date": "2024-01-31"}]}),
    ("confirmation: dikukuhkan as chair",
     "PURWAKARTA – Anne Ratna Mustika dikukuhkan sebagai Ketua Dewan Kerajinan Nasional Daerah Kabupaten "
     "Purwakarta oleh Ketua Dekranasda Jawa Barat di Bale Paseban, Kamis (14/3/2024).",
     "2024-03-14",
     {"inauguration": [{"region": "Kabupaten Purwakarta", "count": 1}], "people": ["Anne Ratna Mustika"]}),
    ("installed by the secretary on the regent's behalf",
     "SRAGEN – Sekda Sragen Tatag Prabawanto mewakili Bupati Sragen melantik 63 kepala sekolah di Ruang "
     "Sukowati Setda, Jumat (12/1/2024).",
     "2024-01-12",
     {"inauguration": [{"region": "Kabupaten Sragen", "count": 63, "by": "Tatag Prabawanto"}]}),
    ("titled installer with comma apposition",
     "LUMAJANG – Bupati Lumajang, Thoriqul Haq, M.ML., melantik 25 kepala desa hasil pemilihan antarwaktu di "
     "Pendopo Arya Wiraraja, Selasa (16/1/2024).",
     "2024-01-16",
     {"inauguration": [{"region": "Kabupaten Lumajang", "count": 25, "by": "Thoriqul Haq"}],
      "people": ["Thoriqul Haq"]}),
    ("full honorifics Dr. H. ... M.Si",
     "MUARA ENIM – Pj Bupati Muara Enim Dr. H. Ahmad Rizali, M.A. melantik 14 pejabat pimpinan tinggi "
     "pratama di Ruang Rapat Pangripta, Senin (15/1/2024).",
     "2024-01-15",
     {"inauguration": [{"region": "Kabupaten Muara Enim", "count": 14, "by": "Ahmad Rizali"}],
      "people": ["Ahmad Rizali"]}),
    ("Balinese names with I Gede / Ni Luh",
     "TABANAN – Bupati Tabanan I Komang Gede Sanjaya melantik Ni Luh Putu Sri Widhiastuti sebagai Ketua "
     "Dekranasda Kabupaten Tabanan di Gedung Kesenian I Ketut Maria, Jumat (8/3/2024).",
     "2024-03-08",
     {"inauguration": [{"region": "Kabupaten Tabanan", "count": 1, "by": "I Komang Gede Sanjaya"}],
      "people": ["I Komang Gede Sanjaya", "Ni Luh Putu Sri Widhiastuti"]}),
    ("Buton names with La Ode",
     "BAUBAU – Pj Wali Kota Baubau Muhammad Rasman Manafi melantik La Ode Ahmad Monianse sebagai Sekretaris "
     "Daerah Kota Baubau di Aula Palagimata, Rabu (6/3/2024).",
     "2024-03-06",
     {"inauguration": [{"region": "Kota Bau Bau", "count": 1, "by": "Muhammad Rasman Manafi"}],
      "people": ["Muhammad Rasman Manafi", "La Ode Ahmad Monianse"]}),
    ("role after the name with selaku",
     "Pelantikan 30 pejabat pengawas Pemkab Sumedang dipimpin Herman Suryatman selaku Penjabat Bupati "
     "Sumedang di Gedung Negara, Kamis (4/1/2024).",
     "2024-01-04",
     {"inauguration": [{"region": "Kabupaten Sumedang", "count": 30, "by": "Herman Suryatman"}],
      "people": ["Herman Suryatman"]}),
    ("acting head with Penjabat (Pj) written out",
     "MEDAN – Pj Gubernur Sumatera Utara Hassanudin melantik Penjabat (Pj) Bupati Langkat Faisal Hasrimy di "
     "Aula Raja Inal Siregar, Kamis (14/12/2023).",
     "2023-12-14",
     {"inauguration": [{"region": "Kabupaten Langkat", "count": 1, "by": "Hassanudin"}],
      "people": ["Hassanudin", "Faisal Hasrimy"]}),
    ("acting heads by a governor: counted and listed with sebagai",
     "JAYAPURA – Pj Gubernur Papua Ridwan Rumasukun melantik tiga pejabat bupati di Gedung Negara, Selasa "
     "(2/7/2024). Ketiganya yaitu Triwarno Purnomo sebagai Pj Bupati Jayapura, Christian Sohilait sebagai Pj "
     "Bupati Keerom, dan Aryoko Rumaropen sebagai Pj Bupati Sarmi.",
     "2024-07-02",
     {"inauguration": [{"region": r, "by": "Ridwan Rumasukun"} for r in (
         "Kabupaten Jayapura", "Kabupaten Keerom", "Kabupaten Sarmi")],
      "people": ["Ridwan Rumasukun", "Triwarno Purnomo", "Christian Sohilait", "Aryoko Rumaropen"]}),
    ("acting regent installed, passive with name first",
     "Agus Fatoni resmi dilantik sebagai Penjabat Gubernur Sumatera Selatan oleh Menteri Dalam Negeri di "
     "Jakarta, Jumat (1/9/2023).",
     "2023-09-01",
     {"inauguration": [{"region": "Provinsi Sumatera Selatan", "count": 1}], "people": ["Agus Fatoni"]}),
    ("Plt installer is no acting head installed",
     "BINTAN – Plt Bupati Bintan Roby Kurniawan melantik 40 pejabat eselon III dan IV di Gedung Daerah, "
     "Selasa (6/2/2024).",
     "2024-02-06",
     {"inauguration": [{"region": "Kabupaten Bintan", "count": 40, "by": "Roby Kurniawan"}]}),
    ("village heads elected in a by-election, venue after bertempat",
     "Sebanyak 9 kepala desa PAW di Kabupaten Bojonegoro dilantik, Kamis (18/1/2024), bertempat di Pendopo "
     "Malowopati. Pelantikan dilakukan langsung oleh Bupati Bojonegoro Anna Mu'awanah.",
     "2024-01-18",
     {"inauguration": [{"region": "Kabupaten Bojonegoro", "count": 9, "by": "Anna Mu'awanah"}]}),
    ("installation noun sentence with the installer later",
     "KOTAMOBAGU – Pelantikan dan pengambilan sumpah jabatan 18 pejabat administrator di lingkungan Pemkot "
     "Kotamobagu digelar di Rumah Dinas Wali Kota, Senin (8/1/2024). Wali Kota Kotamobagu Tatong Bara dalam "
     "sambutannya meminta pejabat bekerja cepat.",
     "2024-01-08",
     {"inauguration": [{"region": "Kota Kotamobagu", "count": 18}]}),
    ("head of a province's agency installed by the governor: province",
     "BENGKULU – Gubernur Bengkulu Rohidin Mersyah melantik Isnan Fajri sebagai Sekretaris Daerah Provinsi "
     "Bengkulu di Balai Raya Semarak, Rabu (14/2/2024).",
     "2024-02-14",
     {"inauguration": [{"region": "Provinsi Bengkulu", "count": 1, "by": "Rohidin Mersyah"}],
      "people": ["Rohidin Mersyah", "Isnan Fajri"]}),
    ("installation in the title, body with pronoun",
     "Wakil Bupati Malang Didik Gatot Subroto melantik 53 pejabat pengawas di Pendopo Agung Kabupaten Malang, "
     "Jumat (19/1/2024). Didik berpesan agar mereka menjaga integritas.",
     "2024-01-19",
     {"inauguration": [{"region": "Kabupaten Malang", "count": 53, "by": "Didik Gatot Subroto"}]}),
    # ---------------------------------------------------------------- counts
    ("count with terdiri dari after sebanyak",
     "SUBANG – Sebanyak 203 pejabat dilantik Pj Bupati Subang Imran di Aula Pemkab, Kamis (4/7/2024). Mereka "
     "terdiri dari 20 pejabat administrator dan 183 pejabat pengawas.",
     "2024-07-04",
     {"inauguration": [{"region": "Kabupaten Subang", "count": 203, "by": "Imran"}]}),
    ("count of orang after the position",
     "GRESIK – Bupati Gresik Fandi Akhmad Yani melantik pejabat fungsional sebanyak 112 orang di Wahana "
     "Ekspresi Poesponegoro, Jumat (5/1/2024).",
     "2024-01-05",
     {"inauguration": [{"region": "Kabupaten Gresik", "count": 112, "by": "Fandi Akhmad Yani"}]}),
    ("count in parentheses after words",
     "PATI – Bupati Pati Haryanto melantik tiga puluh (30) kepala desa hasil pilkades antarwaktu di Pendopo "
     "Kabupaten Pati, Senin (5/2/2024).",
     "2024-02-05",
     {"inauguration": [{"region": "Kabupaten Pati", "count": 30, "by": "Haryanto"}]}),
    # ---------------------------------------------------------------- no event: plans, background, elsewhere
    ("will be installed: a plan",
     "MAGETAN – Sebanyak 45 kepala desa terpilih di Kabupaten Magetan akan dilantik Bupati Magetan pada Senin "
     "(18/3/2024) di Pendopo Surya Graha.",
     "2024-03-14",
     {"inauguration": []}),
    ("a head installed last year, today a meeting",
     "BLITAR – Wali Kota Blitar Santoso yang dilantik pada 2021 lalu memimpin rapat koordinasi penanganan "
     "inflasi di Balai Kota, Selasa (5/3/2024).",
     "2024-03-05",
     {"inauguration": []}),
    ("a schedule announced by the DPRD: a plan",
     "Ketua DPRD Kabupaten Semarang mengumumkan jadwal pelantikan anggota DPRD periode 2024-2029, yakni "
     "pada 20 Agustus 2024.",
     "2024-08-01",
     {"inauguration": []}),
    ("the regent asks newly installed officials: no second event",
     "TEGAL – Bupati Tegal Umi Azizah melantik 31 pejabat administrator di Pendopo Amangkurat, Rabu "
     "(7/2/2024). Umi meminta para pejabat yang baru dilantik segera beradaptasi.",
     "2024-02-07",
     {"inauguration": [{"region": "Kabupaten Tegal", "count": 31, "by": "Umi Azizah"}]}),
    # ---------------------------------------------------------------- signings
    ("performance agreement of the year with TA",
     "PEMALANG – Penandatanganan Perjanjian Kinerja (PK) Tahun Anggaran 2024 di lingkungan Pemkab Pemalang "
     "digelar di Pendopo Kabupaten, Rabu(31/1/2024).",
     "2024-01-31",
     {"agreement_signing": [{"region": "Kabupaten Pemalang", "kind": "perjanjian_kinerja", "year": 2024,
                             "date": "2024-01-31"}]}),
    ("MoU with the prosecutors, teken in headline style",
     "KENDAL – Pemkab Kendal dan Kejaksaan Negeri Kendal teken nota kesepahaman bidang perdata dan tata usaha "
     "negara di Ruang Abdi Praja, Selasa (20/2/2024).",
     "2024-02-20",
     {"agreement_signing": [{"region": "Kabupaten Kendal", "kind": "mou", "date": "2024-02-20"}]}),
    ("signed in passive by both heads",
     "Nota kesepahaman tentang pengelolaan sampah ditandatangani langsung oleh Wali Kota Bogor Bima Arya dan "
     "Bupati Bogor Iwan Setiawan di Balai Kota Bogor, Kamis (7/9/2023).",
     "2023-09-07",
     {"agreement_signing": [{"kind": "mou", "date": "2023-09-07"}],
      "people": ["Bima Arya", "Iwan Setiawan"]}),
    ("cooperation marked by signing: ditandai dengan",
     "SLEMAN – Pemkab Sleman menjalin kerja sama dengan BPJS Ketenagakerjaan. Kerja sama itu ditandai dengan "
     "penandatanganan perjanjian kerja sama oleh Bupati Sleman Kustini Sri Purnomo di Pendopo Parasamya, "
     "Senin (11/3/2024).",
     "2024-03-11",
     {"agreement_signing": [{"region": "Kabupaten Sleman", "kind": "pks", "date": "2024-03-11"}],
      "people": ["Kustini Sri Purnomo"]}),
    ("signature affixed: membubuhkan tanda tangan",
     "Bupati Banyumas Achmad Husein dan Rektor Universitas Jenderal Soedirman membubuhkan tanda tangan pada "
     "naskah nota kesepahaman di Pendopo Si Panji, Jumat (12/1/2024).",
     "2024-01-12",
     {"agreement_signing": [{"region": "Kabupaten Banyumas", "kind": "mou", "date": "2024-01-12"}]}),
    ("integrity pact of new officials after their installation",
     "Usai dilantik, 25 pejabat pengawas Pemkot Surakarta menandatangani pakta integritas di Pendhapi Gedhe "
     "Balai Kota, Rabu (3/1/2024). Pelantikan dipimpin Wali Kota Surakarta Gibran Rakabuming Raka.",
     "2024-01-03",
     {"agreement_signing": [{"region": "Kota Surakarta", "kind": "pakta_integritas"}],
      "inauguration": [{"region": "Kota Surakarta", "count": 25, "by": "Gibran Rakabuming Raka"}]}),
    ("an old MoU recalled: no event",
     "Kerja sama itu merupakan tindak lanjut nota kesepahaman yang ditandatangani Pemkab Sragen dan Universitas "
     "Sebelas Maret pada 2021 lalu.",
     "2024-03-01",
     {}),
    ("a planned PKS: no event",
     "Pemkot Semarang berencana menandatangani perjanjian kerja sama dengan PT KAI terkait penataan kawasan "
     "stasiun bulan depan.",
     "2024-03-01",
     {}),
    ("grant agreement with KPU and Bawaslu",
     "KLATEN – Pemkab Klaten menandatangani Naskah Perjanjian Hibah Daerah (NPHD) dengan KPU dan Bawaslu "
     "Klaten untuk pelaksanaan Pilkada serentak 2024, Jumat (10/11/2023).",
     "2023-11-10",
     {"agreement_signing": [{"region": "Kabupaten Klaten", "kind": "nphd", "year": 2024}]}),
    ("a signing between a regency and a province's agency in the province's town",
     "PADANG – Pemkab Pesisir Selatan menandatangani perjanjian kerja sama dengan Bank Nagari di Padang, "
     "Selasa (13/2/2024), terkait penyaluran kredit usaha rakyat.",
     "2024-02-13",
     {"agreement_signing": [{"region": "Kabupaten Pesisir Selatan", "kind": "pks"}]}),
    # ---------------------------------------------------------------- people traps
    ("headline verbs after a title are no name",
     "Pj Bupati Kobar Sebut Penandatanganan NPHD Bukti Dukungan Pemkab\nNaskah perjanjian hibah daerah "
     "untuk Pilkada 2024 ditandatangani Pj Bupati Kotawaringin Barat Budi Santosa bersama Ketua KPU di "
     "Pangkalan Bun, Senin (13/11/2023).",
     "2023-11-13",
     {"agreement_signing": [{"region": "Kabupaten Kotawaringin Barat", "kind": "nphd"}],
      "people": ["Budi Santosa"], "not_people": ["Sebut Penandatanganan", "Bukti Dukungan Pemkab"]}),
    ("an office's unit words are no name",
     "Penandatanganan nota kesepahaman dilakukan oleh Direktur Sinkronisasi Urusan Pemerintahan Daerah "
     "Kemendagri dan Bupati Sinjai Andi Seto Gadhista Asapa di Jakarta, Rabu (6/3/2024).",
     "2024-03-06",
     {"agreement_signing": [{"region": "Kabupaten Sinjai", "kind": "mou"}],
      "people": ["Andi Seto Gadhista Asapa"], "not_people": ["Sinkronisasi Urusan"]}),
    ("names with middle initials",
     "KUPANG – Bupati Kupang Korinus Masneno dan Rektor Universitas Nusa Cendana Maxs U. E. Sanam "
     "menandatangani nota kesepahaman di Oelamasi, Senin (4/3/2024). Hadir Kepala Bappeda Kabupaten Kupang "
     "Yohanes P. Mone.",
     "2024-03-04",
     {"agreement_signing": [{"region": "Kabupaten Kupang", "kind": "mou"}],
      "people": ["Korinus Masneno", "Yohanes P. Mone"]}),
]

MORE_PROBES += [
    # ---------------------------------------------------------------- signings told over two sentences
    ("the parties in one sentence, the signing in the next",
     "MAROS – Pemkab Maros dan Universitas Hasanuddin sepakat bekerja sama di bidang pendidikan dan kesehatan. "
     "Penandatanganan nota kesepahaman dilakukan di Ruang Rapat Rektorat, Senin (4/3/2024).",
     "2024-03-04",
     {"agreement_signing": [{"region": "Kabupaten Maros", "kind": "mou", "date": "2024-03-04"}]}),
    ("the kind named first, signed by pronoun later",
     "PROBOLINGGO – Pemkot Probolinggo menjalin perjanjian kerja sama dengan Kantor Pertanahan tentang "
     "percepatan sertifikasi aset. Perjanjian itu ditandatangani Wali Kota Probolinggo Habib Hadi Zainal "
     "Abidin, Rabu (14/2/2024).",
     "2024-02-14",
     {"agreement_signing": [{"region": "Kota Probolinggo", "kind": "pks", "date": "2024-02-14"}],
      "people": ["Habib Hadi Zainal Abidin"]}),
    ("a signing with a long waiting word",
     "Setelah menunggu hampir setahun, Pemkab Lebak akhirnya menandatangani perjanjian kerja sama dengan "
     "PT PLN tentang penerangan jalan umum, Kamis (7/3/2024).",
     "2024-03-07",
     {"agreement_signing": [{"region": "Kabupaten Lebak", "kind": "pks"}]}),
    ("a signing by the regional secretary on the head's behalf",
     "Sekda Kabupaten Ciamis Tatang mewakili Bupati menandatangani pakta integritas bersama para kepala "
     "perangkat daerah di Aula Setda, Selasa (9/1/2024).",
     "2024-01-09",
     {"agreement_signing": [{"region": "Kabupaten Ciamis", "kind": "pakta_integritas"}]}),
    ("a DPRD and the regent sign the budget agreement",
     "BATANG – Bupati Batang dan pimpinan DPRD Batang menandatangani nota kesepakatan Kebijakan Umum APBD "
     "tahun 2025 dalam rapat paripurna, Senin (5/8/2024).",
     "2024-08-05",
     {"agreement_signing": [{"region": "Kabupaten Batang", "kind": "mou"}]}),
    # ---------------------------------------------------------------- inaugurations in other shapes
    ("after a long wait, finally installed",
     "Setelah menunggu berbulan-bulan, 14 kepala desa terpilih di Kabupaten Indramayu akhirnya dilantik oleh "
     "Bupati Indramayu Nina Agustina, Rabu (20/3/2024).",
     "2024-03-20",
     {"inauguration": [{"region": "Kabupaten Indramayu", "count": 14, "by": "Nina Agustina"}]}),
    ("installed today, the regent hopes they will work soon",
     "BREBES – Bupati Brebes Idza Priyanti melantik 28 pejabat pengawas, Kamis (11/1/2024). Idza berharap "
     "mereka akan segera bekerja melayani masyarakat.",
     "2024-01-11",
     {"inauguration": [{"region": "Kabupaten Brebes", "count": 28, "by": "Idza Priyanti"}]}),
    ("Pj installed in a province's capital by the minister's deputy",
     "GORONTALO – Sekjen Kemendagri Suhajar Diantoro atas nama Menteri Dalam Negeri melantik Ismail Pakaya "
     "sebagai Penjabat Gubernur Gorontalo di Gedung Belle Li Mbui, Selasa (14/5/2024).",
     "2024-05-14",
     {"inauguration": [{"region": "Provinsi Gorontalo", "count": 1}], "people": ["Ismail Pakaya"]}),
    ("installed heads of two regions named in the next sentence with pairs",
     "SAMARINDA – Gubernur Kalimantan Timur melantik dua pasang kepala daerah di Lamin Etam, Senin (1/3/2021). "
     "Mereka adalah Bupati dan Wakil Bupati Berau serta Bupati dan Wakil Bupati Paser.",
     "2021-03-01",
     {"inauguration": [{"region": "Kabupaten Berau", "count": 2}, {"region": "Kabupaten Paser", "count": 2}]}),
    ("the day in the previous sentence, the act in the next",
     "Senin (22/1/2024) menjadi hari bersejarah bagi 11 pejabat di Kabupaten Rembang. Mereka dilantik "
     "Bupati Rembang Abdul Hafidz di Pendopo Museum Kartini.",
     "2024-01-22",
     {"inauguration": [{"region": "Kabupaten Rembang", "count": 11, "by": "Abdul Hafidz",
                        "date": "2024-01-22"}]}),
    ("confirmed village council: pengukuhan BPD",
     "Camat Kemusu mengukuhkan 9 anggota Badan Permusyawaratan Desa (BPD) Desa Kedungmulyo, Boyolali, di "
     "Balai Desa, Jumat (2/2/2024).",
     "2024-02-02",
     {"inauguration": [{"region": "Kabupaten Boyolali", "count": 9}]}),
    ("an installation reported by a PNS association: not a club",
     "PACITAN – Bupati Pacitan Indrata Nur Bayuaji mengukuhkan pengurus Korpri Kabupaten Pacitan masa bakti "
     "2023-2028 di Pendopo Kabupaten, Senin (4/12/2023).",
     "2023-12-04",
     {"inauguration": [{"region": "Kabupaten Pacitan", "by": "Indrata Nur Bayuaji"}]}),
    ("a sports club's officers by a regent: no event",
     "Bupati Jepara melantik pengurus KONI Kabupaten Jepara masa bakti 2024-2028 di Pendopo, Senin "
     "(4/3/2024).",
     "2024-03-04",
     {"inauguration": []}),
]

MORE_PROBES += [
    ("several acting governors installed by the minister: one per province",
     "JAKARTA – Menteri Dalam Negeri Tito Karnavian melantik tiga penjabat gubernur di Gedung Sasana Bhakti "
     "Praja, Selasa (5/9/2023). Mereka adalah Bey Machmudin sebagai Pj Gubernur Jawa Barat, Nana Sudjana "
     "sebagai Pj Gubernur Jawa Tengah, dan Sang Made Mahendra Jaya sebagai Pj Gubernur Bali.",
     "2023-09-05",
     {"inauguration": [{"region": r, "by": "Tito Karnavian"} for r in (
         "Provinsi Jawa Barat", "Provinsi Jawa Tengah", "Provinsi Bali")],
      "people": ["Tito Karnavian", "Bey Machmudin", "Nana Sudjana", "Sang Made Mahendra Jaya"]}),
    ("acting governors after the verb: one per province",
     "JAKARTA – Mendagri Tito Karnavian melantik Pj Gubernur Sumatera Utara Hassanudin dan Pj Gubernur "
     "Kalimantan Barat Harisson di Kantor Kemendagri, Selasa (5/9/2023).",
     "2023-09-05",
     {"inauguration": [{"region": "Provinsi Sumatera Utara", "by": "Tito Karnavian"},
                       {"region": "Provinsi Kalimantan Barat", "by": "Tito Karnavian"}],
      "people": ["Hassanudin", "Harisson"]}),
    ("acting regional secretary: Pj Sekda is one office",
     "BOYOLALI – Bupati Boyolali Mohammad Said Hidayat melantik Pj Sekda Boyolali Wiwis Trisiwi Handayani di "
     "Pendopo Gedung Pakai, Senin (11/3/2024).",
     "2024-03-11",
     {"inauguration": [{"region": "Kabupaten Boyolali", "count": 1, "by": "Mohammad Said Hidayat"}],
      "people": ["Mohammad Said Hidayat", "Wiwis Trisiwi Handayani"]}),
    ("installed as: dilantik menjadi",
     "Suharsono dilantik menjadi Kepala Dinas Pendidikan Kabupaten Wonosobo oleh Bupati Wonosobo Afif "
     "Nurhidayat di Pendopo, Jumat (1/3/2024).",
     "2024-03-01",
     {"inauguration": [{"region": "Kabupaten Wonosobo", "count": 1, "by": "Afif Nurhidayat"}],
      "people": ["Suharsono", "Afif Nurhidayat"]}),
    ("civil servants' oath after receiving decrees",
     "SEMARANG – Sebanyak 1.230 CPNS di lingkungan Pemprov Jawa Tengah mengucapkan sumpah PNS di Lapangan "
     "Pancasila, Kamis (1/2/2024). Pengambilan sumpah dipimpin Sekda Jawa Tengah Sumarno.",
     "2024-02-01",
     {"inauguration": [{"region": "Provinsi Jawa Tengah", "count": 1230, "by": "Sumarno"}]}),
    ("installed in the headline only, body tells the prosession",
     "Prosesi pelantikan 42 kepala sekolah di Kabupaten Sukabumi berlangsung khidmat di Pendopo Sukabumi, "
     "Selasa (6/2/2024). Pelantikan dipimpin langsung Bupati Sukabumi Marwan Hamami.",
     "2024-02-06",
     {"inauguration": [{"region": "Kabupaten Sukabumi", "count": 42, "by": "Marwan Hamami"}]}),
    ("a pair of head and deputy in capitals",
     "BUPATI DAN WAKIL BUPATI BANTAENG DILANTIK\nGubernur Sulawesi Selatan melantik Bupati dan Wakil Bupati "
     "Bantaeng di Ruang Pola Kantor Gubernur, Kamis (20/2/2025).",
     "2025-02-20",
     {"inauguration": [{"region": "Kabupaten Bantaeng", "count": 2}]}),
    ("the chairman and members of a village council: BPD",
     "Sebanyak 11 anggota Badan Permusyawaratan Desa dari tiga desa di Kecamatan Ngrayun, Kabupaten Ponorogo, "
     "diambil sumpahnya oleh Camat Ngrayun di Pendopo Kecamatan, Rabu (6/3/2024).",
     "2024-03-06",
     {"inauguration": [{"region": "Kabupaten Ponorogo", "count": 11}]}),
    # ---------------------------------------------------------------- signings
    ("the regent witnesses a PKS between agencies",
     "WONOGIRI – Bupati Wonogiri Joko Sutopo menyaksikan penandatanganan perjanjian kerja sama antara Dinas "
     "Kesehatan dan RSUD dr Soediran Mangun Sumarso di Ruang Girimanik, Kamis (8/2/2024).",
     "2024-02-08",
     {"agreement_signing": [{"region": "Kabupaten Wonogiri", "kind": "pks", "date": "2024-02-08"}]}),
    ("MoU with the police",
     "Pemkab Pekalongan dan Polres Pekalongan menandatangani MoU tentang pengamanan aset daerah di Ruang "
     "Kajen, Senin (26/2/2024).",
     "2024-02-26",
     {"agreement_signing": [{"region": "Kabupaten Pekalongan", "kind": "mou"}]}),
    ("two kinds in one act",
     "Pemkot Tegal menandatangani nota kesepahaman dan perjanjian kerja sama dengan Politeknik Harapan "
     "Bersama di Ruang Adipura, Jumat (23/2/2024).",
     "2024-02-23",
     {"agreement_signing": [{"region": "Kota Tegal", "kind": "mou"}, {"region": "Kota Tegal", "kind": "pks"}]}),
    ("performance agreement of the year, PK abbreviation",
     "Bupati Kudus menyaksikan penandatanganan PK 2024 oleh 40 kepala perangkat daerah di Pendopo Kabupaten "
     "Kudus, Rabu (10/1/2024).",
     "2024-01-10",
     {"agreement_signing": [{"region": "Kabupaten Kudus", "kind": "perjanjian_kinerja", "year": 2024}]}),
    ("kind after the signing noun and the date first",
     "Rabu (17/1/2024), Pemkab Jember melakukan penandatanganan Kesepakatan Bersama dengan Kejaksaan Negeri "
     "Jember di Pendopo Wahyawibawagraha.",
     "2024-01-18",
     {"agreement_signing": [{"region": "Kabupaten Jember", "kind": "mou", "date": "2024-01-17"}]}),
]

MORE_PROBES += [
    ("count in digits restated in words",
     "Bupati Sragen Kusdinar Untung Yuni Sukowati melantik 3 (tiga) orang pejabat pimpinan tinggi pratama di "
     "Ruang Sukowati, Senin (5/2/2024).",
     "2024-02-05",
     {"inauguration": [{"region": "Kabupaten Sragen", "count": 3, "by": "Kusdinar Untung Yuni Sukowati"}]}),
]

MORE_PROBES += [
    ("the same kind signed again on an earlier day: two acts",
     "MADIUN – Seluruh kepala OPD di lingkungan Pemkot Madiun menandatangani pakta integritas di depan Wali "
     "Kota Madiun saat apel pagi, Senin (22/1/2024). Sebelumnya, usai dilantik pada Rabu (27/12/2023), Wali Kota Madiun Maidi juga "
     "menandatangani pakta integritas di Gedung Negara Grahadi.",
     "2024-01-22",
     {"agreement_signing": [{"region": "Kota Madiun", "kind": "pakta_integritas", "date": "2024-01-22"},
                            {"region": "Kota Madiun", "kind": "pakta_integritas", "date": "2023-12-27"}],
      "inauguration": [{"region": "Kota Madiun", "date": "2023-12-27"}]}),
    ("the same kind named again the same day: one act",
     "Para camat se-Kabupaten Demak menandatangani perjanjian kinerja tahun 2024 di Pendopo, Senin (15/1/2024). "
     "Bupati Demak Eisti'anah juga menandatangani perjanjian kinerja bersama Gubernur, Senin (15/1/2024).",
     "2024-01-15",
     {"agreement_signing": [{"region": "Kabupaten Demak", "kind": "perjanjian_kinerja"}]}),
]

MORE_PROBES += [
    ("the same installer's earlier act: two ceremonies",
     "MATARAM – Gubernur NTB Zulkieflimansyah melantik 40 pejabat lingkup Pemprov NTB di Gedung Sangkareang, "
     "Jumat (12/4/2019). Pada pelantikan sebelumnya, Zulkieflimansyah melantik pejabat yang sebagian besar "
     "berasal dari Dinas Kesehatan.",
     "2019-04-12",
     {"inauguration": [{"region": "Provinsi Nusa Tenggara Barat", "count": 40, "date": "2019-04-12"},
                       {"region": "Provinsi Nusa Tenggara Barat", "date": None}]}),
    ("an earlier act told with its own day",
     "Bupati Klaten Sri Mulyani melantik 35 pejabat pengawas di Pendopo, Senin (8/1/2024). Sebelumnya, pada "
     "Rabu (3/1/2024), Sri Mulyani juga melantik 20 pejabat administrator.",
     "2024-01-08",
     {"inauguration": [{"region": "Kabupaten Klaten", "count": 35, "date": "2024-01-08"},
                       {"region": "Kabupaten Klaten", "count": 20, "date": "2024-01-03"}]}),
    ("a recap of the same act is not a second one",
     "Bupati Klaten Sri Mulyani melantik 35 pejabat pengawas di Pendopo, Senin (8/1/2024). Sri Mulyani yang "
     "melantik mereka meminta para pejabat bekerja sepenuh hati.",
     "2024-01-08",
     {"inauguration": [{"region": "Kabupaten Klaten", "count": 35}]}),
]

MORE_PROBES += [
    # ---------------------------------------------------------------- more than one act in a signing article
    ("MoU then PKS: selanjutnya",
     "Pemkab Magelang menandatangani nota kesepahaman dengan Universitas Tidar di Pendopo Drh Soepardi, Senin "
     "(5/2/2024). Selanjutnya, penandatanganan perjanjian kerja sama dilakukan oleh Kepala Dinas Pendidikan dan "
     "Dekan FKIP Universitas Tidar.",
     "2024-02-05",
     {"agreement_signing": [{"region": "Kabupaten Magelang", "kind": "mou"},
                            {"region": "Kabupaten Magelang", "kind": "pks"}]}),
    ("MoU then PKS: kemudian",
     "Bupati Pemalang Mansur Hidayat meneken MoU dengan Kejaksaan Negeri Pemalang, Rabu (7/2/2024). Kemudian "
     "para kepala OPD menandatangani perjanjian kerja sama dengan Kejari.",
     "2024-02-07",
     {"agreement_signing": [{"region": "Kabupaten Pemalang", "kind": "mou"},
                            {"region": "Kabupaten Pemalang", "kind": "pks"}]}),
    ("headline names two kinds, the body signs one and follows the other up",
     "Pemkot Blitar dan BPN Kota Blitar menandatangani nota kesepahaman tentang percepatan sertifikasi aset di "
     "Balai Kota, Senin (4/3/2024). Kesepakatan itu ditindaklanjuti dengan perjanjian kerja sama teknis.",
     "2024-03-04",
     {"title": "Pemkot Blitar Teken MoU dan PKS dengan BPN",
      "agreement_signing": [{"region": "Kota Blitar", "kind": "mou"}, {"region": "Kota Blitar", "kind": "pks"}]}),
    ("one kind in the headline, the same in the body: one act",
     "Pemkot Blitar dan BPN Kota Blitar menandatangani nota kesepahaman tentang percepatan sertifikasi aset di "
     "Balai Kota, Senin (4/3/2024).",
     "2024-03-04",
     {"title": "Pemkot Blitar Teken MoU dengan BPN",
      "agreement_signing": [{"region": "Kota Blitar", "kind": "mou"}]}),
    # ---------------------------------------------------------------- acting heads in other list shapes
    ("acting heads with the office in parentheses",
     "AMBON – Pj Gubernur Maluku Sadali Ie melantik tiga penjabat bupati di Lantai VII Kantor Gubernur, Senin "
     "(27/5/2024). Mereka yakni Rakib Sahubawa (Pj Bupati Maluku Tengah), Alfredo Hehamahua (Pj Bupati Buru "
     "Selatan) dan Jais Ely (Pj Bupati Seram Bagian Timur).",
     "2024-05-27",
     {"inauguration": [{"region": r, "by": "Sadali Ie"} for r in (
         "Kabupaten Maluku Tengah", "Kabupaten Buru Selatan", "Kabupaten Seram Bagian Timur")],
      "people": ["Sadali Ie", "Rakib Sahubawa", "Alfredo Hehamahua", "Jais Ely"]}),
    ("acting heads numbered on lines",
     "PALU – Gubernur Sulawesi Tengah Rusdy Mastura melantik tiga penjabat bupati, Rabu (22/5/2024). Berikut "
     "nama-nama yang dilantik:\n1. Mohammad Rifani sebagai Pj Bupati Banggai Laut\n2. Moh. Nadjib sebagai Pj "
     "Bupati Tojo Una-Una\n3. Rudi Dewanto sebagai Pj Bupati Parigi Moutong",
     "2024-05-22",
     {"inauguration": [{"region": r} for r in (
         "Kabupaten Banggai Laut", "Kabupaten Tojo Una Una", "Kabupaten Parigi Moutong")]}),
    ("acting heads named for regencies with untuk",
     "BANDA ACEH – Pj Gubernur Aceh Bustami Hamzah melantik dua penjabat bupati, Kamis (4/7/2024), masing-"
     "masing Azwardi untuk Kabupaten Aceh Utara dan Teuku Ahmad Dadek untuk Kabupaten Nagan Raya.",
     "2024-07-04",
     {"inauguration": [{"region": "Kabupaten Aceh Utara", "by": "Bustami Hamzah"},
                       {"region": "Kabupaten Nagan Raya", "by": "Bustami Hamzah"}]}),
    ("a second acting head installed by the same governor later the same day",
     "BENGKULU – Gubernur Bengkulu Rohidin Mersyah melantik Pj Wali Kota Bengkulu Arif Gunadi di Gedung Daerah, "
     "Senin (22/7/2024). Pada hari yang sama, Rohidin juga melantik Pj Bupati Mukomuko Abdul Mukti Rauf.",
     "2024-07-22",
     {"inauguration": [{"region": "Kota Bengkulu", "by": "Rohidin Mersyah"},
                       {"region": "Kabupaten Mukomuko", "by": "Rohidin Mersyah"}]}),
    ("PKK chairs of three regencies confirmed in one act",
     "Ketua TP PKK Jawa Barat mengukuhkan Pj Ketua TP PKK Kabupaten Bekasi, Kabupaten Cirebon dan Kota Banjar di "
     "Gedung Sate, Selasa (28/5/2024).",
     "2024-05-28",
     {"inauguration": [{"region": r} for r in ("Kabupaten Bekasi", "Kabupaten Cirebon", "Kota Banjar")]}),
    ("a head's earlier installation told with its day: its own event",
     "PADANG – Gubernur Sumatera Barat Mahyeldi melantik Pj Wali Kota Padang Panjang Sonny Budaya Putra di "
     "Istana Gubernuran, Senin (27/5/2024). Sementara Pj Bupati Kepulauan Mentawai Fernando Simanjuntak "
     "menjabat sejak dilantik pada 24 Mei 2023.",
     "2024-05-27",
     {"inauguration": [{"region": "Kota Padang Panjang", "date": "2024-05-27"},
                       {"region": "Kabupaten Kepulauan Mentawai", "date": "2023-05-24"}]}),
]

_FIVE = ("Kabupaten Bone", "Kabupaten Soppeng", "Kabupaten Wajo", "Kabupaten Sidenreng Rappang", "Kota Parepare")
MORE_PROBES += [
    # ---------------------------------------------------------------- several elected pairs in one ceremony
    ("elected pairs listed with their regions in parentheses",
     "MAKASSAR – Gubernur Sulawesi Selatan melantik lima pasang bupati dan wali kota hasil Pilkada 2024 di "
     "Ruang Pola Kantor Gubernur, Rabu (26/2/2025). Mereka adalah Andi Asman Sulaiman dan Andi Akmal Pasluddin "
     "(Kabupaten Bone), Suwardi Haseng dan Selle KS Dalle (Kabupaten Soppeng), Andi Rosman dan Baso Rahmanuddin "
     "(Kabupaten Wajo), Syaharuddin Alrif dan Nurkanaah (Kabupaten Sidenreng Rappang), serta Tasming Hamid dan "
     "Hermanto (Kota Parepare).",
     "2025-02-26",
     {"inauguration": [{"region": r, "count": 2} for r in _FIVE]}),
    ("elected pairs with office and region, separated by semicolons",
     "MAKASSAR – Gubernur Sulawesi Selatan melantik lima pasangan kepala daerah, Rabu (26/2/2025). Kelima "
     "pasangan itu yakni Bupati Bone Andi Asman Sulaiman dan Wakil Bupati Bone Andi Akmal Pasluddin; Bupati "
     "Soppeng Suwardi Haseng dan Wakil Bupati Soppeng Selle KS Dalle; Bupati Wajo Andi Rosman dan Wakil Bupati "
     "Wajo Baso Rahmanuddin; Bupati Sidrap Syaharuddin Alrif dan Wakil Bupati Sidrap Nurkanaah; serta Wali Kota "
     "Parepare Tasming Hamid dan Wakil Wali Kota Parepare Hermanto.",
     "2025-02-26",
     {"inauguration": [{"region": r, "count": 2} for r in _FIVE]}),
    ("elected pairs as lines with a colon",
     "MAKASSAR – Gubernur Sulawesi Selatan melantik lima pasang kepala daerah, Rabu (26/2/2025). Berikut "
     "daftarnya:\nBupati dan Wakil Bupati Bone: Andi Asman Sulaiman – Andi Akmal Pasluddin\nBupati dan Wakil "
     "Bupati Soppeng: Suwardi Haseng – Selle KS Dalle\nBupati dan Wakil Bupati Wajo: Andi Rosman – Baso "
     "Rahmanuddin\nBupati dan Wakil Bupati Sidenreng Rappang: Syaharuddin Alrif – Nurkanaah\nWali Kota dan "
     "Wakil Wali Kota Parepare: Tasming Hamid – Hermanto",
     "2025-02-26",
     {"inauguration": [{"region": r, "count": 2} for r in _FIVE]}),
    ("elected pairs, one sentence each",
     "MAKASSAR – Gubernur Sulawesi Selatan melantik lima pasang kepala daerah, Rabu (26/2/2025). Andi Asman "
     "Sulaiman dan Andi Akmal Pasluddin dilantik sebagai Bupati dan Wakil Bupati Bone. Suwardi Haseng dan Selle "
     "KS Dalle sebagai Bupati dan Wakil Bupati Soppeng. Andi Rosman dan Baso Rahmanuddin sebagai Bupati dan "
     "Wakil Bupati Wajo. Syaharuddin Alrif dan Nurkanaah sebagai Bupati dan Wakil Bupati Sidenreng Rappang. "
     "Tasming Hamid dan Hermanto sebagai Wali Kota dan Wakil Wali Kota Parepare.",
     "2025-02-26",
     {"inauguration": [{"region": r, "count": 2} for r in _FIVE]}),
    ("heads of five regions listed after kabupaten words",
     "MAKASSAR – Gubernur Sulawesi Selatan melantik kepala daerah dari lima daerah, yakni Kabupaten Bone, "
     "Soppeng, Wajo, Sidenreng Rappang dan Kota Parepare, Rabu (26/2/2025).",
     "2025-02-26",
     {"inauguration": [{"region": r} for r in _FIVE]}),
    ("acting heads of five regions, names then regions in a list of pairs",
     "MAKASSAR – Pj Gubernur Sulawesi Selatan Bahtiar Baharuddin melantik lima penjabat bupati dan wali kota, "
     "Rabu (22/5/2024). Kelimanya, yakni Andi Winarno (Bone), Andi Ilham (Soppeng), Andi Bataralifu (Wajo), "
     "Basra (Sidenreng Rappang) dan Akbar Ali (Parepare).",
     "2024-05-22",
     {"inauguration": [{"region": r} for r in _FIVE]}),
    ("acting heads: Pj Bupati X dijabat oleh Y",
     "MAKASSAR – Pj Gubernur Sulawesi Selatan melantik lima penjabat kepala daerah, Rabu (22/5/2024). Pj Bupati "
     "Bone dijabat Andi Winarno, Pj Bupati Soppeng dijabat Andi Ilham, Pj Bupati Wajo dijabat Andi Bataralifu, "
     "Pj Bupati Sidenreng Rappang dijabat Basra, dan Pj Wali Kota Parepare dijabat Akbar Ali.",
     "2024-05-22",
     {"inauguration": [{"region": r} for r in _FIVE]}),
]

MORE_PROBES += [
    # ---------------------------------------------------------------- another kind in a later sentence
    ("a pact, then the performance agreement in the next sentence",
     "KARANGANYAR – Seluruh kepala OPD Pemkab Karanganyar menandatangani pakta integritas di Rumah Dinas "
     "Bupati, Senin (8/1/2024). Penandatanganan perjanjian kinerja tahun 2024 juga dilakukan di hadapan Bupati "
     "Karanganyar Juliyatmono.",
     "2024-01-08",
     {"agreement_signing": [{"region": "Kabupaten Karanganyar", "kind": "pakta_integritas"},
                            {"region": "Kabupaten Karanganyar", "kind": "perjanjian_kinerja", "year": 2024}]}),
    ("a MoU, then a grant agreement signed later in the story",
     "Pemkab Sleman menandatangani nota kesepahaman dengan Polresta Sleman tentang pengamanan Pilkada di "
     "Pendopo Parasamya, Jumat (10/11/2023). Dalam acara itu Bupati Sleman Kustini Sri Purnomo dan Ketua KPU "
     "Sleman menandatangani naskah perjanjian hibah daerah senilai Rp 40 miliar.",
     "2023-11-10",
     {"agreement_signing": [{"region": "Kabupaten Sleman", "kind": "mou"}, {"region": "Kabupaten Sleman", "kind": "nphd"}]}),
    ("the same act named again with another word: one",
     "Pemkot Malang dan Universitas Brawijaya menandatangani MoU di Balai Kota, Senin (5/2/2024). "
     "Penandatanganan MoU dan MoA itu disaksikan para kepala OPD.",
     "2024-02-05",
     {"agreement_signing": [{"region": "Kota Malang", "kind": "mou"}]}),
    ("another kind in a quote: no second act",
     "Pemkab Blora dan Kejari Blora menandatangani MoU bidang perdata, Senin (5/2/2024). \u201cSetelah ini "
     "penandatanganan perjanjian kerja sama dengan tiap OPD,\u201d kata Kajari Blora.",
     "2024-02-05",
     {"agreement_signing": [{"region": "Kabupaten Blora", "kind": "mou"}]}),
]

MORE_PROBES += [
    ("acting heads as a passive subject, each item with its title",
     "SORONG – Pj Bupati Maybrat Yakob Kareth, Pj Bupati Raja Ampat Max Rumbiak, Pj Wali Kota Sorong Septinus "
     "Lobat dan Pj Bupati Tambrauw Ajeng Rumbruren dilantik Pj Gubernur Papua Barat Daya Muhammad Musa'ad, Jumat "
     "(20/9/2024).",
     "2024-09-20",
     {"inauguration": [{"region": r, "count": 1} for r in (
         "Kabupaten Maybrat", "Kabupaten Raja Ampat", "Kota Sorong", "Kabupaten Tambrauw")]}),
    ("acting heads as a plural without number, regions after untuk in the next sentence",
     "SORONG – Pj Gubernur Papua Barat Daya Muhammad Musa'ad melantik penjabat bupati dan wali kota di Gedung "
     "Pertemuan, Jumat (20/9/2024). Para pejabat yang dilantik ialah Yakob Kareth untuk Kabupaten Maybrat, Max "
     "Rumbiak untuk Kabupaten Raja Ampat dan Septinus Lobat untuk Kota Sorong.",
     "2024-09-20",
     {"inauguration": [{"region": r, "count": 1} for r in ("Kabupaten Maybrat", "Kabupaten Raja Ampat", "Kota Sorong")]}),
    ("PKK chairs, each region followed by its holder's name",
     "MAKASSAR – Ketua TP PKK Sulawesi Selatan Naoemi Octarina mengukuhkan Pj Ketua TP PKK Kabupaten Bone Andi "
     "Nurhayati, Kabupaten Soppeng Fitri Ilham dan Kota Parepare Rina Akbar di Baruga Lounge, Kamis (23/5/2024).",
     "2024-05-23",
     {"inauguration": [{"region": r, "count": 1} for r in ("Kabupaten Bone", "Kabupaten Soppeng", "Kota Parepare")]}),
    # ---------------------------------------------------------------- people: phrases and forms of address
    ("a headline line's words after a title are no name",
     "Tandatangani NPHD Bersama KPU, Pj Bupati Kobar Sebut Bukti Dukungan Sukseskan Pilkada\n\nNaskah perjanjian hibah daerah "
     "ditandatangani Pj Bupati Kotawaringin Barat Budi Santosa di Pangkalan Bun, Senin (13/11/2023).",
     "2023-11-13",
     {"agreement_signing": [{"region": "Kabupaten Kotawaringin Barat", "kind": "nphd"}],
      "people": ["Budi Santosa"], "not_people": ["Bukti Dukungan Sukseskan Pilkada", "Bukti Dukungan Sukseskan"]}),
    ("a nickname after a form of address is no second person",
     "MATARAM – Gubernur NTB Zulkieflimansyah melantik 40 pejabat di Gedung Sangkareang, Jumat (12/4/2019). "
     "\u201cSelamat bekerja,\u201d ujar Bang Zul.",
     "2019-04-12",
     {"inauguration": [{"region": "Provinsi Nusa Tenggara Barat", "count": 40}],
      "people": ["Zulkieflimansyah"], "not_people": ["Bang Zul"]}),
]

MORE_PROBES += [
    ("acting heads in a table flattened one cell a line",
     "MAKASSAR – Pj Gubernur Sulawesi Selatan Bahtiar Baharuddin melantik lima penjabat bupati dan wali kota di "
     "Ruang Pola, Rabu (22/5/2024). Berikut daftarnya:\nNo\nNama\nJabatan\n1\nAndi Winarno\nPj Bupati Bone\n2\n"
     "Andi Ilham\nPj Bupati Soppeng\n3\nAndi Bataralifu\nPj Bupati Wajo\n4\nBasra\nPj Bupati Sidrap\n5\nAkbar Ali\n"
     "Pj Wali Kota Parepare",
     "2024-05-22",
     {"inauguration": [{"region": r, "count": 1} for r in _FIVE]}),
]
