const response = await fetch("https://api.contoso.test/orders", {
  method: "POST",
  headers: {
    "Content-Type": "application/json",
  },
  body: "{\n  \"name\": \"O'Brien \\\"Bob\\\"\",\n  \"city\": \"Köln\",\n  \"note\": \"$HOME `id` \\\\ 100%\"\n}",
  redirect: "manual",
  signal: AbortSignal.timeout(30000),
});
console.log(response.status);
console.log(await response.text());
