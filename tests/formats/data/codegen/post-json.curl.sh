curl https://api.contoso.test/orders \
  -H 'Content-Type: application/json' \
  --data-raw '{
  "name": "O'\''Brien \"Bob\"",
  "city": "Köln",
  "note": "$HOME `id` \\ 100%"
}' \
  --max-time 30
