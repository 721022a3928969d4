/// The studio's stylesheet and script, served by the binary at `/aset/`.
enum Assets {
    static let css = """
    :root { --biru: #1f3b5c; --biru-muda: #e8eef5; --garis: #d5dbe3; --teks: #1d2430; --redup: #5d6b7c; --merah: #a3262a;
            --merah-muda: #fbeaea; --hijau: #1e6b3a; --hijau-muda: #e6f4ea; --kuning: #8a5a00; --kuning-muda: #fff4db; }
    * { box-sizing: border-box; }
    body { margin: 0; font-family: "Noto Sans", "Segoe UI", Arial, sans-serif; color: var(--teks); background: #f6f8fa; font-size: 15px; line-height: 1.5; }
    header.atas { display: flex; align-items: center; gap: 2rem; background: var(--biru); color: #fff; padding: 0 1.5rem; height: 3.25rem; }
    .merek { color: #fff; font-weight: 700; font-size: 1.15rem; text-decoration: none; letter-spacing: .01em; }
    .merek span { font-weight: 400; opacity: .8; }
    header nav { display: flex; gap: .25rem; height: 100%; }
    header nav a { color: #dfe7f1; text-decoration: none; padding: 0 .9rem; display: flex; align-items: center; border-bottom: 3px solid transparent; }
    header nav a:hover { color: #fff; }
    header nav a[aria-current=page] { color: #fff; border-bottom-color: #f0b429; font-weight: 600; }
    .proyek { margin-left: auto; font-size: .8rem; opacity: .75; font-family: ui-monospace, monospace; }
    main { max-width: 1200px; margin: 0 auto; padding: 1.5rem; }
    h1 { font-size: 1.5rem; margin: .2rem 0 .8rem; color: var(--biru); }
    h2 { font-size: 1.1rem; margin: 1.2rem 0 .6rem; color: var(--biru); }
    .lead { color: var(--redup); max-width: 60rem; margin-top: 0; }
    .redup { color: var(--redup); font-weight: 400; }
    .jejak { font-size: .85rem; color: var(--redup); margin: 0; }
    .jejak a { color: var(--redup); }
    a { color: #1f5fa8; }
    code, .kode { font-family: "Noto Sans Mono", ui-monospace, "DejaVu Sans Mono", monospace; font-size: .85rem; }
    .kartu { background: #fff; border: 1px solid var(--garis); border-radius: 6px; padding: 1rem 1.25rem; margin-bottom: 1rem; }
    .kartu h2 { margin-top: 0; }
    table.data { border-collapse: collapse; width: 100%; background: #fff; border-top: 2px solid var(--biru); border-bottom: 2px solid var(--biru); }
    table.data th { text-align: left; font-weight: 600; border-bottom: 1px solid var(--biru); padding: .4rem .6rem; background: var(--biru-muda); }
    table.data td { padding: .35rem .6rem; border-bottom: 1px solid #edf0f3; vertical-align: top; }
    table.data tr:last-child td { border-bottom: 0; }
    table.ringkas { font-size: .88rem; }
    .angka { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    .lencana { display: inline-block; padding: 0 .5rem; border-radius: 999px; font-size: .78rem; border: 1px solid; }
    .lencana.publik { color: var(--hijau); background: var(--hijau-muda); }
    .lencana.terbatas { color: var(--kuning); background: var(--kuning-muda); }
    .lencana.rahasia { color: var(--merah); background: var(--merah-muda); }
    .kolom2 { display: grid; grid-template-columns: 1fr 1fr; gap: 1rem; }
    dl.meta { display: grid; grid-template-columns: 9rem 1fr; gap: .3rem .8rem; margin: 0; }
    dl.meta dt { color: var(--redup); }
    dl.meta dd { margin: 0; }
    .halaman-nav { text-align: center; color: var(--redup); }
    .keterangan { font-size: .85rem; color: var(--redup); }
    form label { display: block; margin-bottom: .9rem; font-weight: 600; }
    form input[type=text], form input:not([type]), form input[type=password] { display: block; margin-top: .3rem; padding: .45rem .6rem; width: 24rem; max-width: 100%; border: 1px solid var(--garis); border-radius: 4px; font: inherit; }
    button, .tombol-utama, .tombol-kedua { font: inherit; background: var(--biru); color: #fff; border: 0; border-radius: 4px; padding: .5rem 1rem; cursor: pointer; text-decoration: none; display: inline-block; }
    button.kedua, .tombol-kedua { background: #fff; color: var(--biru); border: 1px solid var(--biru); }
    .tombol { display: flex; gap: .6rem; align-items: center; flex-wrap: wrap; }
    .jatuhkan { border: 2px dashed #9fb0c4; border-radius: 6px; padding: 1.2rem; margin-bottom: 1rem; background: #fafcfe; text-align: center; }
    .jatuhkan.aktif { border-color: var(--biru); background: var(--biru-muda); }
    .pesan { padding: .6rem .9rem; border-radius: 4px; border-left: 4px solid; }
    .pesan.ok { background: var(--hijau-muda); border-color: var(--hijau); }
    .pesan.galat { background: var(--merah-muda); border-color: var(--merah); }
    .saran { color: var(--redup); font-size: .85rem; }
    tr.error td:first-child, li.error strong { color: var(--merah); }
    tr.warning td:first-child, li.warning strong { color: var(--kuning); }
    textarea.kode { width: 100%; border: 1px solid var(--garis); border-radius: 4px; padding: .5rem; line-height: 1.45; font-size: .82rem; }
    .penyunting { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1rem; align-items: start; }
    .sunting { display: flex; border: 1px solid var(--garis); border-radius: 4px; height: 32rem; overflow: hidden; margin-bottom: .7rem; }
    .nomor-baris { margin: 0; padding: .5rem .4rem; background: #f0f3f6; color: #8a97a6; text-align: right; overflow: hidden; line-height: 1.45; font-size: .82rem; font-family: "Noto Sans Mono", ui-monospace, monospace; user-select: none; min-width: 3.2rem; }
    .nomor-baris .error { background: var(--merah); color: #fff; border-radius: 2px; padding: 0 .2rem; }
    .nomor-baris .warning { background: #f0b429; color: #000; border-radius: 2px; padding: 0 .2rem; }
    .sunting textarea { border: 0; border-radius: 0; height: 100%; resize: none; white-space: pre; overflow: auto; }
    ul.diagnostik { list-style: none; padding: 0; margin: 0; max-height: 16rem; overflow: auto; }
    ul.diagnostik li { padding: .45rem 0; border-bottom: 1px solid #edf0f3; font-size: .9rem; }
    ul.diagnostik li.baik { color: var(--hijau); }
    .pratinjau { display: grid; grid-template-columns: 1fr; gap: 1rem; max-height: 60rem; overflow: auto; }
    aside h2 { margin-top: .4rem; }
    .pratinjau figure { margin: 0; background: #fff; border: 1px solid var(--garis); border-radius: 6px; padding: .5rem; }
    .pratinjau img { width: 100%; height: auto; display: block; }
    .pratinjau figcaption { font-size: .8rem; color: var(--redup); margin-top: .3rem; }
    .halaman-mini { display: flex; flex-wrap: wrap; gap: .6rem; }
    .halaman-mini a { display: block; text-align: center; font-size: .75rem; color: var(--redup); text-decoration: none; }
    .halaman-mini img { display: block; width: 110px; border: 1px solid var(--garis); background: #fff; box-shadow: 0 1px 2px rgba(0,0,0,.08); }
    .kosong { color: var(--redup); }
    footer.bawah { max-width: 1200px; margin: 2rem auto; padding: 0 1.5rem; font-size: .8rem; color: var(--redup); }
    """

    static let js = """
    // Sajian Studio: drag and drop on Impor, and saving a template with a fresh preview without leaving the page.
    document.addEventListener('DOMContentLoaded', () => {
      const zone = document.getElementById('jatuhkan'), input = document.getElementById('berkas');
      if (zone && input) {
        ['dragenter', 'dragover'].forEach(t => zone.addEventListener(t, e => { e.preventDefault(); zone.classList.add('aktif'); }));
        ['dragleave', 'drop'].forEach(t => zone.addEventListener(t, e => { e.preventDefault(); zone.classList.remove('aktif'); }));
        zone.addEventListener('drop', e => { if (e.dataTransfer.files.length) input.files = e.dataTransfer.files; });
      }
      const editor = document.getElementById('editor'), text = document.getElementById('teks'), gutter = document.getElementById('nomor-baris');
      if (!editor || !text) return;
      const sync = () => { if (gutter) gutter.scrollTop = text.scrollTop; };
      text.addEventListener('scroll', sync);
      const status = document.getElementById('status');
      const esc = s => String(s ?? '').replace(/[&<>"']/g, c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c]));
      editor.addEventListener('submit', async e => {
        e.preventDefault();
        status.textContent = 'Menyimpan…';
        const started = performance.now();
        const body = new URLSearchParams({teks: text.value});
        const response = await fetch(editor.action, {method: 'POST', body, headers: {'Accept': 'application/json'}});
        const result = await response.json();
        if (!response.ok) { status.textContent = 'Gagal menyimpan: ' + (result.galat ? result.galat.pesan : response.status); return; }
        const list = document.getElementById('diagnostik');
        list.innerHTML = result.diagnostik.length ? result.diagnostik.map(d =>
          `<li class="${esc(d.tingkat)}"><strong>baris ${esc(d.baris)}</strong> ${esc(d.pesan)}${d.saran ? `<div class="saran">${esc(d.saran)}</div>` : ''}</li>`).join('')
          : '<li class="baik">Tidak ada masalah.</li>';
        const marks = {};
        result.diagnostik.forEach(d => { if (d.baris) marks[d.baris] = marks[d.baris] === 'error' ? 'error' : d.tingkat; });
        const lines = text.value.split('\\n').length;
        if (gutter) gutter.innerHTML = Array.from({length: lines}, (_, i) => `<span class="${marks[i + 1] || ''}">${i + 1}</span>\\n`).join('');
        sync();
        const pending = [];
        const preview = document.getElementById('pratinjau');
        preview.innerHTML = result.gambar.map(g => `<figure><img alt="${esc(g.judul)}" data-id="${esc(g.id)}"><figcaption><code>${esc(g.id)}</code></figcaption></figure>`).join('');
        preview.querySelectorAll('img').forEach((img, i) => {
          pending.push(new Promise(done => { img.onload = done; img.onerror = done; }));
          img.src = result.gambar[i].url;
        });
        await Promise.all(pending);
        const ms = Math.round(performance.now() - started);
        status.textContent = `Tersimpan; pratinjau diperbarui (${ms} ms).`;
        status.dataset.ms = ms;
        document.body.dataset.simpan = String(Number(document.body.dataset.simpan || 0) + 1);
        const pages = document.getElementById('halaman');
        if (pages && result.halaman_url) {
          const listed = await (await fetch(result.halaman_url, {headers: {'Accept': 'application/json'}})).json();
          pages.innerHTML = (listed.halaman || []).map(h => `<a href="${esc(h.url)}" target="_blank"><img src="${esc(h.url)}" alt="Halaman ${h.nomor}" loading="lazy"><span>${h.nomor}</span></a>`).join('');
        }
      });
    });
    """
}
