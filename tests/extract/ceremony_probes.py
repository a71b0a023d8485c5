"""Probe articles for ceremonies and people, written in our own words in the shapes regional news takes.

Each probe is (name, text, published, expected). `expected` maps an event type to a list of events as
{"region": regency name, "count": officials_count, "by": installer name, "date": ISO date}; only the keys given
are checked. `people` lists names that must be found (and `not_people` names that must not) in the article's
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
