from pantau.fingerprint import content_hash, hamming, near_duplicates, simhash

RELEASE = (
    "Bupati Lamongan Yuhronur Efendi melantik lima puluh pejabat di lingkungan Pemerintah Kabupaten Lamongan "
    "pada Jumat malam di Pendopo Lokanantra. Dua pejabat pimpinan tinggi pratama dan empat puluh delapan "
    "pejabat administrator dan pengawas mengambil sumpah jabatan. Bupati meminta pejabat baru segera bekerja "
    "dan merealisasikan perjanjian kinerja tahun 2024 yang telah ditandatangani pada pagi harinya."
)


def test_content_hash_ignores_case_and_spacing_only():
    assert content_hash(RELEASE) == content_hash("  " + RELEASE.upper().replace(" ", "\n "))
    assert content_hash(RELEASE) != content_hash(RELEASE.replace("lima puluh", "enam puluh"))


def test_republished_release_is_near_duplicate_and_other_news_is_not():
    republished = "LAMONGAN, Warta Kita - " + RELEASE + " Baca juga: Harga beras naik."
    other = ("Pemerintah Kota Ambon menggelar pasar murah di lima kecamatan untuk menekan inflasi menjelang "
             "Natal, dengan beras, minyak goreng dan gula dijual di bawah harga pasar oleh dinas perdagangan.")
    assert near_duplicates(simhash(RELEASE), simhash(republished))
    assert not near_duplicates(simhash(RELEASE), simhash(other))
    assert hamming(simhash(RELEASE), simhash(RELEASE)) == 0
    assert -(1 << 63) <= simhash(RELEASE) < (1 << 63)
