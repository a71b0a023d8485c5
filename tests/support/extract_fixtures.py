"""Fixture articles written for these tests (facts from public reports; the wording is ours)."""

# Seed fact 1: Mojokerto's Perjanjian Kinerja 2024, Pendopo Graha Maja Tama, before Bupati Ikfina Fahmawati,
# Wednesday 31 January 2024.
MOJOKERTO_PK = (
    "Mojokerto – Seluruh kepala perangkat daerah Pemerintah Kabupaten (Pemkab) Mojokerto menandatangani "
    "Perjanjian Kinerja Tahun 2024 di Pendopo Graha Maja Tama, Rabu (31/1).\n"
    "Penandatanganan itu disaksikan langsung Bupati Mojokerto, Ikfina Fahmawati.\n"
    "Dalam sambutannya Ikfina meminta setiap organisasi perangkat daerah mengejar target kinerja tahun 2024.\n"
    "Asisten Administrasi Umum Siswandi menjelaskan perjanjian kinerja diteken setiap awal tahun sebagai "
    "komitmen birokrasi yang bersih."
)

# Seed fact 2: Lamongan's Bupati Yuhronur Efendi installing 50 officials on Friday evening 22 March 2024 at
# Pendopo Lokanantra; the 2024 performance agreement signed that morning; the regency's 2023 scores.
LAMONGAN_TITLE = "Bupati Lamongan Lantik 50 Pejabat, Minta Perjanjian Kinerja 2024 Dijalankan"
LAMONGAN = (
    "Lamongan, wartamerdeka.info – Bupati Lamongan H. Yuhronur Efendi, M.B.A. melantik lima puluh pejabat di "
    "lingkungan Pemkab Lamongan, Jumat malam (22/3) di Pendopo Lokanantra. Mereka terdiri atas 2 jabatan pimpinan "
    "tinggi pratama serta 48 jabatan administrator dan pengawas.\n"
    "Seusai pelantikan, Bupati Yes meminta para pejabat menjalankan perjanjian kinerja 2024 yang sudah "
    "ditandatangani pagi ini.\n"
    "Menurut Bupati, pada tahun 2023 Pemerintah Kabupaten Lamongan mencatat nilai SAKIP 89, Indeks Reformasi "
    "Birokrasi 75,89, indeks SPBE 3,96 (kategori sangat baik), Indeks SPI 80,41, Indeks Sistem Merit 295 dan "
    "hasil penilaian kepatuhan pelayanan publik dari Ombudsman A atau kategori hijau."
)

KENDAL_MOU = (
    "Kendal – Pemerintah Kabupaten Kendal dan Kejaksaan Negeri Kendal menandatangani nota kesepahaman "
    "tentang penanganan masalah hukum bidang perdata dan tata usaha negara di Pendopo Tumenggung Bahurekso, "
    "Senin (18/9/2023). Nota kesepahaman diteken Bupati Kendal Dico M Ganinduto dan Kepala Kejaksaan Negeri "
    "Kendal, Dr. Ivan Pasaribu, S.H., M.H."
)

SPBE_LIST = (
    "Bandung – Kementerian PANRB mengumumkan hasil evaluasi Sistem Pemerintahan Berbasis Elektronik (SPBE) "
    "tahun 2023, Kamis (18/1/2024). Di Jawa Barat, nilai indeks SPBE tertinggi diraih Kota Tasikmalaya 3,96, "
    "Kabupaten Garut 3,89, dan Kota Bandung 3,75."
)

PLAN_ONLY = (
    "Sleman – Bupati Sleman Kustini Sri Purnomo akan melantik 20 pejabat administrator pekan depan di Pendopo "
    "Rumah Dinas Bupati. Pelantikan direncanakan berlangsung Senin mendatang."
)

NO_EVENT = (
    "Banggai – Banjir merendam ratusan rumah di tiga kecamatan di Kabupaten Banggai, Selasa (30/8/2022). "
    "Badan Penanggulangan Bencana Daerah mencatat 500 jiwa mengungsi ke rumah kerabat dan balai desa. "
    "Kepala BPBD Banggai, Andi Baso, meminta warga di bantaran sungai tetap waspada."
)

OPINION = (
    "Banda Aceh – Pemkab Aceh Jaya lagi-lagi memperoleh opini Wajar Tanpa Pengecualian (WTP) dari BPK RI atas "
    "Laporan Keuangan Pemerintah Daerah Tahun Anggaran 2024. Laporan hasil pemeriksaan diserahkan di kantor BPK "
    "Perwakilan Aceh, Jumat 23 Mei 2025, dan diterima Bupati Aceh Jaya, Safwandi."
)

CAMPUS = (
    "Depok – Rektor Universitas Indonesia melantik delapan dekan fakultas, Senin (8/12/2025). "
    "Para dekan yang dilantik diminta memperkuat manajemen fakultas."
)
