http --timeout=30 POST https://api.contoso.test/orders \
  Content-Type:application/json \
  --raw '{
  "name": "O'\''Brien \"Bob\"",
  "city": "Köln",
  "note": "$HOME `id` \\ 100%"
}'
