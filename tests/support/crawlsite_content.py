"""Articles of the fixture sites, written for these tests (Indonesian, about real regional governments)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass
class Post:
    slug: str
    title: str
    published: dt.datetime
    author: str
    paragraphs: list[str]
    category: str = "Pemerintahan"
    tags: list[str] = field(default_factory=list)
    modified: dt.datetime | None = None
    number: int = 0  # numeric id for CMSs that use one

    @property
    def updated(self) -> dt.datetime:
        return self.modified or self.published

    def edit(self, extra: str) -> None:
        self.paragraphs.append(extra)
        self.modified = self.updated + dt.timedelta(days=30)


WIB = dt.timezone(dt.timedelta(hours=7))


def _d(y, m, d, h=9, mi=0) -> dt.datetime:
    return dt.datetime(y, m, d, h, mi, tzinfo=WIB)


def wordpress_posts() -> list[Post]:
    return [
        Post("bupati-ikfina-lantik-pejabat-pimpinan-tinggi-pratama", "Bupati Ikfina Lantik Pejabat Pimpinan Tinggi Pratama",
             _d(2024, 1, 15), "Rina Wulandari", [
                 "MOJOKERTO – Bupati Mojokerto Ikfina Fahmawati melantik sebelas pejabat pimpinan tinggi pratama di Pendopo Graha Maja Tama, Senin (15/1/2024). Mereka mengisi jabatan kepala dinas dan kepala badan yang kosong sejak akhir tahun lalu.",
                 "Ikfina meminta para pejabat yang baru dilantik segera menyusun program kerja yang terukur. Menurutnya, jabatan adalah amanah yang harus dibuktikan dengan pelayanan yang cepat kepada masyarakat.",
                 "Pelantikan ini merupakan hasil seleksi terbuka yang digelar panitia seleksi sejak Oktober 2023. Seluruh tahapan, mulai dari uji kompetensi hingga wawancara, telah dilaporkan kepada Komisi Aparatur Sipil Negara.",
                 "Sekretaris Daerah Kabupaten Mojokerto Teguh Gunarko menambahkan, pemerintah daerah akan mengevaluasi kinerja para pejabat tersebut setiap enam bulan.",
             ], "Pemerintahan", ["bupati", "pelantikan"]),
        Post("pemkab-mojokerto-teken-perjanjian-kinerja-2024", "Pemkab Mojokerto Teken Perjanjian Kinerja Tahun 2024",
             _d(2024, 1, 31, 10), "Rina Wulandari", [
                 "MOJOKERTO – Seluruh kepala perangkat daerah di lingkungan Pemerintah Kabupaten Mojokerto menandatangani Perjanjian Kinerja tahun 2024 di hadapan Bupati Ikfina Fahmawati, Rabu (31/1/2024).",
                 "Penandatanganan perjanjian kinerja menjadi dasar penilaian Sistem Akuntabilitas Kinerja Instansi Pemerintah. Setiap target yang disepakati akan diukur melalui indikator kinerja utama masing-masing perangkat daerah.",
                 "Bupati mengingatkan bahwa target kinerja bukan sekadar dokumen. Ia meminta kepala perangkat daerah melaporkan capaian secara berkala agar program yang tertinggal dapat segera diperbaiki.",
                 "Acara tersebut juga diikuti penandatanganan pakta integritas oleh para camat sebagai komitmen mencegah korupsi di tingkat kecamatan.",
             ], "Pemerintahan", ["perjanjian kinerja", "sakip"]),
        Post("mojokerto-raih-opini-wtp-kesebelas-kalinya", "Mojokerto Raih Opini WTP untuk Kesebelas Kalinya",
             _d(2024, 5, 20, 14), "Dimas Prasetyo", [
                 "SURABAYA – Pemerintah Kabupaten Mojokerto kembali memperoleh opini Wajar Tanpa Pengecualian dari Badan Pemeriksa Keuangan atas laporan keuangan tahun anggaran 2023.",
                 "Laporan hasil pemeriksaan diserahkan di kantor BPK Perwakilan Provinsi Jawa Timur di Surabaya. Bupati Ikfina Fahmawati menerima langsung dokumen tersebut bersama Ketua DPRD Kabupaten Mojokerto.",
                 "Menurut bupati, opini WTP bukan tujuan akhir. Pemerintah daerah tetap harus menindaklanjuti setiap rekomendasi pemeriksa dalam waktu enam puluh hari sesuai ketentuan.",
                 "Capaian ini melanjutkan rangkaian opini WTP yang diraih Kabupaten Mojokerto sejak tahun anggaran 2013.",
             ], "Keuangan", ["wtp", "bpk"]),
        Post("ipm-kabupaten-mojokerto-naik", "Indeks Pembangunan Manusia Kabupaten Mojokerto Naik",
             _d(2024, 2, 12, 8, 30), "Dimas Prasetyo", [
                 "MOJOKERTO – Badan Pusat Statistik mencatat Indeks Pembangunan Manusia Kabupaten Mojokerto tahun 2023 naik dibanding tahun sebelumnya dan tetap berada pada kategori tinggi.",
                 "Kenaikan tersebut didorong oleh bertambahnya harapan lama sekolah dan pengeluaran per kapita yang disesuaikan. Angka harapan hidup juga meningkat tipis.",
                 "Kepala Bappeda menyebut pemerintah daerah akan memperluas beasiswa bagi siswa dari keluarga kurang mampu agar capaian pendidikan terus membaik.",
                 "Data indeks pembangunan manusia menjadi salah satu acuan penyusunan rencana pembangunan jangka menengah daerah berikutnya.",
             ], "Ekonomi", ["ipm"]),
        Post("festival-budaya-majapahit-di-trowulan", "Festival Budaya Majapahit Digelar di Trowulan",
             _d(2023, 10, 7, 16), "Sari Anggraeni", [
                 "TROWULAN – Ribuan warga memadati kawasan Candi Brahu saat Festival Budaya Majapahit digelar Sabtu (7/10/2023). Kirab budaya diikuti perwakilan seluruh kecamatan di Kabupaten Mojokerto.",
                 "Festival tersebut menampilkan tari tradisional, pameran kerajinan kuningan, dan kuliner khas Mojokerto. Pelaku usaha kecil mendapat tempat khusus untuk memasarkan produknya.",
                 "Dinas Pariwisata berharap festival ini menarik wisatawan untuk mengunjungi situs-situs peninggalan Kerajaan Majapahit yang tersebar di Trowulan.",
                 "Panitia mencatat transaksi pelaku usaha selama festival meningkat dibanding penyelenggaraan tahun lalu.",
             ], "Budaya", ["pariwisata"]),
        Post("pelatihan-spbe-untuk-operator-kecamatan", "Pelatihan SPBE untuk Operator Kecamatan",
             _d(2023, 8, 22, 9), "Sari Anggraeni", [
                 "MOJOKERTO – Dinas Komunikasi dan Informatika Kabupaten Mojokerto menggelar pelatihan Sistem Pemerintahan Berbasis Elektronik bagi operator dari delapan belas kecamatan.",
                 "Materi pelatihan meliputi pengelolaan aplikasi layanan administrasi, keamanan informasi, dan pengisian data untuk evaluasi SPBE yang dilakukan Kementerian PANRB.",
                 "Kepala Diskominfo mengatakan indeks SPBE daerah sangat dipengaruhi kesiapan sumber daya manusia di tingkat kecamatan dan desa.",
                 "Pelatihan berlangsung selama tiga hari dan ditutup dengan uji praktik penggunaan aplikasi persuratan elektronik.",
             ], "Teknologi", ["spbe"]),
        Post("posyandu-remaja-diperluas-ke-semua-desa", "Posyandu Remaja Diperluas ke Semua Desa",
             _d(2023, 6, 5, 11), "Rina Wulandari", [
                 "MOJOKERTO – Pemerintah Kabupaten Mojokerto menargetkan setiap desa memiliki posyandu remaja sebagai upaya mencegah stunting sejak usia sekolah.",
                 "Posyandu remaja memberikan pemeriksaan hemoglobin, tablet tambah darah, serta penyuluhan gizi bagi pelajar putri. Kader dilatih oleh puskesmas setempat.",
                 "Dinas Kesehatan mencatat sudah ada ratusan posyandu remaja yang aktif. Sisanya ditargetkan terbentuk sebelum akhir tahun.",
                 "Program ini melengkapi pendampingan keluarga berisiko stunting yang dijalankan tim percepatan penurunan stunting.",
             ], "Kesehatan", ["stunting", "kesehatan"]),
    ]


def blogger_posts() -> list[Post]:
    return [
        Post("wali-kota-pekalongan-lantik-kepala-sekolah", "Wali Kota Pekalongan Lantik Kepala Sekolah",
             _d(2024, 3, 4, 10), "Admin Warta Batik", [
                 "PEKALONGAN – Wali Kota Pekalongan Achmad Afzan Arslan Djunaid melantik puluhan kepala sekolah dasar dan sekolah menengah pertama di Ruang Jetayu, Senin (4/3/2024).",
                 "Aaf, sapaan akrab wali kota, meminta kepala sekolah yang baru dilantik menjaga mutu pembelajaran dan memastikan tidak ada pungutan yang memberatkan orang tua murid.",
                 "Kepala Dinas Pendidikan menjelaskan, pengisian jabatan kepala sekolah dilakukan berdasarkan hasil penilaian kinerja dan sertifikat guru penggerak.",
                 "Pelantikan ditutup dengan penandatanganan pakta integritas oleh seluruh kepala sekolah.",
             ]),
        Post("pekalongan-terima-penghargaan-ombudsman", "Pekalongan Terima Penghargaan Kepatuhan Pelayanan Publik",
             _d(2024, 1, 22, 13), "Admin Warta Batik", [
                 "JAKARTA – Pemerintah Kota Pekalongan menerima predikat kepatuhan tinggi dalam penilaian standar pelayanan publik yang dilakukan Ombudsman Republik Indonesia.",
                 "Penghargaan diterima langsung oleh wali kota dalam acara penganugerahan di Jakarta. Penilaian mencakup ketersediaan standar pelayanan, sarana pengaduan, dan kompetensi petugas.",
                 "Wali kota mengatakan hasil penilaian akan dipakai untuk memperbaiki layanan yang masih dikeluhkan warga, terutama perizinan dan administrasi kependudukan.",
                 "Ombudsman juga mendorong pemerintah daerah menindaklanjuti setiap laporan masyarakat secara terbuka.",
             ]),
        Post("batik-pekalongan-masuk-pasar-eropa", "Perajin Batik Pekalongan Tembus Pasar Eropa",
             _d(2023, 11, 14, 15), "Lestari", [
                 "PEKALONGAN – Sejumlah perajin batik di Kota Pekalongan mulai mengekspor kain batik tulis ke beberapa negara Eropa setelah mengikuti pameran dagang di Jakarta.",
                 "Dinas Perdagangan mendampingi para perajin dalam pengurusan sertifikasi dan pengemasan. Pembeli dari luar negeri menyukai motif pesisiran dengan warna cerah.",
                 "Para perajin berharap pemerintah membantu promosi melalui Museum Batik dan kegiatan Pekan Batik Nusantara yang rutin digelar setiap tahun.",
                 "Kota Pekalongan sendiri telah ditetapkan sebagai kota kreatif dunia oleh UNESCO untuk kategori kerajinan dan kesenian rakyat.",
             ]),
        Post("banjir-rob-pesisir-utara-pekalongan", "Penanganan Banjir Rob di Pesisir Utara Pekalongan",
             _d(2023, 9, 2, 8), "Lestari", [
                 "PEKALONGAN – Pemerintah Kota Pekalongan bersama Balai Besar Wilayah Sungai Pemali Juana mempercepat pembangunan tanggul untuk mengurangi banjir rob di kawasan pesisir utara.",
                 "Warga di beberapa kelurahan sudah bertahun-tahun menghadapi genangan air laut yang masuk ke permukiman saat pasang tinggi.",
                 "Selain tanggul, pemerintah juga menambah pompa air dan memperbaiki saluran drainase agar genangan lebih cepat surut.",
                 "Wali kota meminta warga ikut menjaga saluran dari sampah agar pompa dapat bekerja optimal.",
             ]),
        Post("musrenbang-kota-pekalongan-2024", "Musrenbang Kota Pekalongan Bahas Prioritas Pembangunan 2025",
             _d(2024, 3, 20, 9), "Admin Warta Batik", [
                 "PEKALONGAN – Musyawarah perencanaan pembangunan Kota Pekalongan membahas prioritas pembangunan tahun 2025, mulai dari penanganan rob hingga peningkatan layanan kesehatan.",
                 "Usulan dari kelurahan dan kecamatan dihimpun sejak Januari. Bappeda memilah usulan berdasarkan kemampuan anggaran dan keselarasan dengan rencana pembangunan daerah.",
                 "Anggota DPRD yang hadir meminta usulan warga yang belum terakomodasi tahun lalu mendapat perhatian.",
                 "Hasil musrenbang akan menjadi bahan penyusunan rencana kerja pemerintah daerah.",
             ]),
        Post("pelayanan-adminduk-keliling", "Layanan Adminduk Keliling Sambangi Kelurahan",
             _d(2023, 7, 10, 10), "Lestari", [
                 "PEKALONGAN – Dinas Kependudukan dan Pencatatan Sipil Kota Pekalongan membuka layanan administrasi kependudukan keliling di kelurahan-kelurahan.",
                 "Warga dapat mengurus kartu identitas anak, perubahan kartu keluarga, dan aktivasi identitas kependudukan digital tanpa harus datang ke kantor dinas.",
                 "Layanan keliling ini terutama menyasar warga lanjut usia dan penyandang disabilitas yang kesulitan bepergian.",
                 "Jadwal layanan diumumkan melalui media sosial pemerintah kota setiap pekan.",
             ]),
    ]


def government_posts() -> list[Post]:
    return [
        Post("bupati-kendal-lantik-50-pejabat-administrator", "Bupati Kendal Lantik 50 Pejabat Administrator dan Pengawas",
             _d(2024, 2, 2, 9), "Humas Setda", [
                 "Bupati Kendal Dico M. Ganinduto melantik 50 pejabat administrator dan pengawas di Pendopo Tumenggung Bahurekso, Jumat (2/2/2024).",
                 "Dalam sambutannya, bupati meminta para pejabat segera beradaptasi dengan tugas baru dan mengedepankan pelayanan kepada masyarakat.",
                 "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia menjelaskan, rotasi dilakukan untuk mengisi jabatan yang kosong karena pensiun dan promosi.",
                 "Para pejabat yang dilantik juga menandatangani pakta integritas sebagai komitmen bekerja bersih dan bebas dari korupsi.",
             ], number=101),
        Post("penandatanganan-perjanjian-kinerja-kendal-2024", "Penandatanganan Perjanjian Kinerja Pemkab Kendal Tahun 2024",
             _d(2024, 1, 29, 10), "Humas Setda", [
                 "Kepala perangkat daerah di lingkungan Pemerintah Kabupaten Kendal menandatangani Perjanjian Kinerja tahun 2024 bersama Bupati Kendal Dico M. Ganinduto, Senin (29/1/2024).",
                 "Perjanjian kinerja memuat target yang harus dicapai setiap perangkat daerah selama satu tahun anggaran dan menjadi dasar evaluasi akuntabilitas kinerja.",
                 "Bupati berharap nilai SAKIP Kabupaten Kendal terus meningkat dengan target yang realistis dan terukur.",
                 "Penandatanganan disaksikan Sekretaris Daerah dan Inspektur Kabupaten Kendal.",
             ], number=102),
        Post("kendal-raih-predikat-kepatuhan-tinggi-ombudsman", "Kendal Raih Predikat Kepatuhan Tinggi dari Ombudsman",
             _d(2023, 12, 12, 14), "Diskominfo", [
                 "Pemerintah Kabupaten Kendal meraih predikat kepatuhan tinggi dalam penilaian kepatuhan standar pelayanan publik oleh Ombudsman Republik Indonesia tahun 2023.",
                 "Penilaian dilakukan terhadap sejumlah perangkat daerah yang memberikan layanan langsung kepada masyarakat, seperti perizinan, kependudukan, dan kesehatan.",
                 "Bupati menyampaikan terima kasih kepada seluruh petugas pelayanan dan meminta capaian ini dipertahankan.",
                 "Ombudsman mencatat masih ada catatan perbaikan pada ketersediaan informasi biaya layanan di beberapa unit.",
             ], number=96),
        Post("kawasan-industri-kendal-serap-tenaga-kerja", "Kawasan Industri Kendal Serap Ribuan Tenaga Kerja Lokal",
             _d(2023, 11, 3, 11), "Diskominfo", [
                 "Kawasan Industri Kendal terus menyerap tenaga kerja lokal seiring bertambahnya perusahaan yang beroperasi di kawasan tersebut.",
                 "Dinas Tenaga Kerja mencatat sebagian besar pekerja berasal dari kecamatan di sekitar kawasan industri, terutama Kaliwungu dan Brangsong.",
                 "Pemerintah daerah bekerja sama dengan balai latihan kerja untuk menyiapkan calon pekerja sesuai kebutuhan perusahaan.",
                 "Tingkat pengangguran terbuka diharapkan terus turun dengan masuknya investasi baru.",
             ], number=90),
        Post("gerakan-tanam-pohon-di-lereng-medini", "Gerakan Tanam Pohon di Lereng Medini",
             _d(2023, 10, 21, 7), "Diskominfo", [
                 "Ratusan relawan dan aparatur sipil negara menanam bibit pohon di lereng kawasan Medini, Kecamatan Limbangan, Sabtu (21/10/2023).",
                 "Penanaman dilakukan untuk menjaga daerah tangkapan air dan mencegah longsor saat musim hujan.",
                 "Dinas Lingkungan Hidup menyiapkan bibit tanaman keras dan tanaman buah yang dapat dimanfaatkan warga sekitar.",
                 "Kegiatan serupa akan dilanjutkan di kecamatan lain di wilayah selatan Kabupaten Kendal.",
             ], number=85),
        Post("pelayanan-kesehatan-gratis-di-pulau-panjang", "Pelayanan Kesehatan Gratis untuk Warga Pesisir",
             _d(2023, 8, 17, 8), "Humas Setda", [
                 "Dinas Kesehatan Kabupaten Kendal menggelar pelayanan kesehatan gratis bagi warga pesisir dalam rangka peringatan Hari Kemerdekaan.",
                 "Layanan meliputi pemeriksaan umum, pemeriksaan gigi, dan pemeriksaan kehamilan. Warga juga mendapat obat sesuai keluhan.",
                 "Petugas puskesmas menemukan banyak warga lanjut usia dengan tekanan darah tinggi dan memberikan rujukan lanjutan.",
                 "Kegiatan ini melibatkan dokter relawan dan mahasiswa kesehatan dari perguruan tinggi di Semarang.",
             ], number=77),
        Post("rapat-koordinasi-pengendalian-inflasi-daerah", "Rapat Koordinasi Pengendalian Inflasi Daerah",
             _d(2023, 6, 26, 13), "Humas Setda", [
                 "Tim Pengendalian Inflasi Daerah Kabupaten Kendal menggelar rapat koordinasi untuk memantau harga kebutuhan pokok menjelang hari besar keagamaan.",
                 "Harga beras dan cabai menjadi perhatian utama. Dinas Perdagangan diminta menggelar operasi pasar jika harga naik tajam.",
                 "Sekretaris Daerah meminta camat melaporkan kondisi harga di pasar tradisional setiap pekan.",
                 "Rapat juga membahas kelancaran distribusi pupuk bersubsidi bagi petani.",
             ], number=70),
    ]
