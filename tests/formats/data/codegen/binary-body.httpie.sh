http --follow PATCH https://api.contoso.test/bytes \
  Content-Type:application/x-thing \
  --raw $'\x01\x02tab\there\xff\xfe'
