"""Sajian Studio in headless Chromium (Debian's chromium + chromium-driver), through selenium.

A data officer's path from a CSV to a downloaded PDF: upload a CSV on Impor and confirm it, edit a template's judul
on Templat and see the preview change, download the publication PDF on Unduh. On failure a screenshot of the page is
saved in the output folder. Usage: studio_browser_test.py URL PROJECT_DIR OUTPUT_DIR [--screenshot FILE]
"""
import os
import subprocess
import sys
import time
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait

url, project, output = sys.argv[1], sys.argv[2], sys.argv[3]
readme_shot = sys.argv[sys.argv.index("--screenshot") + 1] if "--screenshot" in sys.argv else None
downloads = os.path.join(project, "unduhan")
os.makedirs(downloads, exist_ok=True)

options = webdriver.ChromeOptions()
options.binary_location = "/usr/bin/chromium"
for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=id"]:
    options.add_argument(argument)
options.add_experimental_option("prefs", {"download.default_directory": downloads, "download.prompt_for_download": False})
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
wait = WebDriverWait(driver, 60)
step = "start"


def check(condition, message):
    if not condition:
        raise AssertionError(message)


try:
    # Katalog: the demo datasets are there, in Indonesian.
    step = "katalog"
    driver.get(url + "/katalog")
    check("Katalog dataset" in driver.page_source, "the catalog page")
    check(driver.find_element(By.LINK_TEXT, "tpt-provinsi"), "tpt-provinsi listed")

    # Impor: an edited CSV (Jawa Barat 6,75 → 6,70), read, previewed, then confirmed.
    step = "impor"
    csv_path = os.path.join(project, "tpt-provinsi-baru.csv")
    with open(os.path.join(project, "Datasets", "tpt-provinsi.csv"), encoding="utf-8") as source:
        text = source.read().replace("32,Jawa Barat,2024-08,tpt,6.75", "32,Jawa Barat,2024-08,tpt,6.70")
    with open(csv_path, "w", encoding="utf-8") as target:
        target.write(text)
    driver.get(url + "/impor")
    driver.find_element(By.NAME, "dataset").send_keys("tpt-provinsi")
    driver.find_element(By.ID, "berkas").send_keys(csv_path)
    driver.find_element(By.CSS_SELECTOR, "#form-impor button[type=submit]").click()
    wait.until(EC.presence_of_element_located((By.ID, "status-baca")))
    status = driver.find_element(By.ID, "status-baca").text
    check("tanpa masalah" in status, "the file reads cleanly: " + status)
    check("6,70" in driver.page_source or "5,45" in driver.page_source, "the preview shows values as printed")
    driver.find_element(By.ID, "konfirmasi").click()
    wait.until(EC.url_contains("/katalog/tpt-provinsi"))
    check("1 nilai berubah" in driver.page_source, "the change report of the new version")

    # Templat: edit the judul, save, and see the preview change.
    step = "templat"
    driver.get(url + "/templat/studio-uji")
    wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "#pratinjau img")))
    image = driver.find_element(By.CSS_SELECTOR, "#pratinjau img")
    before = image.get_attribute("src")
    wait.until(lambda d: d.execute_script("return arguments[0].complete && arguments[0].naturalWidth > 0", image))
    new_title = "TPT menurut Provinsi (diedit di Studio), Agustus 2024"
    driver.execute_script(
        "const t = document.getElementById('teks');"
        "t.value = t.value.replace('judul: Tingkat Pengangguran Terbuka menurut Provinsi, Agustus 2024', 'judul: ' + arguments[0]);",
        new_title)
    driver.find_element(By.CSS_SELECTOR, "#editor button[type=submit]").click()
    wait.until(lambda d: d.execute_script("return document.body.dataset.simpan") == "1")
    saved = driver.find_element(By.ID, "status").text
    check(saved.startswith("Tersimpan"), "saved: " + saved)
    print("save to new preview:", driver.find_element(By.ID, "status").get_attribute("data-ms"), "ms (in the browser)")
    after = driver.find_element(By.CSS_SELECTOR, "#pratinjau img").get_attribute("src")
    check(after != before, "the preview's address changed")
    svg = urllib.request.urlopen(after).read().decode("utf-8")
    check(new_title in svg, "the new preview carries the new judul")
    check(driver.find_element(By.CSS_SELECTOR, "#pratinjau img").get_attribute("alt") == new_title, "the preview's alt text")
    check("Tidak ada masalah" in driver.find_element(By.ID, "diagnostik").text, "no diagnostics")
    if readme_shot:
        driver.execute_script("window.scrollTo(0, 0)")
        time.sleep(0.5)
        driver.save_screenshot(readme_shot)

    # Unduh: the publication PDF, downloaded by the browser.
    step = "unduh"
    driver.get(url + "/unduh/studio-uji")
    driver.find_element(By.ID, "unduh-pdf-studio-uji").click()
    target = os.path.join(downloads, "studio-uji.pdf")
    for _ in range(600):
        if os.path.exists(target) and not os.path.exists(target + ".crdownload"):
            break
        time.sleep(0.1)
    check(os.path.exists(target), "the PDF was downloaded")
    with open(target, "rb") as pdf:
        check(pdf.read(5) == b"%PDF-", "a PDF")
    text = subprocess.run(["pdftotext", "-layout", target, "-"], capture_output=True, text=True, check=True).stdout
    check("diedit di Studio" in text, "the PDF has the edited judul")
    check("6,70" in text, "the PDF has the imported value")
    print("studio in the browser: katalog, impor, templat (preview changed), unduh (PDF) passed")
except Exception:
    shot = os.path.join(output, "gagal-%s.png" % step)
    driver.save_screenshot(shot)
    print("FAILED at step %s; screenshot: %s" % (step, shot), file=sys.stderr)
    raise
finally:
    driver.quit()
