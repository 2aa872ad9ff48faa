<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
    <context>
        <name>gatehouse::ApimProfile</name>
        <message>
            <source>%1 is not a gateway host of this environment; the subscription key was not sent.</source>
            <translation>%1 ist kein Gateway-Host dieser Umgebung; der Abonnementschlüssel wurde nicht gesendet.</translation>
        </message>
        <message>
            <source>The request sets a subscription key itself; the environment's key was not added.</source>
            <translation>Die Anfrage setzt selbst einen Abonnementschlüssel; der Schlüssel der Umgebung wurde nicht hinzugefügt.</translation>
        </message>
        <message>
            <source>This environment has no subscription key yet; none was sent.</source>
            <translation>Diese Umgebung hat noch keinen Abonnementschlüssel; es wurde keiner gesendet.</translation>
        </message>
        <message>
            <source>Subscription key added as header %1.</source>
            <translation>Abonnementschlüssel als Header %1 hinzugefügt.</translation>
        </message>
        <message>
            <source>Subscription key added as query parameter %1.</source>
            <translation>Abonnementschlüssel als Abfrageparameter %1 hinzugefügt.</translation>
        </message>
    </context>
    <context>
        <name>gatehouse::App</name>
        <message>
            <source>gatehouse: cannot write the screenshot to '%1'.</source>
            <translation>gatehouse: Das Bildschirmfoto kann nicht nach „%1“ geschrieben werden.</translation>
        </message>
        <message>
            <source>Gatehouse: a native API client that understands Azure API Management.</source>
            <translation>Gatehouse: ein nativer API-Client, der Azure API Management versteht.</translation>
        </message>
        <message>
            <source>Render the main window offscreen at 1280x800 (after the request, when a URL is given), write it to FILE as PNG and exit.</source>
            <translation>Das Hauptfenster unsichtbar in 1280x800 zeichnen (nach der Anfrage, wenn eine URL angegeben ist), als PNG in DATEI schreiben und beenden.</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>DATEI</translation>
        </message>
        <message>
            <source>HTTP method for the URL given on the command line.</source>
            <translation>HTTP-Methode für die auf der Befehlszeile angegebene URL.</translation>
        </message>
        <message>
            <source>METHOD</source>
            <translation>METHODE</translation>
        </message>
        <message>
            <source>A URL to send at start-up.</source>
            <translation>Eine URL, die beim Start gesendet wird.</translation>
        </message>
        <message>
            <source>[URL]</source>
            <translation>[URL]</translation>
        </message>
        <message>
            <source>A request header for the URL given on the command line; repeatable.</source>
            <translation>Ein Anfrage-Header für die auf der Befehlszeile angegebene URL; wiederholbar.</translation>
        </message>
        <message>
            <source>'Name: value'</source>
            <translation>'Name: Wert'</translation>
        </message>
        <message>
            <source>A request body for the URL given on the command line.</source>
            <translation>Ein Anfrageinhalt für die auf der Befehlszeile angegebene URL.</translation>
        </message>
        <message>
            <source>BODY</source>
            <translation>INHALT</translation>
        </message>
        <message>
            <source>gatehouse: header '%1' must look like 'Name: value'.</source>
            <translation>gatehouse: Der Header „%1“ muss die Form 'Name: Wert' haben.</translation>
        </message>
    </context>
    <context>
        <name>gatehouse::BodyFormat</name>
        <message>
            <source>Text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>%1 B</source>
            <translation>%1 B</translation>
        </message>
    </context>
    <context>
        <name>gatehouse::Decompress</name>
        <message>
            <source>Cannot start the decompressor.</source>
            <translation>Der Dekomprimierer kann nicht gestartet werden.</translation>
        </message>
        <message>
            <source>The compressed body is corrupt (%1).</source>
            <translation>Der komprimierte Inhalt ist beschädigt (%1).</translation>
        </message>
        <message>
            <source>The body expands beyond %1 when decompressed; stopped there.</source>
            <translation>Der Inhalt wird beim Entpacken größer als %1; dort wurde abgebrochen.</translation>
        </message>
        <message>
            <source>The body uses the content encoding '%1', which Gatehouse cannot decode; it is shown as received.</source>
            <translation>Der Inhalt verwendet die Kodierung „%1“, die Gatehouse nicht entpacken kann; er wird so angezeigt, wie er empfangen wurde.</translation>
        </message>
    </context>
    <context>
        <name>gatehouse::Exchange</name>
        <message>
            <source>Connection refused by %1 (nothing is listening on port %2).</source>
            <translation>Verbindung von %1 abgelehnt (auf Port %2 lauscht nichts).</translation>
        </message>
        <message>
            <source>Host not found: %1 (check the URL and your DNS).</source>
            <translation>Host nicht gefunden: %1 (prüfen Sie die URL und Ihr DNS).</translation>
        </message>
        <message>
            <source>The connection to %1 timed out.</source>
            <translation>Die Verbindung zu %1 hat das Zeitlimit überschritten.</translation>
        </message>
        <message>
            <source>%1 closed the connection before answering.</source>
            <translation>%1 hat die Verbindung vor der Antwort geschlossen.</translation>
        </message>
        <message>
            <source>Request to %1 failed: %2</source>
            <translation>Anfrage an %1 fehlgeschlagen: %2</translation>
        </message>
        <message>
            <source>The request was cancelled.</source>
            <translation>Die Anfrage wurde abgebrochen.</translation>
        </message>
        <message>
            <source>'%1' is not an http:// or https:// URL.</source>
            <translation>„%1“ ist keine http://- oder https://-URL.</translation>
        </message>
        <message>
            <source>No complete response from %1 within %2 ms.</source>
            <translation>Keine vollständige Antwort von %1 innerhalb von %2 ms.</translation>
        </message>
        <message>
            <source>TLS with %1 failed: %2</source>
            <translation>TLS mit %1 fehlgeschlagen: %2</translation>
        </message>
        <message>
            <source>Cannot read the file '%1' for form field '%2': %3</source>
            <translation>Die Datei „%1“ für das Formularfeld „%2“ kann nicht gelesen werden: %3</translation>
        </message>
        <message>
            <source>multipart/form-data, parts: %1, %2</source>
            <translation>multipart/form-data, Teile: %1, %2</translation>
        </message>
        <message>
            <source>Cannot read the body file '%1': %2</source>
            <translation>Die Inhaltsdatei „%1“ kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>%1 (%2), streamed from disk</source>
            <translation>%1 (%2), direkt von der Platte gesendet</translation>
        </message>
        <message>
            <source>Too many redirects (more than %1); the server may be redirecting in a loop.</source>
            <translation>Zu viele Weiterleitungen (mehr als %1); der Server leitet vielleicht im Kreis weiter.</translation>
        </message>
    </context>
    <context>
        <name>gatehouse::ExchangeText</name>
        <message>
            <source>[body: %1]</source>
            <translation>[Inhalt: %1]</translation>
        </message>
    </context>
    <context>
        <name>gatehouse::HeaderTableModel</name>
        <message>
            <source>Header</source>
            <translation>Header</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
    </context>
    <context>
        <name>gatehouse::Proxy</name>
        <message>
            <source>'%1' is not a proxy address; use http://host:port or socks5://host:port.</source>
            <translation>„%1“ ist keine Proxy-Adresse; verwenden Sie http://host:port oder socks5://host:port.</translation>
        </message>
    </context>
    <context>
        <name>gatehouse::TimingPhases</name>
        <message>
            <source>Queued</source>
            <translation>Wartend</translation>
        </message>
        <message>
            <source>Connect + TLS</source>
            <translation>Verbinden + TLS</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>Verbinden</translation>
        </message>
        <message>
            <source>Request sent</source>
            <translation>Anfrage gesendet</translation>
        </message>
        <message>
            <source>Waiting (first byte)</source>
            <translation>Warten (erstes Byte)</translation>
        </message>
        <message>
            <source>Download</source>
            <translation>Herunterladen</translation>
        </message>
    </context>
    <context>
        <name>gatehouse::Tls</name>
        <message>
            <source>The %1 file '%2' does not exist.</source>
            <translation>Die %1-Datei „%2“ existiert nicht.</translation>
        </message>
        <message>
            <source>Cannot read the %1 file '%2': %3</source>
            <translation>Die %1-Datei „%2“ kann nicht gelesen werden: %3</translation>
        </message>
        <message>
            <source>CA bundle</source>
            <translation>CA-Bündel</translation>
        </message>
        <message>
            <source>The CA bundle '%1' contains no PEM certificate.</source>
            <translation>Das CA-Bündel „%1“ enthält kein PEM-Zertifikat.</translation>
        </message>
        <message>
            <source>client certificate</source>
            <translation>Client-Zertifikat</translation>
        </message>
        <message>
            <source>Cannot open the PKCS#12 bundle '%1': wrong passphrase, or not a PKCS#12 file.</source>
            <translation>Das PKCS#12-Bündel „%1“ kann nicht geöffnet werden: falsche Passphrase oder keine PKCS#12-Datei.</translation>
        </message>
        <message>
            <source>The client certificate '%1' contains no PEM certificate.</source>
            <translation>Das Client-Zertifikat „%1“ enthält kein PEM-Zertifikat.</translation>
        </message>
        <message>
            <source>The client certificate '%1' needs its private key file.</source>
            <translation>Das Client-Zertifikat „%1“ braucht seine Datei mit dem privaten Schlüssel.</translation>
        </message>
        <message>
            <source>private key</source>
            <translation>Privatschlüssel</translation>
        </message>
        <message>
            <source>Cannot read the private key '%1': wrong passphrase, or not a PEM RSA/EC key.</source>
            <translation>Der private Schlüssel „%1“ kann nicht gelesen werden: falsche Passphrase oder kein PEM-RSA/EC-Schlüssel.</translation>
        </message>
        <message>
            <source>The server's certificate is self-signed, so no authority you trust vouches for it. If you trust this server, add its certificate (or your company's CA) as a custom CA bundle; or turn certificate verification off for this request while testing.</source>
            <translation>Das Zertifikat des Servers ist selbstsigniert, also bürgt keine Stelle, der Sie vertrauen, dafür. Wenn Sie diesem Server vertrauen, fügen Sie sein Zertifikat (oder die CA Ihrer Firma) als eigenes CA-Bündel hinzu, oder schalten Sie die Zertifikatsprüfung für diese Anfrage zum Testen ab.</translation>
        </message>
        <message>
            <source>The server's certificate was issued by an authority this machine does not know (often a company or test CA, or a server that does not send its intermediate certificates). Add that CA as a custom CA bundle.</source>
            <translation>Das Zertifikat des Servers stammt von einer Stelle, die dieser Rechner nicht kennt (oft eine Firmen- oder Test-CA, oder ein Server, der seine Zwischenzertifikate nicht mitsendet). Fügen Sie diese CA als eigenes CA-Bündel hinzu.</translation>
        </message>
        <message>
            <source>The server's certificate expired on %1. The server must renew it; check also this machine's clock.</source>
            <translation>Das Zertifikat des Servers ist am %1 abgelaufen. Der Server muss es erneuern; prüfen Sie auch die Uhr dieses Rechners.</translation>
        </message>
        <message>
            <source>The server's certificate is not valid until %1. Check this machine's clock.</source>
            <translation>Das Zertifikat des Servers gilt erst ab %1. Prüfen Sie die Uhr dieses Rechners.</translation>
        </message>
        <message>
            <source>The server's certificate is for %1, not for the host in the URL. Use the host name the certificate names (for APIM: the gateway's *.azure-api.net name or a configured custom domain).</source>
            <translation>Das Zertifikat des Servers gilt für %1, nicht für den Host in der URL. Verwenden Sie den Hostnamen aus dem Zertifikat (bei APIM: den *.azure-api.net-Namen des Gateways oder eine eingerichtete eigene Domain).</translation>
        </message>
        <message>
            <source>another name</source>
            <translation>einen anderen Namen</translation>
        </message>
        <message>
            <source>The server's certificate has been revoked by its issuer. Do not trust this server.</source>
            <translation>Das Zertifikat des Servers wurde von seinem Aussteller widerrufen. Vertrauen Sie diesem Server nicht.</translation>
        </message>
    </context>
    <context>
        <name>gatehouse::cli::Main</name>
        <message>
            <source>Usage: gatehouse-cli COMMAND [OPTIONS]

Commands:
  send       send one HTTP request and print the response

Run 'gatehouse-cli COMMAND --help' for the options of a command.
Exit codes: 0 a response arrived (whatever its status), 1 no response (connection,
DNS, TLS, timeout), 2 bad arguments.
</source>
            <translation>Aufruf: gatehouse-cli BEFEHL [OPTIONEN]

Befehle:
  send       eine HTTP-Anfrage senden und die Antwort ausgeben

„gatehouse-cli BEFEHL --help“ zeigt die Optionen eines Befehls.
Exit-Codes: 0 eine Antwort kam an (egal mit welchem Status), 1 keine Antwort (Verbindung,
DNS, TLS, Zeitlimit), 2 ungültige Argumente.
</translation>
        </message>
        <message>
            <source>gatehouse-cli: unknown command '%1'.</source>
            <translation>gatehouse-cli: unbekannter Befehl „%1“.</translation>
        </message>
    </context>
    <context>
        <name>gatehouse::cli::SendCommand</name>
        <message>
            <source>Send one HTTP request and print the response.</source>
            <translation>Eine HTTP-Anfrage senden und die Antwort ausgeben.</translation>
        </message>
        <message>
            <source>HTTP method (default GET, or POST with a body).</source>
            <translation>HTTP-Methode (Standard GET, mit Inhalt POST).</translation>
        </message>
        <message>
            <source>METHOD</source>
            <translation>METHODE</translation>
        </message>
        <message>
            <source>Add a request header; repeatable.</source>
            <translation>Einen Anfrage-Header hinzufügen; wiederholbar.</translation>
        </message>
        <message>
            <source>'Name: value'</source>
            <translation>'Name: Wert'</translation>
        </message>
        <message>
            <source>Request body; @FILE reads it from FILE.</source>
            <translation>Anfrageinhalt; @DATEI liest ihn aus DATEI.</translation>
        </message>
        <message>
            <source>BODY</source>
            <translation>INHALT</translation>
        </message>
        <message>
            <source>Read the request body from FILE ('-' for standard input).</source>
            <translation>Den Anfrageinhalt aus DATEI lesen („-“ für die Standardeingabe).</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>DATEI</translation>
        </message>
        <message>
            <source>Print one JSON object: request as sent, status, headers, body, timings.</source>
            <translation>Ein JSON-Objekt ausgeben: gesendete Anfrage, Status, Header, Inhalt, Zeiten.</translation>
        </message>
        <message>
            <source>Pretty-print JSON and XML bodies.</source>
            <translation>JSON- und XML-Inhalte formatiert ausgeben.</translation>
        </message>
        <message>
            <source>Also print the request as sent and the timings (to standard error).</source>
            <translation>Zusätzlich die gesendete Anfrage und die Zeiten ausgeben (auf die Standardfehlerausgabe).</translation>
        </message>
        <message>
            <source>Give up after SECONDS (default: no limit).</source>
            <translation>Nach SEKUNDEN aufgeben (Standard: keine Grenze).</translation>
        </message>
        <message>
            <source>SECONDS</source>
            <translation>SEKUNDEN</translation>
        </message>
        <message>
            <source>Do not follow redirects.</source>
            <translation>Weiterleitungen nicht folgen.</translation>
        </message>
        <message>
            <source>Print credential headers (Authorization, subscription keys, cookies) unmasked.</source>
            <translation>Header mit Zugangsdaten (Authorization, Abonnementschlüssel, Cookies) unmaskiert ausgeben.</translation>
        </message>
        <message>
            <source>The URL to send the request to.</source>
            <translation>Die URL, an die die Anfrage gesendet wird.</translation>
        </message>
        <message>
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <source>gatehouse-cli send: %1</source>
            <translation>gatehouse-cli send: %1</translation>
        </message>
        <message>
            <source>Usage: gatehouse-cli send [-X METHOD] URL [-H 'Name: value']... [-d BODY | --data-file FILE] [--json]</source>
            <translation>Aufruf: gatehouse-cli send [-X METHODE] URL [-H 'Name: Wert']... [-d INHALT | --data-file DATEI] [--json]</translation>
        </message>
        <message>
            <source>gatehouse-cli send: '%1' is not a valid URL.</source>
            <translation>gatehouse-cli send: „%1“ ist keine gültige URL.</translation>
        </message>
        <message>
            <source>gatehouse-cli send: header '%1' must look like 'Name: value'.</source>
            <translation>gatehouse-cli send: Der Header „%1“ muss die Form 'Name: Wert' haben.</translation>
        </message>
        <message>
            <source>gatehouse-cli send: use either --data or --data-file, not both.</source>
            <translation>gatehouse-cli send: Verwenden Sie entweder --data oder --data-file, nicht beides.</translation>
        </message>
        <message>
            <source>gatehouse-cli send: cannot read body file '%1': %2</source>
            <translation>gatehouse-cli send: Die Inhaltsdatei „%1“ kann nicht gelesen werden: %2</translation>
        </message>
        <message>
            <source>gatehouse-cli send: the method must not be empty.</source>
            <translation>gatehouse-cli send: Die Methode darf nicht leer sein.</translation>
        </message>
        <message>
            <source>gatehouse-cli send: --timeout needs a positive number of seconds, not '%1'.</source>
            <translation>gatehouse-cli send: --timeout braucht eine positive Zahl von Sekunden, nicht „%1“.</translation>
        </message>
        <message>
            <source>* %1 redirected (%2) to %3</source>
            <translation>* %1 leitete (%2) weiter nach %3</translation>
        </message>
        <message>
            <source>* total %1 ms, first byte after %2 ms, %3 received</source>
            <translation>* insgesamt %1 ms, erstes Byte nach %2 ms, %3 empfangen</translation>
        </message>
        <message>
            <source>Do not verify the server's TLS certificate (for testing only).</source>
            <translation>Das TLS-Zertifikat des Servers nicht prüfen (nur zum Testen).</translation>
        </message>
        <message>
            <source>Also trust the CA certificates in FILE (PEM).</source>
            <translation>Zusätzlich den CA-Zertifikaten in DATEI (PEM) vertrauen.</translation>
        </message>
        <message>
            <source>Client certificate: a PEM file (with --key) or a PKCS#12 bundle (.p12/.pfx).</source>
            <translation>Client-Zertifikat: eine PEM-Datei (mit --key) oder ein PKCS#12-Bündel (.p12/.pfx).</translation>
        </message>
        <message>
            <source>Private key (PEM) of the client certificate.</source>
            <translation>Privater Schlüssel (PEM) des Client-Zertifikats.</translation>
        </message>
        <message>
            <source>Passphrase of the private key or PKCS#12 bundle.</source>
            <translation>Passphrase des privaten Schlüssels oder PKCS#12-Bündels.</translation>
        </message>
        <message>
            <source>PASSPHRASE</source>
            <translation>PASSPHRASE</translation>
        </message>
        <message>
            <source>Use this proxy: http://[user:password@]host:port or socks5://host:port.</source>
            <translation>Diesen Proxy verwenden: http://[benutzer:passwort@]host:port oder socks5://host:port.</translation>
        </message>
        <message>
            <source>Comma-separated hosts that bypass the proxy ('*' for all).</source>
            <translation>Kommagetrennte Hosts, die den Proxy umgehen („*“ für alle).</translation>
        </message>
        <message>
            <source>LIST</source>
            <translation>LISTE</translation>
        </message>
        <message>
            <source>* TLS certificate verification is OFF for this request.</source>
            <translation>* Die Prüfung des TLS-Zertifikats ist für diese Anfrage AUS.</translation>
        </message>
        <message>
            <source>* %1, %2; server certificate "%3" issued by "%4", valid until %5%6</source>
            <translation>* %1, %2; Serverzertifikat „%3“ ausgestellt von „%4“, gültig bis %5%6</translation>
        </message>
        <message>
            <source> (NOT verified)</source>
            <translation> (NICHT geprüft)</translation>
        </message>
        <message>
            <source>gatehouse-cli send: expected exactly one URL, got %1.</source>
            <translation>gatehouse-cli send: genau eine URL erwartet, %1 erhalten.</translation>
        </message>
    </context>
    <context>
        <name>gatehouse::ui::MainWindow</name>
        <message>
            <source>Gatehouse</source>
            <translation>Gatehouse</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Bereit</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Request</source>
            <translation>&amp;Anfrage</translation>
        </message>
        <message>
            <source>&amp;Send</source>
            <translation>&amp;Senden</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>Ab&amp;brechen</translation>
        </message>
        <message>
            <source>Focus &amp;URL</source>
            <translation>&amp;URL bearbeiten</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;About Gatehouse</source>
            <translation>Ü&amp;ber Gatehouse</translation>
        </message>
        <message>
            <source>About Gatehouse</source>
            <translation>Über Gatehouse</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Gatehouse %1&lt;/h3&gt;&lt;p&gt;A native API client that understands Azure API Management.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Gatehouse %1&lt;/h3&gt;&lt;p&gt;Ein nativer API-Client, der Azure API Management versteht.&lt;/p&gt;&lt;p&gt;Qt %2&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Enter a URL to send the request to.</source>
            <translation>Geben Sie die URL ein, an die die Anfrage gehen soll.</translation>
        </message>
        <message>
            <source>Sending %1 %2 …</source>
            <translation>Sende %1 %2 …</translation>
        </message>
        <message>
            <source>Done in %1 ms</source>
            <translation>Fertig in %1 ms</translation>
        </message>
    </context>
    <context>
        <name>gatehouse::ui::RequestPanel</name>
        <message>
            <source>HTTP method</source>
            <translation>HTTP-Methode</translation>
        </message>
        <message>
            <source>Enter a URL, for example https://contoso.azure-api.net/echo/resource</source>
            <translation>URL eingeben, zum Beispiel https://contoso.azure-api.net/echo/resource</translation>
        </message>
        <message>
            <source>Remove Header</source>
            <translation>Header entfernen</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Sprache:</translation>
        </message>
        <message>
            <source>Request body (sent when not empty)</source>
            <translation>Anfrageinhalt (wird gesendet, wenn nicht leer)</translation>
        </message>
        <message>
            <source>&amp;Headers</source>
            <translation>&amp;Header</translation>
        </message>
        <message>
            <source>&amp;Body</source>
            <translation>&amp;Inhalt</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Send</source>
            <translation>Senden</translation>
        </message>
        <message>
            <source>Cancel the request in flight</source>
            <translation>Die laufende Anfrage abbrechen</translation>
        </message>
        <message>
            <source>Send the request (Ctrl+Enter)</source>
            <translation>Die Anfrage senden (Strg+Eingabe)</translation>
        </message>
    </context>
    <context>
        <name>gatehouse::ui::ResponsePanel</name>
        <message>
            <source>Enter a URL and press Send (Ctrl+Enter).
The response appears here.</source>
            <translation>Geben Sie eine URL ein und klicken Sie auf „Senden“ (Strg+Eingabe).
Die Antwort erscheint hier.</translation>
        </message>
        <message>
            <source>Header</source>
            <translation>Header</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Body</source>
            <translation>Inhalt</translation>
        </message>
        <message>
            <source>Headers</source>
            <translation>Header</translation>
        </message>
        <message>
            <source>Sending to %1 …</source>
            <translation>Sende an %1 …</translation>
        </message>
        <message>
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
        <message>
            <source>First byte after %1 ms</source>
            <translation>Erstes Byte nach %1 ms</translation>
        </message>
        <message>
            <source>No response.</source>
            <translation>Keine Antwort.</translation>
        </message>
        <message>
            <source>Body %1, headers %2</source>
            <translation>Inhalt %1, Header %2</translation>
        </message>
        <message>
            <source>Formatting %1 …</source>
            <translation>Formatiere %1 …</translation>
        </message>
        <message>
            <source>Pretty</source>
            <translation>Formatiert</translation>
        </message>
        <message>
            <source>Raw</source>
            <translation>Roh</translation>
        </message>
        <message>
            <source>Show credentials</source>
            <translation>Zugangsdaten zeigen</translation>
        </message>
        <message>
            <source>⚠ TLS certificate not verified</source>
            <translation>⚠ TLS-Zertifikat nicht geprüft</translation>
        </message>
        <message>
            <source>Certificate verification was switched off for this request: anyone between you and the server could read and change it.</source>
            <translation>Die Zertifikatsprüfung war für diese Anfrage abgeschaltet: Jeder zwischen Ihnen und dem Server hätte sie mitlesen und ändern können.</translation>
        </message>
        <message>
            <source>Find in body (Enter: next, Shift+Enter: previous)</source>
            <translation>Im Inhalt suchen (Eingabe: weiter, Umschalt+Eingabe: zurück)</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Suchen</translation>
        </message>
        <message>
            <source>Find in the body (Ctrl+F)</source>
            <translation>Im Inhalt suchen (Strg+F)</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>Kopieren</translation>
        </message>
        <message>
            <source>Copy the body as shown</source>
            <translation>Den Inhalt wie angezeigt kopieren</translation>
        </message>
        <message>
            <source>Save…</source>
            <translation>Speichern …</translation>
        </message>
        <message>
            <source>Save the body, exactly as received, to a file</source>
            <translation>Den Inhalt genau wie empfangen in eine Datei speichern</translation>
        </message>
        <message>
            <source>Credentials (Authorization, subscription keys, cookies) are masked so they never end up in a screenshot.</source>
            <translation>Zugangsdaten (Authorization, Abonnementschlüssel, Cookies) werden maskiert, damit sie nie auf einem Bildschirmfoto landen.</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Zeitachse</translation>
        </message>
        <message>
            <source>Request sent</source>
            <translation>Anfrage gesendet</translation>
        </message>
        <message>
            <source>Body %1 (%2 on the wire), headers %3</source>
            <translation>Inhalt %1 (%2 übertragen), Header %3</translation>
        </message>
        <message>
            <source>Save Response Body</source>
            <translation>Antwortinhalt speichern</translation>
        </message>
        <message>
            <source>Cannot write '%1': %2</source>
            <translation>„%1“ kann nicht geschrieben werden: %2</translation>
        </message>
    </context>
    <context>
        <name>gatehouse::ui::TimelineView</name>
        <message>
            <source>Total</source>
            <translation>Gesamt</translation>
        </message>
        <message>
            <source>%1 ms</source>
            <translation>%1 ms</translation>
        </message>
    </context>
</TS>
