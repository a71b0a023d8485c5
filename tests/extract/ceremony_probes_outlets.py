"""Ceremony probes in the styles of different outlets, in our own words: a Diskominfo press release, a local
daily, an online portal with a byline and "Baca juga" lines; acting heads of several regions under one title,
village heads installed en masse, DPRD replacements, rotations counted in groups, confirmations of forums and
councils, handovers, postponements and plans, and organisations whose officers are not the government's.
Same shape as `ceremony_probes.py` (`not_people`: names that must not be read as people)."""

from __future__ import annotations

OUTLET_PROBES: list[tuple[str, str, str, dict]] = [
    # ---------------------------------------------------------------- press releases and portals
    ("press release: groups counted in the next sentence, installer in the next paragraph",
     "WONOSOBO – Pemerintah Kabupaten Wonosobo menggelar pelantikan pejabat di lingkungan Pemkab Wonosobo di "
     "Pendopo Bupati, Jumat (10/1/2025). Pejabat yang dilantik terdiri atas 17 pejabat administrator, 48 "
     "pejabat pengawas dan 67 pejabat fungsional.\n"
     "Pelantikan dipimpin langsung oleh Bupati Wonosobo Afif Nurhidayat. Dalam sambutannya, Afif meminta "
     "pejabat yang baru dilantik segera menyesuaikan diri dengan tugas barunya.\n"
     "\"Jabatan adalah amanah. Laksanakan dengan penuh tanggung jawab,\" tegasnya.\n(Diskominfo Wonosobo)",
     "2025-01-10",
     {"inauguration": [{"region": "Kabupaten Wonosobo", "count": 132, "by": "Afif Nurhidayat",
                        "date": "2025-01-10"}],
      "people": ["Afif Nurhidayat"], "not_people": ["Diskominfo Wonosobo"]}),
    ("portal: byline and Baca juga lines around the act",
     "Reporter: Dimas Prasetyo | Editor: Rina Wulandari\n\n"
     "KUDUS – Sebanyak 56 pejabat eselon III dan IV di lingkungan Pemerintah Kabupaten Kudus dilantik Bupati "
     "Kudus Sam'ani Intakoris, Kamis (6/3/2025) sore.\n"
     "Baca juga: Harga Cabai di Kudus Naik Jelang Ramadan\n"
     "Pelantikan berlangsung di Pendopo Kabupaten Kudus. Sam'ani menyebut rotasi ini bagian dari penyegaran "
     "organisasi.\nBaca juga: Bupati Kudus Resmikan Pasar Baru Jati",
     "2025-03-07",
     {"inauguration": [{"region": "Kabupaten Kudus", "count": 56, "by": "Sam'ani Intakoris",
                        "date": "2025-03-06"}],
      "people": ["Sam'ani Intakoris"], "not_people": ["Dimas Prasetyo", "Rina Wulandari"]}),
    ("local daily: English page header, acting regent by the governor in the provincial hall",
     "Selasa, April 8, 2025\n"
     "BANDA ACEH – Penjabat Gubernur Aceh Safrizal ZA melantik Penjabat Bupati Aceh Tamiang, Meurah Budiman, "
     "di Anjong Mon Mata, Banda Aceh. Meurah menggantikan penjabat sebelumnya yang telah bertugas setahun.",
     "2025-04-09",
     {"inauguration": [{"region": "Kabupaten Aceh Tamiang", "count": 1, "by": "Safrizal ZA",
                        "date": "2025-04-08"}],
      "people": ["Safrizal ZA", "Meurah Budiman"]}),
    ("acting heads: regions as bullets with the holder in parentheses",
     "SERANG – Pj Gubernur Banten Al Muktabar melantik tiga penjabat kepala daerah di Pendopo Gubernur Banten, "
     "Senin (20/5/2024). Ketiga penjabat itu masing-masing untuk:\n"
     "• Kabupaten Tangerang (Andi Ony Prihartono)\n"
     "• Kota Tangerang (Nurdin)\n"
     "• Kabupaten Lebak (Gunawan Rusminto)\n"
     "Al Muktabar berpesan agar ketiganya menjaga netralitas aparatur.",
     "2024-05-20",
     {"inauguration": [{"region": r, "by": "Al Muktabar", "date": "2024-05-20"} for r in (
         "Kabupaten Tangerang", "Kota Tangerang", "Kabupaten Lebak")],
      "people": ["Al Muktabar", "Andi Ony Prihartono", "Gunawan Rusminto"]}),
    ("acting mayors: one title over several places",
     "BANDUNG – Pj Gubernur Jawa Barat Bey Machmudin melantik Pj Wali Kota Bekasi, Bogor dan Cirebon di "
     "Gedung Sate, Senin (20/5/2024).",
     "2024-05-20",
     {"inauguration": [{"region": r, "by": "Bey Machmudin"} for r in ("Kota Bekasi", "Kota Bogor",
                                                                      "Kota Cirebon")]}),
    ("acting regents: ialah with name and region in each clause",
     "PALEMBANG – Pj Gubernur Sumatera Selatan Elen Setiadi melantik dua penjabat bupati di Griya Agung, "
     "Kamis (4/7/2024). Keduanya ialah Sandi Fahlepi yang menjadi Pj Bupati Lahat dan Ahmad Rizali yang "
     "menjadi Pj Bupati Muara Enim.",
     "2024-07-04",
     {"inauguration": [{"region": r, "by": "Elen Setiadi"} for r in ("Kabupaten Lahat",
                                                                     "Kabupaten Muara Enim")],
      "people": ["Elen Setiadi", "Sandi Fahlepi", "Ahmad Rizali"]}),
    # ---------------------------------------------------------------- villages
    ("village heads en masse: the count of districts is no count of officials",
     "MAGELANG – Bupati Magelang Zaenal Arifin melantik 67 kepala desa hasil pilkades serentak di Lapangan "
     "Drh Soepardi, Rabu (16/4/2025). Para kepala desa tersebut berasal dari 12 kecamatan.",
     "2025-04-16",
     {"inauguration": [{"region": "Kabupaten Magelang", "count": 67, "by": "Zaenal Arifin"}],
      "people": ["Zaenal Arifin"]}),
    ("one village head by the camat, comma apposition, on the regent's behalf",
     "GARUT – Camat Cibatu, Budi Hartono, atas nama Bupati Garut melantik Ahmad Fauzi sebagai Kepala Desa "
     "Sukamaju periode 2025-2031 di Balai Desa Sukamaju, Sabtu (15/2/2025).",
     "2025-02-15",
     {"inauguration": [{"region": "Kabupaten Garut", "count": 1, "by": "Budi Hartono"}],
      "people": ["Budi Hartono", "Ahmad Fauzi"], "not_people": ["Cibatu"]}),
    ("village heads: Kades abbreviation and the verb in the subject's passive",
     "PURBALINGGA – Puluhan kades terpilih di Kabupaten Purbalingga resmi dilantik, Selasa (10/12/2024). "
     "Sebanyak 34 kades itu dilantik Pj Bupati Purbalingga Umi Sulistiyanti di Pendopo Dipokusumo.",
     "2024-12-10",
     {"inauguration": [{"region": "Kabupaten Purbalingga", "count": 34, "by": "Umi Sulistiyanti"}]}),
    # ---------------------------------------------------------------- councils
    ("DPRD replacement: diambil sumpahnya, the member named with adalah",
     "JEMBER – Rapat paripurna DPRD Kabupaten Jember dengan agenda pengucapan sumpah/janji anggota DPRD "
     "pengganti antarwaktu digelar Senin (3/6/2024). Anggota yang diambil sumpahnya adalah Siti Maryam dari "
     "Fraksi PKB.",
     "2024-06-03",
     {"inauguration": [{"region": "Kabupaten Jember", "count": 1, "date": "2024-06-03"}],
      "people": ["Siti Maryam"], "not_people": ["Fraksi PKB"]}),
    ("DPRD members sworn in for a new term: the count and the court's head",
     "BOYOLALI – Sebanyak 50 anggota DPRD Kabupaten Boyolali masa jabatan 2024-2029 mengucapkan sumpah/janji "
     "dalam rapat paripurna istimewa di Gedung DPRD, Rabu (14/8/2024). Pengambilan sumpah dipandu Ketua "
     "Pengadilan Negeri Boyolali.",
     "2024-08-14",
     {"inauguration": [{"region": "Kabupaten Boyolali", "count": 50}],
      "not_people": ["Pengadilan Negeri Boyolali"]}),
    # ---------------------------------------------------------------- rotations and secretaries
    ("rotation of senior officials then installed groups: summed",
     "SEMARANG – Wali Kota Semarang Hevearita Gunaryanti Rahayu melantik 11 pejabat pimpinan tinggi pratama, "
     "23 pejabat administrator serta 40 pejabat pengawas di Lobi Balai Kota, Selasa (2/1/2024). Mutasi ini "
     "disebut sebagai penyegaran organisasi.",
     "2024-01-02",
     {"inauguration": [{"region": "Kota Semarang", "count": 74, "by": "Hevearita Gunaryanti Rahayu"}]}),
    ("definitive secretary after a long vacancy",
     "KEBUMEN – Setelah hampir setahun dijabat pelaksana harian, kursi Sekda Kebumen akhirnya terisi. Bupati "
     "Kebumen Arif Sugiyanto melantik Edi Rianto sebagai Sekda definitif di Pendopo Rumah Dinas Bupati, Kamis "
     "(7/3/2024).",
     "2024-03-07",
     {"inauguration": [{"region": "Kabupaten Kebumen", "count": 1, "by": "Arif Sugiyanto"}],
      "people": ["Arif Sugiyanto", "Edi Rianto"]}),
    ("camat and lurah counted together",
     "KEDIRI – Sebanyak tujuh camat dan 15 lurah di Kota Kediri dilantik Wali Kota Kediri Abdullah Abu Bakar "
     "di Balai Kota, Jumat (5/1/2024).",
     "2024-01-05",
     {"inauguration": [{"region": "Kota Kediri", "count": 22, "by": "Abdullah Abu Bakar"}]}),
    ("civil servants: diambil sumpahnya in the passive with sebanyak",
     "KLATEN – Sebanyak 1.215 PPPK formasi 2023 di lingkungan Pemkab Klaten diambil sumpahnya oleh Bupati "
     "Klaten Sri Mulyani di Stadion Trikoyo, Senin (1/4/2024).",
     "2024-04-01",
     {"inauguration": [{"region": "Kabupaten Klaten", "count": 1215, "by": "Sri Mulyani"}]}),
    # ---------------------------------------------------------------- forums and companions
    ("children's forum officers confirmed by the regent",
     "BANTUL – Bupati Bantul Abdul Halim Muslih mengukuhkan pengurus Forum Anak Kabupaten Bantul periode "
     "2024-2026 di Pendopo Parasamya, Sabtu (20/7/2024). Sebanyak 35 anak dikukuhkan sebagai pengurus.",
     "2024-07-20",
     {"inauguration": [{"region": "Kabupaten Bantul", "by": "Abdul Halim Muslih"}]}),
    ("Dekranasda chair of a city by the mayor, wife named with Ny.",
     "PEKALONGAN – Wali Kota Pekalongan Achmad Afzan Arslan Djunaid mengukuhkan Ny. Inggit Soraya sebagai "
     "Ketua Dekranasda Kota Pekalongan di Ruang Jetayu, Kamis (11/1/2024).",
     "2024-01-11",
     {"inauguration": [{"region": "Kota Pekalongan", "count": 1, "by": "Achmad Afzan Arslan Djunaid"}],
      "people": ["Inggit Soraya"], "not_people": ["Ny. Inggit Soraya"]}),
    # ---------------------------------------------------------------- handovers
    ("handover of a police chief: no local government event",
     "KLATEN – Serah terima jabatan Kapolres Klaten dari AKBP Warsito kepada AKBP Nur Cahyo digelar di "
     "Mapolda Jawa Tengah, Rabu (10/1/2024).",
     "2024-01-10",
     {"inauguration": []}),
    ("installation then handover the same day: one ceremony",
     "CILACAP – Bupati Cilacap Tatto Suwarto Pamuji melantik Awaluddin Muuri sebagai Sekda Kabupaten Cilacap "
     "di Pendopo Wijayakusuma, Senin (8/1/2024). Usai pelantikan, dilanjutkan serah terima jabatan dari Plh "
     "Sekda kepada Sekda yang baru.",
     "2024-01-08",
     {"inauguration": [{"region": "Kabupaten Cilacap", "count": 1, "by": "Tatto Suwarto Pamuji"}],
      "people": ["Awaluddin Muuri"]}),
    # ---------------------------------------------------------------- postponed, cancelled, planned
    ("postponed installation waiting for a recommendation: no event",
     "JOMBANG – Pelantikan 200 pejabat Pemkab Jombang yang sedianya digelar Jumat (12/1/2024) ditunda. "
     "Kepala BKPSDM Jombang mengatakan penundaan itu karena masih menunggu rekomendasi dari BKN.",
     "2024-01-12",
     {"inauguration": []}),
    ("cancelled after a protest: batal dilantik",
     "Sebanyak 12 kepala desa terpilih di Kabupaten Pemalang batal dilantik pada Senin (8/4/2024) karena "
     "masih ada gugatan hasil pilkades di pengadilan.",
     "2024-04-08",
     {"inauguration": []}),
    ("the BKD's plan with a day: no event",
     "KENDAL – Kepala BKD Kendal mengatakan sebanyak 48 pejabat akan dilantik pada Senin (15/1/2024). "
     "Menurutnya, surat keputusan sudah ditandatangani bupati.",
     "2024-01-12",
     {"inauguration": []}),
    ("a plan phrased with rencananya: no event",
     "SLEMAN – Rencananya, Bupati Sleman Kustini Sri Purnomo melantik 120 dukuh hasil seleksi di Pendopo "
     "Parasamya pekan depan.",
     "2024-02-02",
     {"inauguration": []}),
    ("postponed once, held today",
     "BREBES – Setelah sempat ditunda dua kali, pelantikan 98 pejabat pengawas di lingkungan Pemkab Brebes "
     "akhirnya digelar di Pendopo Kabupaten, Rabu (17/1/2024). Pelantikan dipimpin Pj Bupati Brebes Djoko "
     "Gunawan.",
     "2024-01-17",
     {"inauguration": [{"region": "Kabupaten Brebes", "count": 98, "by": "Djoko Gunawan"}]}),
    # ---------------------------------------------------------------- not the government's officers
    ("a party's district board installed with the regent present: no event",
     "PATI – Ketua DPD Partai Golkar Jawa Tengah melantik pengurus DPD Golkar Kabupaten Pati masa bakti "
     "2024-2029 di Gedung Pati Convention Hall, Minggu (14/1/2024). Bupati Pati turut hadir.",
     "2024-01-14",
     {"inauguration": []}),
    ("a youth mass organisation's officers: no event",
     "TUBAN – Pengurus Cabang Gerakan Pemuda Ansor Kabupaten Tuban masa khidmat 2024-2028 dilantik di "
     "Pendopo Kridho Manunggal, Sabtu (3/2/2024). Bupati Tuban Aditya Halindra Faridzky memberikan sambutan.",
     "2024-02-03",
     {"inauguration": []}),
    ("a rector installs deans: no event",
     "JEMBER – Rektor Universitas Jember Iwan Taruna melantik 15 dekan dan wakil dekan di Gedung Soetardjo, "
     "Senin (5/2/2024). Bupati Jember hadir dalam acara tersebut.",
     "2024-02-05",
     {"inauguration": []}),
    ("journalists' association officers: no event",
     "SOLO – Pengurus PWI Kota Surakarta periode 2024-2027 dikukuhkan di Balai Kota Surakarta, Kamis "
     "(1/2/2024). Wali Kota Surakarta Gibran Rakabuming Raka hadir dan memberi sambutan.",
     "2024-02-01",
     {"inauguration": []}),
    # ---------------------------------------------------------------- days
    ("kemarin with a publication date",
     "BLORA – Bupati Blora Arief Rohman melantik 28 pejabat administrator, kemarin. Pelantikan digelar di "
     "Pendopo Rumah Dinas Bupati Blora.",
     "2024-03-05",
     {"inauguration": [{"region": "Kabupaten Blora", "count": 28, "date": "2024-03-04"}]}),
    ("a day across the new year",
     "REMBANG – Bupati Rembang Abdul Hafidz melantik 26 pejabat pengawas di Pendopo Museum Kartini, Selasa "
     "(31/12).",
     "2025-01-02",
     {"inauguration": [{"region": "Kabupaten Rembang", "count": 26, "date": "2024-12-31"}]}),
    ("day with comma and month name after pada",
     "Bupati Demak Eisti'anah melantik 41 pejabat fungsional pada Rabu, 8 Januari 2025, di Pendopo "
     "Kabupaten Demak.",
     "2025-01-09",
     {"inauguration": [{"region": "Kabupaten Demak", "count": 41, "by": "Eisti'anah", "date": "2025-01-08"}]}),
    # ---------------------------------------------------------------- names
    ("glued capital honorifics before the installer",
     "PONTIANAK – Gubernur Kalimantan Barat DR.H.SUTARMIDJI, M.Hum melantik Harisson sebagai Sekda Provinsi "
     "Kalimantan Barat di Pendopo Gubernur, Senin (4/9/2023).",
     "2023-09-04",
     {"inauguration": [{"region": "Provinsi Kalimantan Barat", "count": 1}],
      "people": ["Sutarmidji", "Harisson"]}),
    ("medical and engineering degrees around names",
     "PURWOREJO – Pj Bupati Purworejo Ir. Yuli Hastuti, M.T. melantik dr. Sudarmi, Sp.PD sebagai Direktur "
     "RSUD Tjitrowardojo di Ruang Arahiwang, Senin (12/2/2024).",
     "2024-02-12",
     {"inauguration": [{"region": "Kabupaten Purworejo", "count": 1, "by": "Yuli Hastuti"}],
      "people": ["Yuli Hastuti", "Sudarmi"]}),
    ("installer in capitals after the title",
     "Pj Bupati Brebes DJOKO GUNAWAN melantik 15 pejabat administrator di Pendopo Brebes, Kamis (8/2/2024).",
     "2024-02-08",
     {"inauguration": [{"region": "Kabupaten Brebes", "count": 15}], "people": ["Djoko Gunawan"]}),
    # ---------------------------------------------------------------- false names
    ("office words after titles are no names",
     "REMBANG – Pelantikan 30 pejabat Pemkab Rembang digelar di Pendopo, Senin (5/2/2024). Kepala Bagian "
     "Organisasi Setda Rembang menyebut seluruh pejabat sudah melalui uji kompetensi. Plt Kepala BKPSDM "
     "Menjelaskan bahwa jabatan kosong masih ada.",
     "2024-02-05",
     {"inauguration": [{"region": "Kabupaten Rembang", "count": 30}],
      "not_people": ["Organisasi Setda Rembang", "Organisasi", "Menjelaskan"]}),
    ("an acting head's region words are no names",
     "SORONG – Pj Gubernur Papua Barat Daya Muhammad Musa'ad melantik Pj Bupati Sorong Selatan di Kantor "
     "Gubernur, Kamis (23/5/2024). Pj Bupati Sorong Selatan Dance Nauw berjanji menjaga netralitas.",
     "2024-05-23",
     {"inauguration": [{"region": "Kabupaten Sorong Selatan", "by": "Muhammad Musa'ad"}],
      "people": ["Muhammad Musa'ad", "Dance Nauw"], "not_people": ["Selatan", "Selatan Dance Nauw"]}),
    # ---------------------------------------------------------------- acting heads, more shapes
    ("acting heads: title, region and name triples coordinated after the verb",
     "SEMARANG – Pj Gubernur Jawa Tengah Nana Sudjana melantik Pj Bupati Banjarnegara Tri Harso Widirahmanto, "
     "Pj Bupati Batang Lani Dwi Rejeki dan Pj Wali Kota Salatiga Yasip Khasani di Gradhika Bhakti Praja, "
     "Jumat (20/9/2024).",
     "2024-09-20",
     {"inauguration": [{"region": r, "count": 1, "by": "Nana Sudjana"} for r in (
         "Kabupaten Banjarnegara", "Kabupaten Batang", "Kota Salatiga")],
      "people": ["Nana Sudjana", "Tri Harso Widirahmanto", "Lani Dwi Rejeki", "Yasip Khasani"]}),
    ("acting heads of a city and a regency of one name",
     "KUPANG – Pj Gubernur NTT Ayodhia Kalake melantik Pj Wali Kota Kupang Linus Lusi dan Pj Bupati Kupang "
     "Alexander Lumba di Aula El Tari, Senin (12/8/2024).",
     "2024-08-12",
     {"inauguration": [{"region": "Kota Kupang", "by": "Ayodhia Kalake"},
                       {"region": "Kabupaten Kupang", "by": "Ayodhia Kalake"}],
      "people": ["Linus Lusi", "Alexander Lumba"]}),
    ("acting heads counted with a slash, regions listed in the next sentence",
     "PALEMBANG – Pj Gubernur Sumatera Selatan Agus Fatoni melantik empat Pj bupati/wali kota di Griya Agung, "
     "Selasa (2/1/2024). Keempat daerah itu adalah Kabupaten Banyuasin, Ogan Ilir, Empat Lawang dan Kota "
     "Prabumulih.",
     "2024-01-02",
     {"inauguration": [{"region": r, "by": "Agus Fatoni"} for r in (
         "Kabupaten Banyuasin", "Kabupaten Ogan Ilir", "Kabupaten Empat Lawang", "Kota Prabumulih")]}),
    ("ada N yang dilantik, yaitu",
     "KENDARI – Ada dua penjabat bupati yang dilantik Pj Gubernur Sulawesi Tenggara Andap Budhi Revianto di "
     "Rumah Jabatan Gubernur, Rabu (22/5/2024), yaitu Pj Bupati Buton Tengah dan Pj Bupati Konawe Kepulauan.",
     "2024-05-22",
     {"inauguration": [{"region": r, "by": "Andap Budhi Revianto"} for r in (
         "Kabupaten Buton Tengah", "Kabupaten Konawe Kepulauan")]}),
    ("a regency's secretary installed as acting head of another regency",
     "MATARAM – Sekda Lombok Barat Ilham dilantik menjadi Pj Bupati Lombok Timur oleh Pj Gubernur NTB "
     "Hassanudin di Gedung Sangkareang, Kamis (17/10/2024).",
     "2024-10-17",
     {"inauguration": [{"region": "Kabupaten Lombok Timur", "count": 1, "by": "Hassanudin"}]}),
    ("deputy regent installed as definitive regent for the remaining term",
     "SITUBONDO – Wakil Bupati Situbondo Khoirani dilantik menjadi Bupati Situbondo sisa masa jabatan "
     "2021-2024 oleh Gubernur Jawa Timur di Gedung Negara Grahadi, Selasa (3/9/2024).",
     "2024-09-03",
     {"inauguration": [{"region": "Kabupaten Situbondo", "count": 1}], "people": ["Khoirani"]}),
    # ---------------------------------------------------------------- counts
    ("count: puluhan without a number",
     "BOGOR – Puluhan pejabat eselon III di lingkungan Pemkab Bogor dilantik Pj Bupati Bogor Asmawa Tosepu di "
     "Gedung Tegar Beriman, Jumat (26/1/2024).",
     "2024-01-26",
     {"inauguration": [{"region": "Kabupaten Bogor", "count": None, "by": "Asmawa Tosepu"}]}),
    ("count: groups with masing-masing",
     "BATANG – Pj Bupati Batang Lani Dwi Rejeki melantik pejabat administrator dan pengawas masing-masing 12 "
     "dan 31 orang di Aula Kantor Bupati, Selasa (23/1/2024).",
     "2024-01-23",
     {"inauguration": [{"region": "Kabupaten Batang", "count": 43, "by": "Lani Dwi Rejeki"}]}),
    ("count: one senior official and groups",
     "BLORA – Bupati Blora Arief Rohman melantik satu pejabat pimpinan tinggi pratama, 12 pejabat "
     "administrator dan 30 pejabat pengawas di Pendopo Rumah Dinas Bupati, Kamis (1/2/2024).",
     "2024-02-01",
     {"inauguration": [{"region": "Kabupaten Blora", "count": 43, "by": "Arief Rohman"}]}),
    ("BPD members of a district confirmed by the camat",
     "GROBOGAN – Sebanyak 45 anggota BPD se-Kecamatan Ngaringan dikukuhkan Camat Ngaringan atas nama Bupati "
     "Grobogan di Pendopo Kecamatan, Kamis (18/1/2024).",
     "2024-01-18",
     {"inauguration": [{"region": "Kabupaten Grobogan", "count": 45}], "not_people": ["Ngaringan"]}),
    ("directors of a regional water company installed by the regent",
     "BANYUMAS – Bupati Banyumas Achmad Husein melantik Direktur Utama Perumda Air Minum Tirta Satria di "
     "Pendopo Si Panji, Senin (15/1/2024).",
     "2024-01-15",
     {"inauguration": [{"region": "Kabupaten Banyumas", "count": 1, "by": "Achmad Husein"}]}),
    # ---------------------------------------------------------------- days
    ("day: hari ini with the date in parentheses",
     "Hari ini, Senin (8/1/2024), Wali Kota Tegal Dedy Yon Supriyono melantik 60 pejabat di Gedung Adipura.",
     "2024-01-08",
     {"inauguration": [{"region": "Kota Tegal", "count": 60, "date": "2024-01-08"}]}),
    ("day: page header with time, kemarin in the body",
     "Kamis, 11 Januari 2024 | 10:15 WIB\n"
     "PEMALANG – Pj Bupati Pemalang Mohammad Arifin melantik 70 pejabat pengawas kemarin di Pendopo Kabupaten.",
     "2024-01-11",
     {"inauguration": [{"region": "Kabupaten Pemalang", "count": 70, "date": "2024-01-10"}]}),
    ("day: English header then kemarin",
     "Wednesday, March 12, 2025\n"
     "TEMANGGUNG – Bupati Temanggung Agus Setyawan melantik 35 kepala sekolah, kemarin, di Gedung Pemuda.",
     "2025-03-12",
     {"inauguration": [{"region": "Kabupaten Temanggung", "count": 35, "date": "2025-03-11"}]}),
    ("day: weekday with lalu and the date",
     "WONOGIRI – Bupati Wonogiri Joko Sutopo telah melantik 27 pejabat administrator pada Senin (8/1) lalu di "
     "Pendopo Rumah Dinas Bupati.",
     "2024-01-10",
     {"inauguration": [{"region": "Kabupaten Wonogiri", "count": 27, "date": "2024-01-08"}]}),
    # ---------------------------------------------------------------- people
    ("installed officials named with their offices after di antaranya",
     "SUKOHARJO – Bupati Sukoharjo Etik Suryani melantik 9 pejabat pimpinan tinggi pratama di Pendopo Graha "
     "Satya Praja, Jumat (5/1/2024). Mereka di antaranya Rudi Santoso sebagai Kepala Dinas Pendidikan dan Sri "
     "Lestari sebagai Kepala Dinas Kesehatan.",
     "2024-01-05",
     {"inauguration": [{"region": "Kabupaten Sukoharjo", "count": 9, "by": "Etik Suryani"}],
      "people": ["Etik Suryani", "Rudi Santoso", "Sri Lestari"],
      "not_people": ["Kepala Dinas Pendidikan", "Dinas Kesehatan"]}),
    ("an installer with KH and a nickname sentence",
     "KEDIRI – Bupati Kediri Hanindhito Himawan Pramana yang akrab disapa Mas Dhito melantik 12 camat di "
     "Pendopo Panjalu Jayati, Rabu (7/2/2024). Mas Dhito didampingi KH. Anwar Iskandar.",
     "2024-02-07",
     {"inauguration": [{"region": "Kabupaten Kediri", "count": 12, "by": "Hanindhito Himawan Pramana"}],
      "people": ["Hanindhito Himawan Pramana"], "not_people": ["Mas Dhito", "Dhito"]}),
    ("staff titles and the agency's place are no names",
     "SRAGEN – Bupati Sragen Kusdinar Untung Yuni Sukowati melantik 21 pejabat di Ruang Sukowati, Senin "
     "(15/1/2024). Staf Ahli Bupati Bidang Hukum serta Asisten Administrasi Umum Setda Sragen turut hadir.",
     "2024-01-15",
     {"inauguration": [{"region": "Kabupaten Sragen", "count": 21}],
      "not_people": ["Bidang Hukum", "Administrasi Umum Setda Sragen", "Hukum"]}),
    ("a single common word after a title before a verb",
     "KLATEN – Bupati Klaten Sri Mulyani melantik 18 lurah di Pendopo, Senin (22/1/2024). Plt Kepala Dinas "
     "Kominfo Baru menyampaikan bahwa pelantikan disiarkan langsung.",
     "2024-01-22",
     {"inauguration": [{"region": "Kabupaten Klaten", "count": 18}], "not_people": ["Baru", "Kominfo Baru"]}),
    # ---------------------------------------------------------------- leads after the act, features, several acts
    ("lead after the act: usai dilantik with its own day",
     "SEMARANG – Usai dilantik Gubernur Jawa Tengah di Gradhika Bhakti Praja, Senin (26/8/2024), Pj Bupati "
     "Jepara Edy Supriyanta langsung menggelar rapat dengan kepala OPD.",
     "2024-08-26",
     {"inauguration": [{"region": "Kabupaten Jepara", "count": 1, "date": "2024-08-26"}],
      "people": ["Edy Supriyanta"]}),
    ("lead after the act: sesaat setelah dilantik, the installer named",
     "PADANG – Sesaat setelah dilantik oleh Gubernur Sumatera Barat Mahyeldi Ansharullah di Auditorium "
     "Gubernuran, Jumat (21/6/2024), Pj Wali Kota Padang Andree Algamar menyatakan siap bekerja.",
     "2024-06-21",
     {"inauguration": [{"region": "Kota Padang", "count": 1, "by": "Mahyeldi Ansharullah", "date": "2024-06-21"}],
      "people": ["Mahyeldi Ansharullah", "Andree Algamar"]}),
    ("resmi menjabat after taking the oath",
     "PEKANBARU – Roni Rakhmat resmi menjabat Pj Bupati Kampar setelah mengucapkan sumpah jabatan di hadapan "
     "Pj Gubernur Riau SF Hariyanto di Gedung Daerah, Selasa (21/5/2024).",
     "2024-05-21",
     {"inauguration": [{"region": "Kabupaten Kampar", "count": 1, "date": "2024-05-21"}],
      "people": ["Roni Rakhmat", "SF Hariyanto"]}),
    ("a feature: the act told in the second paragraph after a quote",
     "\"Saya minta para kepala desa bekerja untuk rakyat, bukan untuk golongan,\" kata Bupati Sumenep Achmad "
     "Fauzi Wongsojudo.\n"
     "Pesan itu disampaikan saat melantik 12 kepala desa hasil pilkades antarwaktu di Pendopo Agung Keraton "
     "Sumenep, Kamis (25/1/2024).",
     "2024-01-25",
     {"inauguration": [{"region": "Kabupaten Sumenep", "count": 12, "date": "2024-01-25"}]}),
    ("the regent installs officials, then the governor's earlier act is recalled without a day",
     "TEGAL – Pj Bupati Tegal Agustyarsyah melantik 35 pejabat pengawas di Pendopo Amangkurat, Jumat "
     "(2/2/2024). Agustyarsyah sendiri dilantik sebagai Pj Bupati Tegal oleh Gubernur Jawa Tengah pada "
     "September lalu.",
     "2024-02-02",
     {"inauguration": [{"region": "Kabupaten Tegal", "count": 35, "by": "Agustyarsyah", "date": "2024-02-02"}]}),
    ("handover and farewell after an installation elsewhere: the installation the day before",
     "Sehari setelah dilantik Pj Gubernur Lampung di Bandar Lampung, Senin (20/5/2024), Pj Bupati Tulang "
     "Bawang Qudrotul Ikhwan mengikuti serah terima jabatan dan pisah sambut di Sesat Agung Bumi Gayo, "
     "Selasa (21/5/2024).",
     "2024-05-21",
     {"inauguration": [{"region": "Kabupaten Tulang Bawang", "count": 1, "date": "2024-05-20"}],
      "people": ["Qudrotul Ikhwan"]}),
    ("two acts, two installers: the governor installs the acting regent, he installs the PKK chair",
     "GORONTALO – Pj Gubernur Gorontalo Rudy Salahuddin melantik Pj Bupati Boalemo Sherman Moridu di Aula "
     "Rumah Jabatan Gubernur, Senin (27/5/2024). Di hari yang sama, Sherman Moridu mengukuhkan istrinya, "
     "Fitriani Moridu, sebagai Pj Ketua TP PKK Kabupaten Boalemo di Tilamuta.",
     "2024-05-27",
     {"inauguration": [{"region": "Kabupaten Boalemo", "by": "Rudy Salahuddin"},
                       {"region": "Kabupaten Boalemo", "by": "Sherman Moridu"}],
      "people": ["Rudy Salahuddin", "Sherman Moridu", "Fitriani Moridu"]}),
    ("two acts in one regency on two days",
     "JEPARA – Pj Bupati Jepara Edy Supriyanta melantik 24 pejabat administrator di Pendopo Kartini, Senin "
     "(7/10/2024). Keesokan harinya, Selasa (8/10/2024), ia kembali melantik 56 pejabat pengawas di tempat "
     "yang sama.",
     "2024-10-08",
     {"inauguration": [{"region": "Kabupaten Jepara", "count": 24, "date": "2024-10-07"},
                       {"region": "Kabupaten Jepara", "count": 56, "date": "2024-10-08"}]}),
    # ---------------------------------------------------------------- days, more
    ("a Saturday in late December published in January",
     "BATANG – Pj Bupati Batang Lani Dwi Rejeki melantik 40 pejabat fungsional, Sabtu (30/12) lalu, di Aula "
     "Kantor Bupati.",
     "2024-01-03",
     {"inauguration": [{"region": "Kabupaten Batang", "count": 40, "date": "2023-12-30"}]}),
    ("the date in words only: tanggal with a month",
     "Bertempat di Pendopo Rumah Dinas Bupati, pada tanggal 5 Februari 2024, Bupati Pati Haryanto melantik "
     "dan mengambil sumpah 17 pejabat administrator.",
     "2024-02-06",
     {"inauguration": [{"region": "Kabupaten Pati", "count": 17, "date": "2024-02-05"}]}),
    ("a plan word about the officials' future, today's act",
     "SRAGEN – Bupati Sragen Kusdinar Untung Yuni Sukowati melantik 44 pejabat pengawas yang akan segera "
     "ditempatkan di kecamatan, Rabu (10/1/2024), di Ruang Sukowati.",
     "2024-01-10",
     {"inauguration": [{"region": "Kabupaten Sragen", "count": 44, "date": "2024-01-10"}]}),
    ("the officials await their assignment: menunggu after the act",
     "PURWOREJO – Sebanyak 30 pejabat dilantik Pj Bupati Purworejo Yuli Hastuti di Pendopo, Senin "
     "(4/3/2024), sambil menunggu penempatan definitif di OPD masing-masing.",
     "2024-03-04",
     {"inauguration": [{"region": "Kabupaten Purworejo", "count": 30, "date": "2024-03-04"}]}),
    # ---------------------------------------------------------------- other installed offices
    ("information commissioners installed by the governor: the province",
     "YOGYAKARTA – Gubernur DIY Sri Sultan Hamengku Buwono X melantik lima komisioner Komisi Informasi "
     "Daerah DIY masa jabatan 2024-2028 di Gedhong Pracimasana, Senin (5/2/2024).",
     "2024-02-05",
     {"inauguration": [{"region": "Daerah Istimewa Yogyakarta", "count": 5}]}),
    ("school principals installed by the regent's deputy",
     "WONOSOBO – Wakil Bupati Wonosobo Muhammad Albar melantik 52 kepala sekolah SD dan SMP di Gedung Sasana "
     "Adipura, Kamis (11/1/2024).",
     "2024-01-11",
     {"inauguration": [{"region": "Kabupaten Wonosobo", "count": 52, "by": "Muhammad Albar"}]}),
    ("a mayor installs the heads of neighbourhood units: lurah and sekretaris kelurahan",
     "MAGELANG – Wali Kota Magelang Muchamad Nur Aziz melantik 17 lurah dan 17 sekretaris kelurahan di "
     "Ruang Adipura Kencana, Selasa (6/2/2024).",
     "2024-02-06",
     {"inauguration": [{"region": "Kota Magelang", "count": 34, "by": "Muchamad Nur Aziz"}]}),
    ("people: installer after the object with a comma and title",
     "Sebanyak 23 pejabat eselon III dilantik, Senin (8/1/2024). Pelantikan dipimpin oleh Bupati Jepara, "
     "Dian Kristiandi, di Pendopo Kartini.",
     "2024-01-08",
     {"inauguration": [{"count": 23, "by": "Dian Kristiandi"}], "people": ["Dian Kristiandi"]}),
    # ---------------------------------------------------------------- the installed named without titles
    ("installed named in a list after 'yang dilantik di antaranya'",
     "BANJARNEGARA – Pj Bupati Banjarnegara Tri Harso Widirahmanto melantik 14 pejabat administrator di Pendopo "
     "Dipayudha, Rabu (3/7/2024). Pejabat yang dilantik di antaranya Wahyu Hidayat, Rina Astuti Handayani dan "
     "Bambang Sutejo.",
     "2024-07-03",
     {"inauguration": [{"region": "Kabupaten Banjarnegara", "count": 14}],
      "people": ["Wahyu Hidayat", "Rina Astuti Handayani", "Bambang Sutejo"]}),
    ("installed named after 'yang dikukuhkan yakni', with their places between",
     "KLUNGKUNG – Bupati Klungkung I Nyoman Suwirta mengukuhkan tiga perbekel hasil pemilihan antarwaktu di "
     "Balai Budaya Ida Dewa Agung Istri Kanya, Kamis (8/2/2024). Perbekel yang dikukuhkan yakni I Wayan Sudiarta "
     "untuk Desa Tihingan, I Ketut Darma untuk Desa Gelgel, dan Ni Made Suartini untuk Desa Kamasan.",
     "2024-02-08",
     {"inauguration": [{"region": "Kabupaten Klungkung", "count": 3}],
      "people": ["I Wayan Sudiarta", "I Ketut Darma", "Ni Made Suartini"]}),
    ("a list after 'yang dilantik adalah' of words of the language is no names",
     "SRAGEN – Bupati Sragen Kusdinar Untung Yuni Sukowati melantik 25 pejabat pengawas di Ruang Sukowati, "
     "Selasa (9/1/2024). Pejabat yang dilantik adalah Kepala Seksi Pelayanan Umum dan Sekretaris Kecamatan.",
     "2024-01-09",
     {"inauguration": [{"region": "Kabupaten Sragen", "count": 25}],
      "not_people": ["Kepala Seksi Pelayanan Umum", "Pelayanan Umum", "Sekretaris Kecamatan"]}),
    ("a list of village kings with roles between and a word glued to the next",
     "MASOHI – Bupati Maluku Tengah melantik lima raja negeri di Baileo Soekarno, Senin (8/4/2024). Mereka yang "
     "dilantik antara lain Yusuf Lamere, sebagai Raja Negeri Wakal, Kecamatan Leihitu, Amos Tuhuteru RajaNegeri "
     "Hila, dan Markus Siwalette sebagai Raja Negeri Liang.",
     "2024-04-08",
     {"inauguration": [{"region": "Kabupaten Maluku Tengah", "count": 5}],
      "people": ["Yusuf Lamere", "Amos Tuhuteru", "Markus Siwalette"],
      "not_people": ["Amos Tuhuteru RajaNegeri Hila", "Amos Tuhuteru RajaNegeri"]}),
]
