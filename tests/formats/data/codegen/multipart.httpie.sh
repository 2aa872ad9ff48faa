http --follow --multipart POST http://127.0.0.1:8080/upload \
  title=Report \
  'meta={"a":1}' \
  'file@/tmp/report.pdf;type=application/pdf'
