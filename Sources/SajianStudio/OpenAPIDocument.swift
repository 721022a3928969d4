/// The API's description, served at `/api/v1/openapi.yaml`.
enum OpenAPIDocument {
    static let yaml = """
    openapi: 3.0.3
    info:
      title: Sajian Studio API
      version: "1"
      description: >
        Labour-statistics datasets and the figures of Sajian's templates, rendered on request from the catalog
        (Permenakertrans PER.03/MEN/II/2009). Without the studio's token (when it has one) only datasets classified
        publik and publications with `audiens: publik` are served (Pasal 2(2)); withheld cells stay `x` everywhere.
        Rendered responses carry an ETag made of the template's bytes, the dataset versions and the engine version;
        `If-None-Match` gives 304.
    servers:
      - url: /api/v1
    components:
      securitySchemes:
        token:
          type: http
          scheme: bearer
      parameters:
        id: {name: id, in: path, required: true, schema: {type: string, pattern: "^[A-Za-z0-9_-]{1,100}$"}}
        template: {name: template, in: path, required: true, schema: {type: string, pattern: "^[A-Za-z0-9_-]{1,100}$"}}
        wilayah: {name: wilayah, in: query, required: false, description: BPS province code for a per-region template, schema: {type: string}}
      responses:
        Error:
          description: A refusal, with the diagnostics `sajian` prints (file, line, column, message, hint) and its exit status as `kode`.
          content:
            application/json:
              schema: {$ref: "#/components/schemas/Error"}
        NotModified:
          description: The representation named by If-None-Match is current.
      schemas:
        Error:
          type: object
          properties:
            galat:
              type: object
              properties:
                status: {type: integer}
                kode: {type: integer, description: "1 a problem in the input, 3 a failure of the machine"}
                pesan: {type: string}
                diagnostik:
                  type: array
                  items:
                    type: object
                    properties:
                      tingkat: {type: string, enum: [error, warning]}
                      berkas: {type: string}
                      baris: {type: integer}
                      kolom: {type: integer}
                      pesan: {type: string}
                      saran: {type: string}
                      teks: {type: string}
        DatasetSummary:
          type: object
          properties:
            id: {type: string}
            judul: {type: string}
            versi: {type: integer}
            jumlah_versi: {type: integer}
            baris: {type: integer}
            periode_awal: {type: string, nullable: true}
            periode_akhir: {type: string, nullable: true}
            klasifikasi: {type: string, enum: [publik, terbatas, rahasia]}
            sha256: {type: string}
    security:
      - {}
      - token: []
    paths:
      /datasets:
        get:
          summary: The catalog's datasets (their latest versions)
          responses:
            "200":
              description: The datasets the request may see
              content:
                application/json:
                  schema:
                    type: object
                    properties:
                      dataset: {type: array, items: {$ref: "#/components/schemas/DatasetSummary"}}
      /datasets/{id}:
        parameters: [{$ref: "#/components/parameters/id"}]
        get:
          summary: A dataset's metadata and its version history with the change of each version
          responses:
            "200": {description: Metadata and versions, content: {application/json: {schema: {type: object}}}}
            "404": {$ref: "#/components/responses/Error"}
        post:
          summary: Imports a file as the dataset's next version (the checks and the one transaction of `sajian import`)
          description: >
            multipart/form-data with the file as `berkas` (CSV or XLSX) and optionally its metadata YAML as `metadata`
            (default Datasets/<id>.yaml of the project), or the bare file as the body with `?berkas=NAME.csv`.
          security: [{token: []}]
          requestBody:
            content:
              multipart/form-data:
                schema:
                  type: object
                  properties:
                    berkas: {type: string, format: binary}
                    metadata: {type: string, format: binary}
                  required: [berkas]
          responses:
            "201": {description: A new version, content: {application/json: {schema: {type: object}}}}
            "200": {description: The content equals the latest version; no version added, content: {application/json: {schema: {type: object}}}}
            "400": {$ref: "#/components/responses/Error"}
            "401": {$ref: "#/components/responses/Error"}
            "409": {$ref: "#/components/responses/Error"}
            "413": {$ref: "#/components/responses/Error"}
      /datasets/{id}/values:
        parameters: [{$ref: "#/components/parameters/id"}]
        get:
          summary: The dataset's values, filtered by any dimension (`?periode=2024-08&kode_wilayah=32`)
          parameters:
            - {name: ukuran, in: query, schema: {type: string}}
            - {name: versi, in: query, schema: {type: integer}}
            - {name: mulai, in: query, schema: {type: integer, default: 0}}
            - {name: batas, in: query, schema: {type: integer, default: 1000, maximum: 5000}}
          responses:
            "200": {description: "Rows: each dimension, ukuran, nilai (null when a symbol), simbol, tampil (as printed)", content: {application/json: {schema: {type: object}}}}
            "400": {$ref: "#/components/responses/Error"}
            "404": {$ref: "#/components/responses/Error"}
      /templates:
        get:
          summary: The project's templates with their figures
          responses:
            "200": {description: Templates, content: {application/json: {schema: {type: object}}}}
      /templates/{template}/figures/{file}:
        parameters:
          - {$ref: "#/components/parameters/template"}
          - {name: file, in: path, required: true, description: "<figure id>.svg, .png, .pdf or .csv", schema: {type: string}}
          - {name: scale, in: query, schema: {type: number, minimum: 0.25, maximum: 4, default: 1}}
          - {$ref: "#/components/parameters/wilayah"}
        get:
          summary: One figure, rendered on request from the catalog (cached by ETag)
          responses:
            "200": {description: The figure, content: {image/svg+xml: {}, image/png: {}, application/pdf: {}, text/csv: {}}}
            "304": {$ref: "#/components/responses/NotModified"}
            "400": {$ref: "#/components/responses/Error"}
            "404": {$ref: "#/components/responses/Error"}
      /templates/{template}/manifest.json:
        parameters: [{$ref: "#/components/parameters/template"}, {$ref: "#/components/parameters/wilayah"}]
        get:
          summary: The web export's manifest, as `sajian publish` writes it
          responses:
            "200": {description: The manifest, content: {application/json: {schema: {type: object}}}}
            "304": {$ref: "#/components/responses/NotModified"}
            "404": {$ref: "#/components/responses/Error"}
      /templates/{template}/publication.pdf:
        parameters: [{$ref: "#/components/parameters/template"}, {$ref: "#/components/parameters/wilayah"}]
        get:
          summary: The publication PDF
          responses:
            "200": {description: The PDF, content: {application/pdf: {}}}
            "304": {$ref: "#/components/responses/NotModified"}
            "400": {$ref: "#/components/responses/Error"}
            "404": {$ref: "#/components/responses/Error"}
      /templates/{template}/web.zip:
        parameters: [{$ref: "#/components/parameters/template"}, {$ref: "#/components/parameters/wilayah"}]
        get:
          summary: The web export (SVG, PNG 1x and 2x, CSV per figure, manifest.json) as a ZIP
          responses:
            "200": {description: The ZIP, content: {application/zip: {}}}
            "304": {$ref: "#/components/responses/NotModified"}
            "404": {$ref: "#/components/responses/Error"}
    """
}
