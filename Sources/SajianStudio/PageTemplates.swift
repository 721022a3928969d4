/// The studio's HTML pages as Mustache templates (swift-mustache escapes every `{{value}}` for HTML), in Indonesian.
/// Served by the binary itself: no build step, no CDN.
enum PageTemplates {
    static let all: [String: String] = [
        "kepala": head, "kaki": foot, "katalog": catalog, "dataset": dataset, "impor": importForm, "impor-baca": importRead,
        "templat": templates, "editor": editor, "unduh": downloads, "galat": errorPage, "masuk": login,
    ]

    static let head = """
    <!DOCTYPE html>
    <html lang="id">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{{judul_halaman}} · Sajian Studio</title>
    <link rel="stylesheet" href="/aset/studio.css">
    <script src="/aset/studio.js" defer></script>
    </head>
    <body>
    <header class="atas">
      <a class="merek" href="/katalog">Sajian <span>Studio</span></a>
      <nav>
        <a href="/katalog" {{#menu_katalog}}aria-current="page"{{/menu_katalog}}>Katalog</a>
        <a href="/impor" {{#menu_impor}}aria-current="page"{{/menu_impor}}>Impor</a>
        <a href="/templat" {{#menu_templat}}aria-current="page"{{/menu_templat}}>Templat</a>
        <a href="/unduh" {{#menu_unduh}}aria-current="page"{{/menu_unduh}}>Unduh</a>
      </nav>
      <span class="proyek" title="Folder proyek">{{proyek}}</span>
    </header>
    <main>
    """

    static let foot = """
    </main>
    <footer class="bawah">Sajian Studio · penyajian informasi ketenagakerjaan menurut Permenakertrans PER.03/MEN/II/2009 · API: <a href="/api/v1/openapi.yaml">/api/v1/openapi.yaml</a></footer>
    </body>
    </html>
    """

    static let catalog = """
    {{> kepala}}
    <h1>Katalog dataset</h1>
    <p class="lead">Setiap dataset tersimpan sebagai rangkaian versi yang tidak berubah, masing-masing dengan sidik SHA-256 data dan metadatanya.</p>
    {{#kosong}}<p class="kosong">Katalog masih kosong. Mulai dari <a href="/impor">Impor</a>.</p>{{/kosong}}
    {{^kosong}}
    <table class="data">
    <thead><tr><th>ID</th><th>Judul</th><th class="angka">Versi</th><th class="angka">Baris</th><th>Periode</th><th>Klasifikasi</th><th>SHA-256</th></tr></thead>
    <tbody>
    {{#dataset}}
    <tr><td><a href="/katalog/{{id}}">{{id}}</a></td><td>{{judul}}</td><td class="angka">{{versi}} <span class="redup">({{jumlah_versi}})</span></td><td class="angka">{{baris_tampil}}</td><td>{{periode}}</td><td><span class="lencana {{klasifikasi}}">{{klasifikasi}}</span></td><td><code>{{sha_pendek}}</code></td></tr>
    {{/dataset}}
    </tbody>
    </table>
    {{/kosong}}
    {{> kaki}}
    """

    static let dataset = """
    {{> kepala}}
    <p class="jejak"><a href="/katalog">Katalog</a> › {{id}}</p>
    <h1>{{judul}}</h1>
    <div class="kolom2">
    <section class="kartu">
    <h2>Metadata</h2>
    <dl class="meta">
    <dt>ID</dt><dd><code>{{id}}</code></dd>
    <dt>Produsen</dt><dd>{{produsen}}</dd>
    <dt>Sumber</dt><dd>{{sumber}}</dd>
    <dt>Klasifikasi</dt><dd><span class="lencana {{klasifikasi}}">{{klasifikasi}}</span></dd>
    <dt>Dimensi</dt><dd>{{dimensi}}</dd>
    <dt>Ukuran</dt><dd>{{#ukuran}}<div>{{label}} <span class="redup">({{satuan}}, {{desimal}} desimal)</span></div>{{/ukuran}}</dd>
    {{#ambang}}<dt>Ambang sel kecil</dt><dd>{{ambang}} (sel di bawahnya ditampilkan <code>x</code>)</dd>{{/ambang}}
    <dt>Versi terakhir</dt><dd>{{versi}} · <code>{{sha}}</code></dd>
    </dl>
    </section>
    <section class="kartu">
    <h2>Riwayat versi</h2>
    <table class="data ringkas">
    <thead><tr><th class="angka">Versi</th><th>Diimpor</th><th>Berkas</th><th class="angka">Baris</th><th>Perubahan</th></tr></thead>
    <tbody>
    {{#riwayat}}<tr><td class="angka">{{versi}}</td><td>{{diimpor}}</td><td>{{berkas}}</td><td class="angka">{{baris}}</td><td>{{perubahan_teks}}</td></tr>{{/riwayat}}
    </tbody>
    </table>
    </section>
    </div>
    <section>
    <h2>Nilai <span class="redup">(baris {{dari}}–{{sampai}} dari {{total}}, seperti dicetak di tabel)</span></h2>
    <table class="data">
    <thead><tr>{{#kolom}}<th>{{.}}</th>{{/kolom}}<th>Ukuran</th><th class="angka">Nilai</th></tr></thead>
    <tbody>
    {{#baris}}<tr>{{#koordinat}}<td>{{.}}</td>{{/koordinat}}<td>{{ukuran}}</td><td class="angka">{{tampil}}</td></tr>{{/baris}}
    </tbody>
    </table>
    <p class="halaman-nav">{{#sebelumnya}}<a href="?halaman={{sebelumnya}}">‹ Sebelumnya</a>{{/sebelumnya}} Halaman {{halaman}} dari {{jumlah_halaman}} {{#berikutnya}}<a href="?halaman={{berikutnya}}">Berikutnya ›</a>{{/berikutnya}}</p>
    <p class="keterangan">Keterangan: <code>-</code> nihil, <code>...</code> data tidak tersedia, <code>x</code> dirahasiakan.</p>
    </section>
    {{> kaki}}
    """

    static let importForm = """
    {{> kepala}}
    <h1>Impor data</h1>
    <p class="lead">Unggah berkas CSV atau XLSX. Studio membacanya dengan pemeriksaan yang sama dengan <code>sajian import</code> dan menampilkan hasilnya; data baru masuk katalog hanya setelah Anda mengonfirmasi.</p>
    <form class="kartu" method="post" action="/impor" enctype="multipart/form-data" id="form-impor">
      <label>ID dataset
        <input name="dataset" required pattern="[A-Za-z0-9_-]{1,100}" list="daftar-dataset" placeholder="mis. tpt-provinsi">
        <datalist id="daftar-dataset">{{#dataset}}<option value="{{id}}">{{judul}}</option>{{/dataset}}</datalist>
      </label>
      <div class="jatuhkan" id="jatuhkan">
        <p><strong>Tarik dan lepas berkas di sini</strong> atau pilih:</p>
        <input type="file" name="berkas" id="berkas" accept=".csv,.xlsx" required>
      </div>
      <label>Metadata YAML <span class="redup">(opsional: tanpa ini dipakai <code>Datasets/&lt;id&gt;.yaml</code> proyek)</span>
        <input type="file" name="metadata" accept=".yaml,.yml">
      </label>
      <button type="submit">Baca berkas</button>
      <p class="redup">Batas unggahan: {{batas}}.</p>
    </form>
    {{> kaki}}
    """

    static let importRead = """
    {{> kepala}}
    <p class="jejak"><a href="/impor">Impor</a> › {{berkas}}</p>
    <h1>Hasil pembacaan: {{berkas}} → <code>{{dataset}}</code></h1>
    {{#ok}}<p class="pesan ok" id="status-baca">Berkas terbaca tanpa masalah: {{baris_tampil}} baris. Periksa pratinjau di bawah, lalu konfirmasi impor.</p>{{/ok}}
    {{^ok}}<p class="pesan galat" id="status-baca">Berkas ditolak: {{jumlah_masalah}} masalah. Katalog tidak berubah. Perbaiki berkas atau metadatanya, lalu unggah lagi.</p>{{/ok}}
    {{#ada_draf}}
    <section class="kartu" id="draf">
    <h2>Metadata disusun otomatis</h2>
    <p>Berkas ini belum punya metadata, jadi Sajian menyusun draf dari isinya. Periksa dugaan di bawah dan teks metadatanya (terutama <code>judul</code>, <code>sumber</code> dan <code>klasifikasi</code>), ubah bila perlu, lalu tekan <em>Impor ke katalog</em>. Tidak ada yang masuk katalog sebelum Anda mengonfirmasi.</p>
    <ul>{{#draf}}<li>{{.}}</li>{{/draf}}</ul>
    </section>
    {{/ada_draf}}
    {{#ada_masalah}}
    <section class="kartu">
    <h2>Masalah</h2>
    <table class="data ringkas masalah">
    <thead><tr><th>Tingkat</th><th>Berkas</th><th class="angka">Baris</th><th class="angka">Kolom</th><th>Pesan</th></tr></thead>
    <tbody>{{#masalah}}<tr class="{{tingkat}}"><td>{{tingkat}}</td><td>{{berkas}}</td><td class="angka">{{baris}}</td><td class="angka">{{kolom}}</td><td>{{pesan}}{{#saran}}<div class="saran">{{saran}}</div>{{/saran}}</td></tr>{{/masalah}}</tbody>
    </table>
    </section>
    {{/ada_masalah}}
    {{#ok}}
    <section>
    <h2>Pratinjau <span class="redup">({{jumlah_pratinjau}} baris pertama)</span></h2>
    <table class="data">
    <thead><tr>{{#kolom}}<th>{{.}}</th>{{/kolom}}<th>Ukuran</th><th class="angka">Nilai</th></tr></thead>
    <tbody>{{#pratinjau}}<tr>{{#koordinat}}<td>{{.}}</td>{{/koordinat}}<td>{{ukuran}}</td><td class="angka">{{tampil}}</td></tr>{{/pratinjau}}</tbody>
    </table>
    </section>
    {{/ok}}
    <form class="kartu" method="post" action="/impor/{{token}}">
      <label>Metadata <span class="redup">({{nama_metadata}}; ubah teksnya di sini bila perlu)</span>
        <textarea name="metadata" rows="16" spellcheck="false" class="kode">{{metadata}}</textarea>
      </label>
      <div class="tombol">
        <button type="submit" name="aksi" value="baca" class="kedua">Baca ulang dengan metadata ini</button>
        {{#ok}}<button type="submit" name="aksi" value="impor" id="konfirmasi">Impor ke katalog</button>{{/ok}}
      </div>
    </form>
    {{> kaki}}
    """

    static let templates = """
    {{> kepala}}
    <h1>Templat</h1>
    <p class="lead">Templat publikasi di folder <code>Templates/</code>. Buka untuk menyunting dengan diagnostik <code>sajian check</code> dan pratinjau setiap gambar.</p>
    <table class="data">
    <thead><tr><th>Templat</th><th>Judul</th><th>Audiens</th><th class="angka">Gambar</th><th>Status</th><th></th></tr></thead>
    <tbody>
    {{#templat}}<tr><td><a href="/templat/{{nama}}">{{nama}}</a></td><td>{{judul}}</td><td>{{audiens}}</td><td class="angka">{{jumlah_gambar}}</td><td>{{#siap}}<span class="lencana publik">siap</span>{{/siap}}{{^siap}}<span class="lencana rahasia">ada masalah</span>{{/siap}}</td><td><a href="/unduh/{{nama}}">Unduh</a></td></tr>{{/templat}}
    </tbody>
    </table>
    {{> kaki}}
    """

    static let editor = """
    {{> kepala}}
    <p class="jejak"><a href="/templat">Templat</a> › {{nama}}</p>
    <h1>{{judul}}</h1>
    <div class="penyunting">
    <form method="post" action="/templat/{{nama}}" id="editor" class="kartu">
      <div class="sunting">
        <pre class="nomor-baris" id="nomor-baris" aria-hidden="true">{{#baris}}<span class="{{kelas}}" title="{{judul}}">{{nomor}}</span>
    {{/baris}}</pre>
        <textarea name="teks" id="teks" spellcheck="false" wrap="off" class="kode">{{teks}}</textarea>
      </div>
      <div class="tombol"><button type="submit">Simpan</button> <span id="status" class="redup" aria-live="polite">{{status}}</span></div>
    </form>
    <aside>
      <section class="kartu">
      <h2>Diagnostik <span class="redup">(sajian check)</span></h2>
      <ul id="diagnostik" class="diagnostik">
      {{#diagnostik}}<li class="{{tingkat}}"><strong>baris {{baris}}</strong> {{pesan}}{{#saran}}<div class="saran">{{saran}}</div>{{/saran}}</li>{{/diagnostik}}
      {{^diagnostik}}<li class="baik">Tidak ada masalah.</li>{{/diagnostik}}
      </ul>
      </section>
      <h2>Pratinjau gambar</h2>
      <div class="pratinjau" id="pratinjau">
      {{#gambar}}<figure><img src="{{url}}" alt="{{judul}}" data-id="{{id}}" loading="lazy"><figcaption><code>{{id}}</code></figcaption></figure>{{/gambar}}
      </div>
    </aside>
    </div>
    <h2>Halaman publikasi</h2>
    <div class="halaman-mini" id="halaman">
    {{#halaman}}<a href="{{url}}" target="_blank"><img src="{{url}}" alt="Halaman {{nomor}}" loading="lazy"><span>{{nomor}}</span></a>{{/halaman}}
    </div>
    {{> kaki}}
    """

    static let downloads = """
    {{> kepala}}
    {{#nama}}<p class="jejak"><a href="/unduh">Unduh</a> › {{nama}}</p>{{/nama}}
    <h1>Unduh</h1>
    {{#templat}}
    <section class="kartu">
      <h2>{{judul}} <span class="redup">({{nama}})</span></h2>
      {{#siap}}
      <p class="tombol">
        <a class="tombol-utama" href="/api/v1/templates/{{nama}}/publication.pdf" id="unduh-pdf-{{nama}}">PDF publikasi</a>
        <a class="tombol-kedua" href="/api/v1/templates/{{nama}}/web.zip">Ekspor web (ZIP)</a>
        <a class="tombol-kedua" href="/api/v1/templates/{{nama}}/manifest.json">manifest.json</a>
      </p>
      <table class="data ringkas">
      <thead><tr><th>Gambar</th><th>Judul</th><th>Berkas</th></tr></thead>
      <tbody>{{#gambar}}<tr><td><code>{{id}}</code></td><td>{{judul}}</td><td><a href="{{dasar}}.pdf">PDF</a> · <a href="{{dasar}}.png">PNG</a> · <a href="{{dasar}}.png?scale=2">PNG 2×</a> · <a href="{{dasar}}.svg">SVG</a> · <a href="{{dasar}}.csv">CSV</a></td></tr>{{/gambar}}</tbody>
      </table>
      {{/siap}}
      {{^siap}}<p class="pesan galat">Templat ini belum bisa diterbitkan: buka <a href="/templat/{{nama}}">penyunting</a> untuk melihat masalahnya.</p>{{/siap}}
    </section>
    {{/templat}}
    {{> kaki}}
    """

    static let errorPage = """
    {{> kepala}}
    <h1>{{judul}}</h1>
    <p class="pesan galat">{{pesan}}</p>
    {{#diagnostik}}<p><code>{{teks}}</code></p>{{/diagnostik}}
    <p><a href="{{kembali}}">Kembali</a></p>
    {{> kaki}}
    """

    static let login = """
    {{> kepala}}
    <h1>Masuk</h1>
    <p class="lead">Studio ini terbuka di jaringan dan dilindungi token. Tanpa token hanya data <em>publik</em> yang tampil.</p>
    <form class="kartu" method="post" action="/masuk">
      <label>Token <input type="password" name="token" autocomplete="current-password" required></label>
      <button type="submit">Masuk</button>
    </form>
    {{> kaki}}
    """
}
