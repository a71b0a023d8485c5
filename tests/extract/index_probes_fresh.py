"""A third round of index-report probe articles, written for these tests in our own words (real regions and
offices, invented results), in the styles regional outlets use: BPS releases, hand-overs to many governments at
once, ranking tables flattened one cell a line, bullets, pairs in prose, national yardsticks, targets,
sub-indicators and changes, category-only results, English page headers.

Each probe: (name, text, published, title, expected) where expected lists (region, index, value, year, date) of
every index report the labelling rules of shared/eval/README.md give (value: a float for numbers, else the
category as text, compared without case)."""

from __future__ import annotations

FRESH_PROBES: list[tuple[str, str, str | None, str | None, list[tuple]]] = [
    # ---------------------------------------------------------------- BPS releases (class 2 and 3)
    ("BPS release of IPM with sub-indicators and a change",
     "SLEMAN – Badan Pusat Statistik (BPS) Kabupaten Sleman merilis Berita Resmi Statistik tentang Indeks "
     "Pembangunan Manusia, Senin (15/1). IPM Sleman tahun 2023 mencapai 84,98 atau naik 0,87 poin dibanding tahun "
     "sebelumnya. Umur harapan hidup saat lahir tercatat 75,12 tahun, harapan lama sekolah 16,81 tahun dan "
     "rata-rata lama sekolah 11,23 tahun.",
     "2024-01-16", None,
     [("Kabupaten Sleman", "ipm", 84.98, 2023, "2024-01-15")]),
    ("poverty rate with thousands of people and a change in points",
     "Persentase penduduk miskin di Kabupaten Lombok Timur pada Maret 2024 sebesar 14,51 persen atau sekitar "
     "191,23 ribu jiwa. Angka itu turun 0,62 persen poin. Garis kemiskinan tercatat Rp 512.340 per kapita per "
     "bulan. Data tersebut dirilis BPS NTB pada Senin (1/7/2024).",
     "2024-07-02", None,
     [("Kabupaten Lombok Timur", "kemiskinan", 14.51, 2024, "2024-07-01")]),
    ("unemployment above the provincial and national averages, with a target",
     "KARAWANG – Tingkat Pengangguran Terbuka (TPT) Kabupaten Karawang pada Agustus 2024 sebesar 8,95 persen. "
     "Angka itu masih di atas TPT Jawa Barat yang 6,75 persen dan TPT nasional 4,91 persen. Pemkab Karawang "
     "menargetkan TPT turun ke 7 persen pada 2025.",
     "2024-11-06", None,
     [("Kabupaten Karawang", "pengangguran", 8.95, 2024, None)]),
    ("inflation month to month, year on year and year to date in one sentence",
     "TEGAL – BPS Kota Tegal mencatat pada Oktober 2024 terjadi inflasi year on year sebesar 1,62 persen, "
     "inflasi month to month 0,12 persen, dan inflasi year to date 1,05 persen.",
     "2024-11-02", None,
     [("Kota Tegal", "inflasi", 0.12, 2024, None), ("Kota Tegal", "inflasi", 1.05, 2024, None),
      ("Kota Tegal", "inflasi", 1.62, 2024, None)]),
    ("growth released on a day, a sector's growth and the province's",
     "Ekonomi Kabupaten Bojonegoro tahun 2023 tumbuh 5,12 persen, lebih tinggi dari pertumbuhan ekonomi Jawa "
     "Timur sebesar 4,95 persen. Kategori pertambangan tumbuh 9,8 persen. Angka itu diumumkan BPS Bojonegoro "
     "pada Rabu (28/2/2024).",
     "2024-03-01", None,
     [("Kabupaten Bojonegoro", "pertumbuhan_ekonomi", 5.12, 2023, "2024-02-28")]),
    ("a BPS release whose province and regencies are each given",
     "BPS Provinsi Lampung merilis angka kemiskinan Maret 2024 pada Senin (1/7/2024). Persentase penduduk miskin "
     "Lampung tercatat 10,69 persen. Kabupaten Lampung Utara menjadi yang tertinggi dengan 17,95 persen, "
     "sedangkan Kota Metro terendah dengan 7,6 persen.",
     "2024-07-02", None,
     [("Kabupaten Lampung Utara", "kemiskinan", 17.95, 2024, "2024-07-01"),
      ("Kota Metro", "kemiskinan", 7.6, 2024, "2024-07-01"),
      ("Provinsi Lampung", "kemiskinan", 10.69, 2024, "2024-07-01")]),
    ("region-value pairs in prose after a semicolon",
     "IPM 2023 di Kalimantan Selatan: Kota Banjarbaru 81,1; Kota Banjarmasin 79,8; Kabupaten Balangan 72,3.",
     "2023-12-05", None,
     [("Kabupaten Balangan", "ipm", 72.3, 2023, None), ("Kota Banjarbaru", "ipm", 81.1, 2023, None),
      ("Kota Banjarmasin", "ipm", 79.8, 2023, None)]),
    ("lower-case region names in a ranking sentence",
     "ipm tertinggi di ntb tahun 2023 diraih kota mataram dengan 80,23, disusul kota bima 77,12.",
     "2023-12-05", None,
     [("Kota Bima", "ipm", 77.12, 2023, None), ("Kota Mataram", "ipm", 80.23, 2023, None)]),
    ("gini ratio of a city",
     "Gini ratio Kota Yogyakarta pada Maret 2024 tercatat 0,490, tertinggi di antara kabupaten/kota di DIY.",
     "2024-07-16", None,
     [("Kota Yogyakarta", "other", 0.49, 2024, None)]),
    # ---------------------------------------------------------------- hand-overs to many governments (class 1)
    ("WTP handed to ten regencies, listed as bullets",
     "PALU – Kepala BPK Perwakilan Sulawesi Tengah didampingi Gubernur Sulawesi Tengah menyerahkan LHP atas LKPD "
     "Tahun Anggaran 2023, Selasa (21/5/2024). Sepuluh pemda memperoleh opini Wajar Tanpa Pengecualian (WTP), "
     "yaitu:\n• Kabupaten Banggai\n• Kabupaten Poso\n• Kabupaten Donggala\n• Kabupaten Toli-Toli\n• Kabupaten Buol"
     "\n• Kabupaten Morowali\n• Kabupaten Sigi\n• Kabupaten Banggai Laut\n• Kabupaten Parigi Moutong\n• Kota Palu\n"
     "Penyerahan berlangsung di aula kantor perwakilan.",
     "2024-05-22", None,
     [(r, "opini_bpk", "WTP", 2023, "2024-05-21") for r in (
         "Kabupaten Banggai", "Kabupaten Poso", "Kabupaten Donggala", "Kabupaten Toli-Toli", "Kabupaten Buol",
         "Kabupaten Morowali", "Kabupaten Sigi", "Kabupaten Banggai Laut", "Kabupaten Parigi Moutong", "Kota Palu")]),
    ("WTP to regents named by title in one sentence",
     "BPK RI Perwakilan Lampung menyerahkan LHP LKPD 2023 kepada Bupati Pesawaran, Bupati Pringsewu dan Wali Kota "
     "Metro di Bandar Lampung, Kamis (23/5/2024). Ketiganya kembali meraih opini WTP.",
     "2024-05-24", None,
     [("Kabupaten Pesawaran", "opini_bpk", "WTP", 2023, "2024-05-23"),
      ("Kabupaten Pringsewu", "opini_bpk", "WTP", 2023, "2024-05-23"),
      ("Kota Metro", "opini_bpk", "WTP", 2023, "2024-05-23")]),
    ("two opinions in one ceremony, each with its list",
     "Dalam penyerahan LHP yang digelar Senin (27/5/2024), Kabupaten Tanah Laut, Kabupaten Tapin dan Kota "
     "Banjarbaru meraih opini WTP. Adapun Kabupaten Kotabaru memperoleh opini WDP.",
     "2024-05-28", None,
     [("Kabupaten Kotabaru", "opini_bpk", "WDP", 2023, "2024-05-27"),
      ("Kabupaten Tanah Laut", "opini_bpk", "WTP", 2023, "2024-05-27"),
      ("Kabupaten Tapin", "opini_bpk", "WTP", 2023, "2024-05-27"),
      ("Kota Banjarbaru", "opini_bpk", "WTP", 2023, "2024-05-27")]),
    ("a regency's streak of WTP, with its count of years",
     "Pemerintah Kabupaten Banyuwangi kembali meraih opini WTP atas Laporan Keuangan Pemerintah Daerah tahun 2023. "
     "Ini merupakan WTP ke-12 kali berturut-turut bagi Banyuwangi.",
     "2024-05-25", None,
     [("Kabupaten Banyuwangi", "opini_bpk", "WTP", 2023, None)]),
    # ---------------------------------------------------------------- flattened tables and bullets
    ("a ranking table flattened one cell a line with rank cells",
     "Peringkat IPM kabupaten/kota di Jawa Timur tahun 2023\nNo\nKabupaten/Kota\nIPM\n1\nKota Surabaya\n83,45\n2\n"
     "Kota Malang\n83,12\n3\nKota Madiun\n82,79\n",
     "2023-12-04", None,
     [("Kota Madiun", "ipm", 82.79, 2023, None), ("Kota Malang", "ipm", 83.12, 2023, None),
      ("Kota Surabaya", "ipm", 83.45, 2023, None)]),
    ("bullets of region, score and grade for SAKIP",
     "Berikut hasil evaluasi SAKIP 2023 pemerintah kabupaten/kota di Kalimantan Selatan:\n"
     "- Kabupaten Tabalong 71,05 (BB)\n- Kabupaten Balangan 70,50 (BB)\n- Kabupaten Barito Kuala 65,12 (B)\n",
     "2024-02-20", None,
     [("Kabupaten Balangan", "sakip", 70.5, 2023, None), ("Kabupaten Barito Kuala", "sakip", 65.12, 2023, None),
      ("Kabupaten Tabalong", "sakip", 71.05, 2023, None)]),
    ("numbered lines of regions and zones",
     "Hasil penilaian kepatuhan pelayanan publik Ombudsman tahun 2023 di Lampung:\n1. Kota Metro - Zona Hijau\n"
     "2. Kabupaten Way Kanan - Zona Hijau\n3. Kabupaten Mesuji - Zona Kuning\n",
     "2024-01-20", None,
     [("Kabupaten Mesuji", "ombudsman", "zona kuning", 2023, None),
      ("Kabupaten Way Kanan", "ombudsman", "zona hijau", 2023, None),
      ("Kota Metro", "ombudsman", "zona hijau", 2023, None)]),
    # ---------------------------------------------------------------- governance indices (class 1, 3, 4)
    ("SPBE score with its category and the national average",
     "Indeks SPBE Pemerintah Kabupaten Banyumas tahun 2023 mencapai 3,51 dengan predikat sangat baik. Nilai itu "
     "jauh di atas rata-rata nasional yang hanya 2,79.",
     "2024-03-12", None,
     [("Kabupaten Banyumas", "spbe", 3.51, 2023, None)]),
    ("SPBE categorised good, written as a decimal with comma and a target",
     "Kota Metro memperoleh indeks SPBE 2,5 dengan kategori baik pada evaluasi 2023. Tahun depan Pemkot Metro "
     "menargetkan indeks 3,0.",
     "2024-03-12", None,
     [("Kota Metro", "spbe", 2.5, 2023, None)]),
    ("SAKIP grades for three regions in one sentence with masing-masing",
     "Pada evaluasi SAKIP 2023, Kabupaten Pesawaran, Kabupaten Pringsewu dan Kota Metro masing-masing meraih "
     "predikat B, BB dan A.",
     "2024-02-20", None,
     [("Kabupaten Pesawaran", "sakip", "B", 2023, None), ("Kabupaten Pringsewu", "sakip", "BB", 2023, None),
      ("Kota Metro", "sakip", "A", 2023, None)]),
    ("SPI score and zone of a regency, a share of respondents",
     "Skor Survei Penilaian Integritas (SPI) KPK untuk Pemkab Tulang Bawang tahun 2023 sebesar 72,4 dan masuk "
     "zona rentan. Sebanyak 35 persen responden internal menyebut masih ada gratifikasi.",
     "2024-01-30", None,
     [("Kabupaten Tulang Bawang", "spi", 72.4, 2023, None)]),
    ("merit system category only, handed over on a day",
     "Pemerintah Kota Probolinggo meraih kategori sangat baik dalam penilaian Indeks Sistem Merit tahun 2023. "
     "Penghargaan diserahkan Ketua KASN di Jakarta, Kamis (15/2/2024).",
     "2024-02-16", None,
     [("Kota Probolinggo", "sistem_merit", "sangat baik", 2023, "2024-02-15")]),
    ("Ombudsman zone, score and quality opinion",
     "Kabupaten Pringsewu masuk zona hijau dengan nilai 88,2 dan predikat kualitas tertinggi dalam Penilaian "
     "Kepatuhan Penyelenggaraan Pelayanan Publik Ombudsman RI tahun 2023.",
     "2024-01-20", None,
     [("Kabupaten Pringsewu", "ombudsman", 88.2, 2023, None)]),
    ("Reformasi Birokrasi index with its grade and the last round",
     "Indeks Reformasi Birokrasi Pemprov Kalimantan Selatan tahun 2023 naik menjadi 72,81 dengan predikat BB. "
     "Pada 2022, nilainya 70,15.",
     "2024-03-26", None,
     [("Provinsi Kalimantan Selatan", "rb", 70.15, 2022, None),
      ("Provinsi Kalimantan Selatan", "rb", 72.81, 2023, None)]),
    ("MCP with a provincial average and a rank",
     "Skor MCP KPK Kota Kediri tahun 2023 sebesar 94,12 persen dan menempati peringkat pertama di Jawa Timur. "
     "Rata-rata skor MCP pemda di Jawa Timur 82,3 persen.",
     "2024-03-05", None,
     [("Kota Kediri", "mcp", 94.12, 2023, None)]),
    ("KLA category given at a national award night",
     "Kabupaten Sidoarjo kembali meraih predikat Kabupaten Layak Anak (KLA) kategori Nindya. Penghargaan itu "
     "diterima Bupati Sidoarjo dalam malam penganugerahan KLA 2024 di Jakarta, Selasa (23/7/2024).",
     "2024-07-24", None,
     [("Kabupaten Sidoarjo", "other", "Nindya", 2024, "2024-07-23")]),
    ("KLA categories for two regions, masing-masing",
     "Kota Blitar dan Kabupaten Blitar meraih penghargaan Kota/Kabupaten Layak Anak 2024 masing-masing kategori "
     "Nindya dan Madya.",
     "2024-07-24", None,
     [("Kabupaten Blitar", "other", "Madya", 2024, None), ("Kota Blitar", "other", "Nindya", 2024, None)]),
    ("IKPA score of a regency, reported with a count of units",
     "Nilai Indeks Kinerja Pelaksanaan Anggaran (IKPA) Pemkab Tanah Bumbu tahun 2023 mencapai 96,5. Seluruh 34 "
     "OPD telah menyampaikan laporan tepat waktu.",
     "2024-02-15", None,
     [("Kabupaten Tanah Bumbu", "other", 96.5, 2023, None)]),
    ("UHC coverage percent",
     "Cakupan Universal Health Coverage (UHC) Kabupaten Hulu Sungai Tengah per Januari 2025 mencapai 98,5 persen.",
     "2025-01-15", None,
     [("Kabupaten Hulu Sungai Tengah", "other", 98.5, 2025, None)]),
    # ---------------------------------------------------------------- regions (class 7)
    ("province and its capital city each with a value",
     "TPT Provinsi Kalimantan Selatan Agustus 2024 sebesar 4,08 persen, sedangkan TPT Kota Banjarmasin 6,1 persen.",
     "2024-11-06", None,
     [("Kota Banjarmasin", "pengangguran", 6.1, 2024, None),
      ("Provinsi Kalimantan Selatan", "pengangguran", 4.08, 2024, None)]),
    ("a regency's value announced by the province's office",
     "Ombudsman RI Perwakilan Jawa Timur menyerahkan hasil penilaian kepatuhan 2023 kepada Pemkab Tuban di "
     "Surabaya, Rabu (3/4/2024). Pemkab Tuban meraih nilai 86,4.",
     "2024-04-04", None,
     [("Kabupaten Tuban", "ombudsman", 86.4, 2023, "2024-04-03")]),
    ("English page header as the publication day",
     "Tuesday, December 3, 2024\nBONTANG – Pemkot Bontang meraih nilai SAKIP 78,1 dengan predikat BB dalam "
     "evaluasi tahun 2024.",
     None, None,
     [("Kota Bontang", "sakip", 78.1, 2024, None)]),
    # ---------------------------------------------------------------- numbers that are not the result (class 3)
    ("a result with a threshold of the category and a count",
     "IPM Kabupaten Pesisir Barat 2023 sebesar 67,2 atau masuk kategori sedang (60 sampai 70). Dari 15 "
     "kabupaten/kota di Lampung, hanya 2 yang berkategori tinggi.",
     "2023-12-05", None,
     [("Kabupaten Pesisir Barat", "ipm", 67.2, 2023, None)]),
    ("growth quarterly with q-to-q and y-on-y",
     "Ekonomi Kota Pasuruan triwulan II-2024 tumbuh 5,3 persen (y-on-y), sedangkan secara q-to-q tumbuh 2,1 persen.",
     "2024-08-06", None,
     [("Kota Pasuruan", "pertumbuhan_ekonomi", 2.1, 2024, None),
      ("Kota Pasuruan", "pertumbuhan_ekonomi", 5.3, 2024, None)]),
    ("poverty told in numbers of people only is no rate",
     "Jumlah penduduk miskin Kota Bandar Lampung pada Maret 2024 sebanyak 86,51 ribu orang, berkurang 2,3 ribu "
     "orang dari tahun sebelumnya.",
     "2024-07-02", None,
     []),
    ("a region's result, then a neighbour as a yardstick with its own figure",
     "Inflasi Kota Probolinggo September 2024 tercatat 1,3 persen (yoy), lebih rendah dibanding Kota Malang yang "
     "mencapai 1,9 persen.",
     "2024-10-02", None,
     [("Kota Probolinggo", "inflasi", 1.3, 2024, None)]),
    # ---------------------------------------------------------------- categories and dates (class 2, 4)
    ("Adipura handed at the ministry on a day",
     "Kota Probolinggo kembali meraih Anugerah Adipura tahun 2023. Penghargaan diserahkan Menteri Lingkungan Hidup "
     "dan Kehutanan di Jakarta, Selasa (5/3/2024).",
     "2024-03-06", None,
     [("Kota Probolinggo", "other", "Adipura", 2023, "2024-03-05")]),
    ("SAKIP grade handed over with a later statement on another day",
     "Pemkab Tanah Bumbu menerima predikat BB hasil evaluasi SAKIP 2023 dari Kementerian PANRB pada Selasa "
     "(27/2/2024). Bupati Tanah Bumbu menyampaikan capaian itu dalam rapat paripurna DPRD, Kamis (29/2/2024).",
     "2024-03-01", None,
     [("Kabupaten Tanah Bumbu", "sakip", "BB", 2023, "2024-02-27")]),
    ("an award told with 'belum lama ini' and a region's quote",
     "Kabupaten Lampung Tengah meraih opini WTP atas LKPD 2023 yang diserahkan BPK belum lama ini. \"Ini hasil "
     "kerja keras semua OPD,\" kata Bupati Lampung Tengah, Senin (3/6/2024).",
     "2024-06-04", None,
     [("Kabupaten Lampung Tengah", "opini_bpk", "WTP", 2023, None)]),
    # ---------------------------------------------------------------- the article's own region, quotes, headlines
    ("the dateline's regency as the unnamed Pemkab",
     "KLATEN – Pemkab berhasil mempertahankan opini WTP dari BPK atas LKPD 2023. LHP diserahkan di kantor BPK "
     "Perwakilan Jawa Tengah, Senin (20/5/2024).",
     "2024-05-21", None,
     [("Kabupaten Klaten", "opini_bpk", "WTP", 2023, "2024-05-20")]),
    ("a regent's quote telling the score",
     "\"Alhamdulillah, indeks SPBE kita tahun 2023 naik menjadi 3,42 dan masuk predikat sangat baik,\" kata "
     "Bupati Wonosobo Afif Nurhidayat, Kamis (18/1/2024).",
     "2024-01-19", None,
     [("Kabupaten Wonosobo", "spbe", 3.42, 2023, None)]),
    ("the result only in the headline with a score",
     "Capaian itu diumumkan dalam rapat koordinasi nasional di Jakarta. Pemkab Pati berkomitmen terus berbenah.",
     "2024-03-05", "Skor MCP Kabupaten Pati 2023 Capai 91,5",
     [("Kabupaten Pati", "mcp", 91.5, 2023, "2024-03-05")]),
    ("short names without Kabupaten, grades after a colon",
     "Hasil evaluasi SAKIP 2023 untuk daerah di Madura. Sumenep: BB. Pamekasan: B. Sampang: B. Bangkalan: CC.",
     "2024-02-20", None,
     [("Kabupaten Bangkalan", "sakip", "CC", 2023, None), ("Kabupaten Pamekasan", "sakip", "B", 2023, None),
      ("Kabupaten Sampang", "sakip", "B", 2023, None), ("Kabupaten Sumenep", "sakip", "BB", 2023, None)]),
    ("percent sign and TA year",
     "Realisasi skor MCP Pemkot Mojokerto TA 2023 mencapai 97,02%, naik dari tahun sebelumnya.",
     "2024-02-20", None,
     [("Kota Mojokerto", "mcp", 97.02, 2023, None)]),
    ("values separated by a vertical bar in a flattened row",
     "Nilai SPI 2023 | Kota Blitar | 78,3 | Kabupaten Blitar | 74,9 | Kota Kediri | 76,1",
     "2024-01-30", None,
     [("Kabupaten Blitar", "spi", 74.9, 2023, None), ("Kota Blitar", "spi", 78.3, 2023, None),
      ("Kota Kediri", "spi", 76.1, 2023, None)]),
    ("quality opinion without a score for several regions",
     "Ombudsman RI memberikan opini kualitas tertinggi kepada Kabupaten Sidoarjo, Kota Mojokerto dan Kota Batu "
     "atas penilaian kepatuhan tahun 2023.",
     "2024-01-25", None,
     [("Kabupaten Sidoarjo", "ombudsman", "kualitas tertinggi", 2023, None),
      ("Kota Batu", "ombudsman", "kualitas tertinggi", 2023, None),
      ("Kota Mojokerto", "ombudsman", "kualitas tertinggi", 2023, None)]),
    ("a ranking with value after the region and peringkat before",
     "Dalam penilaian Indeks Reformasi Birokrasi 2023 di Jawa Timur, peringkat pertama ditempati Kabupaten "
     "Banyuwangi dengan nilai 80,21, peringkat kedua Kota Surabaya 79,85 dan peringkat ketiga Kabupaten Sidoarjo "
     "78,02.",
     "2024-03-20", None,
     [("Kabupaten Banyuwangi", "rb", 80.21, 2023, None), ("Kabupaten Sidoarjo", "rb", 78.02, 2023, None),
      ("Kota Surabaya", "rb", 79.85, 2023, None)]),
    ("the next sentence lists regions for a counted group with a value",
     "Sebanyak lima kabupaten/kota di Kalimantan Selatan masuk zona hijau penilaian Ombudsman 2023. Kelimanya "
     "adalah Kabupaten Tabalong, Kabupaten Balangan, Kabupaten Tapin, Kota Banjarbaru, dan Kota Banjarmasin.",
     "2024-01-20", None,
     [(r, "ombudsman", "zona hijau", 2023, None) for r in (
         "Kabupaten Tabalong", "Kabupaten Balangan", "Kabupaten Tapin", "Kota Banjarbaru", "Kota Banjarmasin")]),
    ("IPM with the province as scope after the value",
     "IPM Kabupaten Lombok Utara 2023 sebesar 66,94, terendah di Provinsi Nusa Tenggara Barat.",
     "2023-12-05", None,
     [("Kabupaten Lombok Utara", "ipm", 66.94, 2023, None)]),
    ("inflation of a regency with the commodity that drove it",
     "Kabupaten Banyuwangi mengalami inflasi 2,12 persen (yoy) pada Juni 2024. Komoditas penyumbang utama adalah "
     "beras dengan andil 0,35 persen dan cabai rawit 0,12 persen.",
     "2024-07-02", None,
     [("Kabupaten Banyuwangi", "inflasi", 2.12, 2024, None)]),
    ("growth named with its economy word after the region",
     "Pertumbuhan ekonomi Kabupaten Morowali Utara pada 2023 mencapai 9,02 persen dan Kabupaten Banggai 6,4 persen.",
     "2024-02-28", None,
     [("Kabupaten Banggai", "pertumbuhan_ekonomi", 6.4, 2023, None),
      ("Kabupaten Morowali Utara", "pertumbuhan_ekonomi", 9.02, 2023, None)]),
    ("poverty of a province, then regencies paired in order",
     "Tingkat kemiskinan tertinggi di Sulawesi Tengah pada Maret 2024 ada di Kabupaten Tojo Una-Una dan "
     "Kabupaten Donggala, masing-masing 16,88 persen dan 16,1 persen.",
     "2024-07-02", None,
     [("Kabupaten Donggala", "kemiskinan", 16.1, 2024, None),
      ("Kabupaten Tojo Una Una", "kemiskinan", 16.88, 2024, None)]),
    ("sistem merit score after a hand-over to two regencies",
     "Ketua KASN menyerahkan hasil penilaian Indeks Sistem Merit 2023 kepada Kabupaten Tanah Laut dengan nilai "
     "332,5 dan Kabupaten Tapin dengan nilai 301,0, di Jakarta, Kamis (25/4/2024).",
     "2024-04-26", None,
     [("Kabupaten Tanah Laut", "sistem_merit", 332.5, 2023, "2024-04-25"),
      ("Kabupaten Tapin", "sistem_merit", 301.0, 2023, "2024-04-25")]),
    ("IDM status of a regency",
     "Status Indeks Desa Membangun (IDM) Kabupaten Sigi tahun 2024 naik menjadi Maju dengan nilai 0,7214.",
     "2024-07-09", None,
     [("Kabupaten Sigi", "idm", 0.7214, 2024, None)]),
    # ---------------------------------------------------------------- more layouts of many regions (class 1)
    ("rows with a rank, a short name, a score and a category, tab separated",
     "Berikut IPM kabupaten/kota di DIY tahun 2023.\nNo\tWilayah\tIPM\tKategori\n1\tKota Yogyakarta\t88,61\t"
     "Sangat Tinggi\n2\tSleman\t84,98\tSangat Tinggi\n3\tBantul\t81,64\tSangat Tinggi\n4\tKulon Progo\t76,13\t"
     "Tinggi\n",
     "2023-12-04", None,
     [("Kabupaten Bantul", "ipm", 81.64, 2023, None), ("Kabupaten Kulon Progo", "ipm", 76.13, 2023, None),
      ("Kabupaten Sleman", "ipm", 84.98, 2023, None), ("Kota Yogyakarta", "ipm", 88.61, 2023, None)]),
    ("the lowest regions in a chain with disusul",
     "IPM terendah di Papua Pegunungan tahun 2023 berada di Kabupaten Nduga sebesar 36,2, disusul Kabupaten "
     "Puncak 45,3, dan Kabupaten Lanny Jaya 49,1.",
     "2023-12-04", None,
     [("Kabupaten Lanny Jaya", "ipm", 49.1, 2023, None), ("Kabupaten Nduga", "ipm", 36.2, 2023, None),
      ("Kabupaten Puncak", "ipm", 45.3, 2023, None)]),
    ("scores in parentheses after each region of a list",
     "Lima daerah dengan indeks SPBE tertinggi di Jawa Tengah pada 2023 adalah Kota Semarang (4,02), Kabupaten "
     "Kudus (3,71), Kota Surakarta (3,65), Kabupaten Banyumas (3,51) dan Kabupaten Sragen (3,40).",
     "2024-03-12", None,
     [("Kabupaten Banyumas", "spbe", 3.51, 2023, None), ("Kabupaten Kudus", "spbe", 3.71, 2023, None),
      ("Kabupaten Sragen", "spbe", 3.4, 2023, None), ("Kota Semarang", "spbe", 4.02, 2023, None),
      ("Kota Surakarta", "spbe", 3.65, 2023, None)]),
    ("region with 'dengan skor' repeated through a list",
     "Pada SPI 2023, Kabupaten Kudus dengan skor 76,5, Kabupaten Pati dengan skor 73,2 dan Kabupaten Rembang "
     "dengan skor 71,9.",
     "2024-01-30", None,
     [("Kabupaten Kudus", "spi", 76.5, 2023, None), ("Kabupaten Pati", "spi", 73.2, 2023, None),
      ("Kabupaten Rembang", "spi", 71.9, 2023, None)]),
    ("numbered lines with a colon between region and score",
     "Nilai MCP KPK 2023 kabupaten/kota di Jambi:\n1. Kota Jambi: 92,4\n2. Kabupaten Muaro Jambi: 88,1\n"
     "3. Kabupaten Kerinci: 85,7\n",
     "2024-03-01", None,
     [("Kabupaten Kerinci", "mcp", 85.7, 2023, None), ("Kabupaten Muaro Jambi", "mcp", 88.1, 2023, None),
      ("Kota Jambi", "mcp", 92.4, 2023, None)]),
    ("opinion counts then the regions of each opinion in separate sentences",
     "BPK Perwakilan Jawa Timur menyerahkan LHP atas LKPD 2023, Senin (27/5/2024). Kabupaten Jember mendapat "
     "opini WDP. Sementara itu Kota Batu, Kabupaten Malang dan Kabupaten Lumajang mendapat opini WTP.",
     "2024-05-28", None,
     [("Kabupaten Jember", "opini_bpk", "WDP", 2023, "2024-05-27"),
      ("Kabupaten Lumajang", "opini_bpk", "WTP", 2023, "2024-05-27"),
      ("Kabupaten Malang", "opini_bpk", "WTP", 2023, "2024-05-27"),
      ("Kota Batu", "opini_bpk", "WTP", 2023, "2024-05-27")]),
    ("regions named by their heads receiving the value",
     "Wali Kota Bima dan Bupati Dompu menerima penghargaan predikat kepatuhan tinggi (zona hijau) dari Ombudsman "
     "RI atas penilaian tahun 2023.",
     "2024-01-25", None,
     [("Kabupaten Dompu", "ombudsman", "zona hijau", 2023, "2024-01-25"),
      ("Kota Bima", "ombudsman", "zona hijau", 2023, "2024-01-25")]),
    ("the governor's province and a regency in one ceremony",
     "Gubernur Jambi dan Bupati Tebo sama-sama menerima opini WTP atas LKPD tahun anggaran 2023 di Jambi, "
     "Rabu (22/5/2024).",
     "2024-05-23", None,
     [("Kabupaten Tebo", "opini_bpk", "WTP", 2023, "2024-05-22"),
      ("Provinsi Jambi", "opini_bpk", "WTP", 2023, "2024-05-22")]),
    ("a list of regions after 'di antaranya' with a score each",
     "Sejumlah daerah di Sumatera Barat meraih nilai kepatuhan tinggi dari Ombudsman 2023, di antaranya Kota "
     "Padang Panjang 95,6, Kabupaten Agam 90,2 dan Kota Bukittinggi 88,9.",
     "2024-01-25", None,
     [("Kabupaten Agam", "ombudsman", 90.2, 2023, None), ("Kota Bukittinggi", "ombudsman", 88.9, 2023, None),
      ("Kota Padang Panjang", "ombudsman", 95.6, 2023, None)]),
    ("growth of several regencies in a semicolon list after a colon",
     "Pertumbuhan ekonomi tertinggi di Sulawesi Tengah tahun 2023: Kabupaten Morowali 20,3 persen; Kabupaten "
     "Morowali Utara 12,1 persen; Kabupaten Banggai 6,9 persen.",
     "2024-02-28", None,
     [("Kabupaten Banggai", "pertumbuhan_ekonomi", 6.9, 2023, None),
      ("Kabupaten Morowali", "pertumbuhan_ekonomi", 20.3, 2023, None),
      ("Kabupaten Morowali Utara", "pertumbuhan_ekonomi", 12.1, 2023, None)]),
    ("a long article with boilerplate lines between the label and the list",
     "TANJUNG – Pemerintah Kabupaten Tabalong kembali menorehkan prestasi.\nADVERTISEMENT\nSCROLL TO CONTINUE WITH "
     "CONTENT\nKali ini Tabalong meraih predikat BB dalam evaluasi Sistem Akuntabilitas Kinerja Instansi "
     "Pemerintah (SAKIP) tahun 2023.\nBaca juga: Banjir rendam tiga desa di Tabalong\nPenghargaan diserahkan "
     "Menteri PANRB di Jakarta, Kamis (22/2/2024).",
     "2024-02-23", None,
     [("Kabupaten Tabalong", "sakip", "BB", 2023, "2024-02-22")]),
    ("the result told after a quote and the assessor's name far above",
     "Kementerian PANRB mengumumkan hasil evaluasi SAKIP 2023 bagi pemerintah daerah.\n\"Kami mengapresiasi "
     "daerah yang terus berbenah,\" kata Deputi Bidang Reformasi Birokrasi.\nIa menyebut ada kenaikan jumlah "
     "daerah berpredikat BB.\nDi Kalimantan Selatan, Kabupaten Tapin memperoleh predikat B, naik dari tahun lalu.",
     "2024-02-23", None,
     [("Kabupaten Tapin", "sakip", "B", 2023, "2024-02-23")]),
    # ---------------------------------------------------------------- vocabulary and a year before a grade's cue
    ("a region, a colon, then the index, its year and the grade",
     "Pemkab Bantul: Capaian SAKIP 2023 Predikat BB.\nBupati Bantul berterima kasih kepada seluruh perangkat daerah.",
     "2024-02-23", None,
     [("Kabupaten Bantul", "sakip", "BB", 2023, None)]),
    ("a village index with 'berstatus' after the score",
     "Indeks Desa Membangun (IDM) Kabupaten Bojonegoro tahun 2024 mencapai 0,7652 berstatus Maju.",
     "2024-07-09", None,
     [("Kabupaten Bojonegoro", "idm", 0.7652, 2024, None)]),
    ("the gender development index",
     "Kabupaten Lumajang mendapatkan Indeks Pembangunan Gender (IPG) 2023 sebesar 91,2.",
     "2024-05-22", None,
     [("Kabupaten Lumajang", "other", 91.2, 2023, None)]),
    ("extreme poverty as a percentage",
     "Persentase kemiskinan ekstrem Kabupaten Probolinggo tahun 2023 sebesar 1,2 persen.",
     "2024-05-22", None,
     [("Kabupaten Probolinggo", "kemiskinan", 1.2, 2023, None)]),
    ("Adipura with its level",
     "Kota Mojokerto meraih Adipura Kencana tahun 2023.",
     "2024-03-06", None,
     [("Kota Mojokerto", "other", "Kencana", 2023, None)]),
    # ---------------------------------------------------------------- one name, two regions; frames; another index's day
    ("a city and a regency sharing one name",
     "Kota dan Kabupaten Madiun sama-sama meraih opini WTP atas LKPD 2023.",
     "2024-05-25", None,
     [("Kabupaten Madiun", "opini_bpk", "WTP", 2023, None), ("Kota Madiun", "opini_bpk", "WTP", 2023, None)]),
    ("a province framing the regions told after it",
     "Kementerian PANRB mengumumkan hasil evaluasi SAKIP 2023.\nMenteri meminta pemda memperbaiki perencanaan.\n"
     "Untuk Kalimantan Selatan, Kabupaten Tabalong dan Kabupaten Balangan meraih predikat BB.",
     "2024-02-23", None,
     [("Kabupaten Balangan", "sakip", "BB", 2023, "2024-02-23"),
      ("Kabupaten Tabalong", "sakip", "BB", 2023, "2024-02-23")]),
    ("another index's hand-over day does not date a result told later",
     "Kabupaten Gresik meraih opini WTP dari BPK atas LKPD 2023, Senin (20/5/2024).\nBupati Gresik bersyukur atas "
     "capaian itu.\nNilai SPBE Gresik 2023 juga naik menjadi 3,6.",
     "2024-05-21", None,
     [("Kabupaten Gresik", "opini_bpk", "WTP", 2023, "2024-05-20"), ("Kabupaten Gresik", "spbe", 3.6, 2023, None)]),
    # ---------------------------------------------------------------- pairings: scopes of ranks, agencies beside regions
    ("a rank counted out of a province's regencies, with the score after the label",
     "Kabupaten Kudus menempati peringkat 3 dari 35 kabupaten/kota di Jawa Tengah dalam indeks SPBE 2023 dengan "
     "nilai 3,62.",
     "2024-02-02", None,
     [("Kabupaten Kudus", "spbe", 3.62, 2023, None)]),
    ("a government coordinated with a police office before a shared zone",
     "Ombudsman RI merilis hasil penilaian kepatuhan pelayanan publik tahun 2023. Pemkab Seram Bagian Barat serta "
     "Polres Buru masuk zona merah.",
     "2024-01-20", None,
     [("Kabupaten Seram Bagian Barat", "ombudsman", "zona merah", 2023, "2024-01-20")]),
    ("a police office first, then a government, sharing a zone",
     "Ombudsman RI merilis hasil penilaian kepatuhan pelayanan publik tahun 2023. Polres Buru dan Pemkab Buru "
     "Selatan masuk zona kuning.",
     "2024-01-20", None,
     [("Kabupaten Buru Selatan", "ombudsman", "zona kuning", 2023, "2024-01-20")]),
    ("an agency's own score after the government's",
     "Ombudsman RI merilis hasil penilaian kepatuhan pelayanan publik tahun 2023. Kabupaten Buru meraih nilai 80,1, "
     "sedangkan Polres Buru nilai 78,70.",
     "2024-01-20", None,
     [("Kabupaten Buru", "ombudsman", 80.1, 2023, "2024-01-20")]),
    # ---------------------------------------------------------------- awards won by their name alone
    ("a transport award named by its acronym",
     "Kabupaten Sleman menerima WTN tahun 2023 dari Kementerian Perhubungan.",
     "2024-02-02", None,
     [("Kabupaten Sleman", "other", "WTN", 2023, "2024-02-02")]),
    ("an award by name with its level after a cue",
     "Pemkab Banyuwangi meraih Anugerah Parahita Ekapraya tahun 2023 kategori Utama.",
     "2024-02-02", None,
     [("Kabupaten Banyuwangi", "other", "Utama", 2023, None)]),
    ("an award aimed at is no result",
     "Pemkab Jombang menargetkan meraih Adipura tahun depan. Kota Madiun terus menyiapkan penilaian Adipura.",
     "2024-02-02", None,
     []),
    # ---------------------------------------------------------------- rows whose score is followed by its category
    ("numbered rows, each score followed by its category without a cue",
     "Berikut nilai indeks SPBE 2023 kabupaten/kota di DIY:\n1. Kabupaten Sleman 3,85 Sangat Baik\n"
     "2. Kota Yogyakarta 3,80 Sangat Baik\n3. Kabupaten Bantul 3,41 Baik",
     "2024-02-02", None,
     [("Kabupaten Bantul", "spbe", 3.41, 2023, None), ("Kabupaten Sleman", "spbe", 3.85, 2023, None),
      ("Kota Yogyakarta", "spbe", 3.8, 2023, None)]),
    ("a score 'kurang dari' a threshold is still no category",
     "Indeks SPBE Kabupaten Blora tahun 2023 tercatat 2,45, kurang dari target nasional.",
     "2024-02-02", None,
     [("Kabupaten Blora", "spbe", 2.45, 2023, None)]),
    ("a value named first, its owner after 'merupakan milik'",
     "Skor SPI 2023 sebesar 78,4 merupakan milik Kabupaten Kebumen.",
     "2024-02-02", None,
     [("Kabupaten Kebumen", "spi", 78.4, 2023, None)]),
    # ---------------------------------------------------------------- two indices named, a bare result far below
    ("a bare result far below, the headline naming one of the article's two indices",
     "Pemkab Klaten menerima hasil evaluasi SAKIP dan indeks RB 2023 dari Kementerian PANRB.\nPenyerahan dilakukan di "
     "Jakarta.\nBupati Klaten bersyukur atas capaian itu.\nMenurutnya, seluruh OPD telah bekerja keras menyusun "
     "dokumen kinerja.\nSelain itu, inspektorat juga terus melakukan pendampingan.\nPada evaluasi itu, Klaten "
     "memperoleh nilai 73,12.",
     "2024-02-02", "Pemkab Klaten Raih Predikat BB SAKIP",
     [("Kabupaten Klaten", "sakip", 73.12, 2023, "2024-02-02")]),
    ("a bare result far below, the headline naming both indices: no index to give it",
     "Pemkab Klaten menerima hasil evaluasi SAKIP dan indeks RB 2023 dari Kementerian PANRB.\nPenyerahan dilakukan di "
     "Jakarta.\nBupati Klaten bersyukur atas capaian itu.\nMenurutnya, seluruh OPD telah bekerja keras menyusun "
     "dokumen kinerja.\nSelain itu, inspektorat juga terus melakukan pendampingan.\nPada evaluasi itu, Klaten "
     "memperoleh nilai 73,12.",
     "2024-02-02", "Nilai SAKIP dan Indeks RB Pemkab Klaten Naik",
     []),
    ("an IDM status written 'Status IDM' is the IDM",
     "Status IDM Kabupaten Gunungkidul tahun 2024 mencapai 0,7512 dengan status Maju.",
     "2024-06-01", None,
     [("Kabupaten Gunungkidul", "idm", 0.7512, 2024, None)]),
    # ---------------------------------------------------------------- a government joined to a counted group
    ("a province joined to its counted regencies",
     "BPK Perwakilan Bali menyerahkan LHP LKPD 2023, Senin (20/5/2024). Pemprov Bali bersama sembilan "
     "kabupaten/kota di Bali meraih opini WTP.",
     "2024-05-25", None,
     [("Provinsi Bali", "opini_bpk", "WTP", 2023, "2024-05-20")]),
    ("a province joined to a counted group listed after",
     "Pemprov Jambi dan dua kabupaten meraih opini WTP atas LKPD 2023, yakni Kabupaten Kerinci dan Kabupaten Bungo.",
     "2024-05-25", None,
     [("Kabupaten Bungo", "opini_bpk", "WTP", 2023, None), ("Kabupaten Kerinci", "opini_bpk", "WTP", 2023, None),
      ("Provinsi Jambi", "opini_bpk", "WTP", 2023, None)]),
    ("a counted group in a province owns nothing",
     "Sebanyak 13 pemda di Kalimantan Barat meraih opini WTP atas LKPD 2023.",
     "2024-05-25", None,
     []),
    ("a national rank before the score",
     "Kabupaten Banyuwangi meraih peringkat ketiga nasional indeks SPBE 2023 dengan skor 4,01.",
     "2024-02-02", None,
     [("Kabupaten Banyuwangi", "spbe", 4.01, 2023, None)]),
    ("the best out of every regency of a province, the score after",
     "Kota Tegal menjadi yang terbaik dari seluruh kabupaten/kota di Provinsi Jawa Tengah dengan nilai SPBE 2023 "
     "sebesar 3,95.",
     "2024-02-02", None,
     [("Kota Tegal", "spbe", 3.95, 2023, None)]),
]
