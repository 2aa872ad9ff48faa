curl -X PATCH https://api.contoso.test/bytes \
  -L \
  -H 'Content-Type: application/x-thing' \
  --data-raw $'\x01\x02tab\there\xff\xfe'
