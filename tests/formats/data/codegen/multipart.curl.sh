curl http://127.0.0.1:8080/upload \
  -L \
  --form-string title=Report \
  -F 'meta={"a":1};type=application/json' \
  -F 'file=@/tmp/report.pdf;type=application/pdf'
