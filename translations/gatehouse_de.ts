<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>gatehouse::ApimImport</name>
    <message>
        <source>Imported from API &apos;%1&apos; of the APIM service &apos;%2&apos;.</source>
        <translation>Importiert aus der API „%1“ des APIM-Dienstes „%2“.</translation>
    </message>
    <message>
        <source>No active subscription opens this API: the environment has no key yet.</source>
        <translation>Kein aktives Abonnement öffnet diese API: Die Umgebung hat noch keinen Schlüssel.</translation>
    </message>
    <message>
        <source>The service has no subscription &apos;%1&apos;.</source>
        <translation>Der Dienst hat kein Abonnement „%1“.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ApimProfile</name>
    <message>
        <source>%1 is not a gateway host of this environment; the subscription key was not sent.</source>
        <translation>%1 ist kein Gateway-Host dieser Umgebung; der Abonnementschlüssel wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>The request sets a subscription key itself; the environment&apos;s key was not added.</source>
        <translation>Die Anfrage setzt selbst einen Abonnementschlüssel; der Schlüssel der Umgebung wurde nicht hinzugefügt.</translation>
    </message>
    <message>
        <source>This environment has no subscription key yet; none was sent.</source>
        <translation>Diese Umgebung hat noch keinen Abonnementschlüssel; es wurde keiner gesendet.</translation>
    </message>
    <message>
        <source>the command line</source>
        <translation>der Befehlszeile</translation>
    </message>
    <message>
        <source>Subscription key added as header %1: %2 from %3.</source>
        <translation>Abonnementschlüssel als Header %1 hinzugefügt: %2 aus %3.</translation>
    </message>
    <message>
        <source>Subscription key added as query parameter %1: %2 from %3.</source>
        <translation>Abonnementschlüssel als Query-Parameter %1 hinzugefügt: %2 aus %3.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ApimTrace</name>
    <message>
        <source>API %1</source>
        <translation>API %1</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>revision %1</source>
        <translation>Revision %1</translation>
    </message>
    <message>
        <source>operation %1 %2</source>
        <translation>Operation %1 %2</translation>
    </message>
    <message>
        <source>no product</source>
        <translation>kein Produkt</translation>
    </message>
    <message>
        <source>product %1</source>
        <translation>Produkt %1</translation>
    </message>
    <message>
        <source>failed: %1 (%2)</source>
        <translation>fehlgeschlagen: %1 (%2)</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the backend answered %1</source>
        <translation>das Backend antwortete mit %1</translation>
    </message>
    <message>
        <source>APIM trace %1</source>
        <translation>APIM-Ablaufverfolgung %1</translation>
    </message>
    <message>
        <source>The gateway did not trace the call: the debug token has expired (%1).</source>
        <translation>Das Gateway hat den Aufruf nicht verfolgt: Das Debug-Token ist abgelaufen (%1).</translation>
    </message>
    <message>
        <source>The gateway did not trace the call: the debug token is for another API (%1).</source>
        <translation>Das Gateway hat den Aufruf nicht verfolgt: Das Debug-Token gilt für eine andere API (%1).</translation>
    </message>
    <message>
        <source>The gateway did not trace the call: its answer has no Apim-Trace-Id header. Is this an APIM gateway of the service?</source>
        <translation>Das Gateway hat den Aufruf nicht verfolgt: Seine Antwort hat keinen Apim-Trace-Id-Header. Ist das ein APIM-Gateway des Dienstes?</translation>
    </message>
    <message>
        <source>No API of service &apos;%1&apos; matches %2, so there is nothing to trace.</source>
        <translation>Keine API des Dienstes „%1“ passt zu %2, also gibt es nichts zu verfolgen.</translation>
    </message>
    <message>
        <source>Tracing needs the Contributor role (or higher) on the service: %1</source>
        <translation>Die Ablaufverfolgung braucht auf dem Dienst die Rolle Contributor (oder höher): %1</translation>
    </message>
    <message>
        <source>listDebugCredentials answered without a token.</source>
        <translation>listDebugCredentials hat ohne Token geantwortet.</translation>
    </message>
</context>
<context>
    <name>gatehouse::App</name>
    <message>
        <source>gatehouse: cannot write the screenshot to &apos;%1&apos;.</source>
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
        <source>&apos;Name: value&apos;</source>
        <translation>&apos;Name: Wert&apos;</translation>
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
        <source>gatehouse: header &apos;%1&apos; must look like &apos;Name: value&apos;.</source>
        <translation>gatehouse: Der Header „%1“ muss die Form &apos;Name: Wert&apos; haben.</translation>
    </message>
    <message>
        <source>Open the workspace in DIR.</source>
        <translation>Den Arbeitsbereich in VERZEICHNIS öffnen.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>VERZEICHNIS</translation>
    </message>
    <message>
        <source>With --workspace: choose this environment.</source>
        <translation>Mit --workspace: diese Umgebung wählen.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>With --workspace: open this request (Collection/Folder/Request).</source>
        <translation>Mit --workspace: diese Anfrage öffnen (Sammlung/Ordner/Anfrage).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>gatehouse: there is no request &apos;%1&apos; in the workspace.</source>
        <translation>gatehouse: Im Arbeitsbereich gibt es keine Anfrage „%1“.</translation>
    </message>
    <message>
        <source>Open the Playground: sample requests against a built-in APIM simulator.</source>
        <translation>Den Playground öffnen: Beispielanfragen an einen eingebauten APIM-Simulator.</translation>
    </message>
    <message>
        <source>gatehouse: cannot start the Playground: %1</source>
        <translation>gatehouse: Der Playground kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>gatehouse: this build has no APIM simulator, so no Playground.</source>
        <translation>gatehouse: Dieser Build enthält keinen APIM-Simulator und daher keinen Playground.</translation>
    </message>
    <message>
        <source>gatehouse: the request did not finish within 25 s; the screenshot shows the window as it is.</source>
        <translation>gatehouse: Die Anfrage wurde nicht innerhalb von 25 s abgeschlossen; das Bildschirmfoto zeigt das Fenster im aktuellen Zustand.</translation>
    </message>
    <message>
        <source>Use the light or dark colour scheme (default: the desktop&apos;s).</source>
        <translation>Das helle oder dunkle Farbschema verwenden (Standard: das des Desktops).</translation>
    </message>
    <message>
        <source>light|dark</source>
        <translation>light|dark</translation>
    </message>
    <message>
        <source>gatehouse: --color-scheme takes light or dark, not &apos;%1&apos;.</source>
        <translation>gatehouse: --color-scheme nimmt light oder dark, nicht „%1“.</translation>
    </message>
    <message>
        <source>With --screenshot: picture this dialog instead of the window (environments, shortcuts, runner).</source>
        <translation>Mit --screenshot: statt des Fensters diesen Dialog abbilden (environments, shortcuts, runner).</translation>
    </message>
    <message>
        <source>gatehouse: no dialog &apos;%1&apos; to picture (environments and runner need a workspace; or shortcuts).</source>
        <translation>gatehouse: Kein Dialog „%1“ zum Abbilden (environments und runner brauchen einen Arbeitsbereich; oder shortcuts).</translation>
    </message>
    <message>
        <source>Print the version, and those of Qt and KF6, and exit.</source>
        <translation>Die Version sowie die von Qt und KF6 ausgeben und beenden.</translation>
    </message>
    <message>
        <source>With --screenshot: the window&apos;s size instead of 1280x800.</source>
        <translation>Mit --screenshot: die Fenstergröße statt 1280x800.</translation>
    </message>
    <message>
        <source>WIDTHxHEIGHT</source>
        <translation>BREITExHÖHE</translation>
    </message>
    <message>
        <source>gatehouse: --screenshot-size takes WIDTHxHEIGHT in pixels (at least 200x200), not &apos;%1&apos;.</source>
        <translation>gatehouse: --screenshot-size erwartet BREITExHÖHE in Pixeln (mindestens 200x200), nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>gatehouse::AtomicFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
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
    <name>gatehouse::CliReporter</name>
    <message>
        <source>Iteration %1/%2</source>
        <translation>Durchlauf %1/%2</translation>
    </message>
    <message>
        <source>[skipped]</source>
        <translation>[übersprungen]</translation>
    </message>
    <message>
        <source>[error: %1]</source>
        <translation>[Fehler: %1]</translation>
    </message>
    <message>
        <source>[%1 %2, %3, %4 ms]</source>
        <translation>[%1 %2, %3, %4 ms]</translation>
    </message>
    <message>
        <source>(skipped)</source>
        <translation>(übersprungen)</translation>
    </message>
    <message>
        <source>script error in %1: %2</source>
        <translation>Skriptfehler in %1: %2</translation>
    </message>
    <message>
        <source>executed</source>
        <translation>ausgeführt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>iterations</source>
        <translation>Durchläufe</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>test scripts</source>
        <translation>Testskripte</translation>
    </message>
    <message>
        <source>pre-request scripts</source>
        <translation>Pre-Request-Skripte</translation>
    </message>
    <message>
        <source>assertions</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>total run duration: %1 ms</source>
        <translation>Gesamtdauer: %1 ms</translation>
    </message>
    <message>
        <source>average response time: %1 ms</source>
        <translation>mittlere Antwortzeit: %1 ms</translation>
    </message>
    <message>
        <source>The run stopped at the first failure (--bail).</source>
        <translation>Der Lauf hat beim ersten Fehler angehalten (--bail).</translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation>Der Lauf wurde abgebrochen.</translation>
    </message>
    <message>
        <source>at request “%1” (iteration %2)</source>
        <translation>bei Anfrage „%1“ (Durchlauf %2)</translation>
    </message>
    <message>
        <source>request error</source>
        <translation>Anfragefehler</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>Failures: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>APIM diagnosis:</source>
        <translation>APIM-Diagnose:</translation>
    </message>
</context>
<context>
    <name>gatehouse::Codegen</name>
    <message>
        <source>TLS verification is off for this request; fetch cannot turn it off (Node.js: NODE_TLS_REJECT_UNAUTHORIZED=0).</source>
        <translation>Die TLS-Prüfung ist für diese Anfrage abgeschaltet; fetch kann sie nicht abschalten (Node.js: NODE_TLS_REJECT_UNAUTHORIZED=0).</translation>
    </message>
    <message>
        <source>curl</source>
        <translation>curl</translation>
    </message>
    <message>
        <source>HTTPie</source>
        <translation>HTTPie</translation>
    </message>
    <message>
        <source>Python (requests)</source>
        <translation>Python (requests)</translation>
    </message>
    <message>
        <source>JavaScript (fetch)</source>
        <translation>JavaScript (fetch)</translation>
    </message>
    <message>
        <source>C++ (Qt Network)</source>
        <translation>C++ (Qt Network)</translation>
    </message>
    <message>
        <source>HTTP file (.http)</source>
        <translation>HTTP-Datei (.http)</translation>
    </message>
</context>
<context>
    <name>gatehouse::CollectionRunner</name>
    <message>
        <source>The collection “%1” has no folder “%2”.</source>
        <translation>Die Sammlung „%1“ hat keinen Ordner „%2“.</translation>
    </message>
    <message>
        <source>There are no requests to run in “%1”.</source>
        <translation>In „%1“ gibt es keine Anfragen auszuführen.</translation>
    </message>
    <message>
        <source>A run is already in progress.</source>
        <translation>Es läuft bereits ein Lauf.</translation>
    </message>
    <message>
        <source>“%1” is not a valid URL.</source>
        <translation>„%1“ ist keine gültige URL.</translation>
    </message>
</context>
<context>
    <name>gatehouse::CookieJar</name>
    <message>
        <source>Cannot read the cookie file %1: %2</source>
        <translation>Die Cookie-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The cookie file %1 is not valid JSON: %2</source>
        <translation>Die Cookie-Datei %1 ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>The cookie file %1 was written by a newer Gatehouse (format version %2).</source>
        <translation>Die Cookie-Datei %1 wurde von einem neueren Gatehouse geschrieben (Formatversion %2).</translation>
    </message>
    <message>
        <source>Cannot write the cookie file %1: %2</source>
        <translation>Die Cookie-Datei %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>gatehouse::CurlImport</name>
    <message>
        <source>The body is read from standard input; the request has no body.</source>
        <translation>Der Inhalt wird von der Standardeingabe gelesen; die Anfrage hat keinen Inhalt.</translation>
    </message>
    <message>
        <source>Only one body file is supported; the other data was dropped.</source>
        <translation>Nur eine Inhaltsdatei wird unterstützt; die übrigen Daten wurden verworfen.</translation>
    </message>
    <message>
        <source>Data read from a file (“%1”) was not imported.</source>
        <translation>Aus einer Datei gelesene Daten („%1“) wurden nicht importiert.</translation>
    </message>
    <message>
        <source>The form field “%1” has no name=value form and was dropped.</source>
        <translation>Das Formularfeld „%1“ hat nicht die Form name=wert und wurde verworfen.</translation>
    </message>
    <message>
        <source>The form option “%1” of field “%2” was dropped.</source>
        <translation>Die Formularoption „%1“ des Feldes „%2“ wurde verworfen.</translation>
    </message>
    <message>
        <source>The field “%1” is sent as a file part, not as text read from the file.</source>
        <translation>Das Feld „%1“ wird als Dateiteil gesendet, nicht als aus der Datei gelesener Text.</translation>
    </message>
    <message>
        <source>curl would ask for the password; the imported request has an empty one.</source>
        <translation>curl würde nach dem Passwort fragen; die importierte Anfrage hat ein leeres.</translation>
    </message>
    <message>
        <source>The option %1 is not supported and was ignored.</source>
        <translation>Die Option %1 wird nicht unterstützt und wurde ignoriert.</translation>
    </message>
    <message>
        <source>The option %1 needs a value.</source>
        <translation>Die Option %1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>The option %1 (“%2”) is not supported and was ignored.</source>
        <translation>Die Option %1 („%2“) wird nicht unterstützt und wurde ignoriert.</translation>
    </message>
    <message>
        <source>The curl command has no URL.</source>
        <translation>Der curl-Befehl hat keine URL.</translation>
    </message>
    <message>
        <source>Only the first of %1 URLs was imported.</source>
        <translation>Nur die erste von %1 URLs wurde importiert.</translation>
    </message>
    <message>
        <source>Headers read from a file (“%1”) were not imported.</source>
        <translation>Aus einer Datei gelesene Header („%1“) wurden nicht importiert.</translation>
    </message>
    <message>
        <source>The header “%1” has no colon and was dropped.</source>
        <translation>Der Header „%1“ hat keinen Doppelpunkt und wurde verworfen.</translation>
    </message>
    <message>
        <source>Cookies read from the file “%1” were not imported.</source>
        <translation>Aus der Datei „%1“ gelesene Cookies wurden nicht importiert.</translation>
    </message>
    <message>
        <source>Query data read from a file (“%1”) was not imported.</source>
        <translation>Aus einer Datei gelesene Query-Daten („%1“) wurden nicht importiert.</translation>
    </message>
    <message>
        <source>curl refuses --data together with --form; the data was dropped.</source>
        <translation>curl lehnt --data zusammen mit --form ab; die Daten wurden verworfen.</translation>
    </message>
    <message>
        <source>Not a curl command: it must start with “curl”.</source>
        <translation>Kein curl-Befehl: Er muss mit „curl“ beginnen.</translation>
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
        <source>The body uses the content encoding &apos;%1&apos;, which Gatehouse cannot decode; it is shown as received.</source>
        <translation>Der Inhalt verwendet die Kodierung „%1“, die Gatehouse nicht entpacken kann; er wird so angezeigt, wie er empfangen wurde.</translation>
    </message>
</context>
<context>
    <name>gatehouse::Diagnosis</name>
    <message>
        <source>%1 seconds</source>
        <translation>%1 Sekunden</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 Tagen</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>Gateway expects the key in</source>
        <translation>Das Gateway erwartet den Schlüssel in</translation>
    </message>
    <message>
        <source>header %1</source>
        <translation>Header %1</translation>
    </message>
    <message>
        <source>API matched (realm)</source>
        <translation>Erkannte API (realm)</translation>
    </message>
    <message>
        <source>Gateway message</source>
        <translation>Meldung des Gateways</translation>
    </message>
    <message>
        <source>The gateway found no subscription key in this request</source>
        <translation>Das Gateway hat in dieser Anfrage keinen Abonnementschlüssel gefunden</translation>
    </message>
    <message>
        <source>APIM answers 401 &quot;missing subscription key&quot; when the API (or every product it is in) requires a subscription and the request has no key under the header name the API is configured for (%1), nor in its query parameter.</source>
        <translation>APIM antwortet mit 401 „missing subscription key“, wenn die API (oder jedes Produkt, das sie enthält) ein Abonnement verlangt und die Anfrage weder unter dem für die API eingestellten Header-Namen (%1) noch in ihrem Abfrageparameter einen Schlüssel trägt.</translation>
    </message>
    <message>
        <source>The key was sent as %1, but this API expects %2</source>
        <translation>Der Schlüssel wurde als %1 gesendet, diese API erwartet aber %2</translation>
    </message>
    <message>
        <source>The key is under a header name the API does not use (%1). APIs can rename the key header; habits from other services (api-key, x-api-key, Authorization) do not carry over.</source>
        <translation>Der Schlüssel steht unter einem Header-Namen, den die API nicht verwendet (%1). APIs können den Schlüssel-Header umbenennen; Gewohnheiten von anderen Diensten (api-key, x-api-key, Authorization) gelten hier nicht.</translation>
    </message>
    <message>
        <source>The publisher renamed the API&apos;s key header and this request still uses the old name.</source>
        <translation>Der Herausgeber hat den Schlüssel-Header der API umbenannt, und diese Anfrage verwendet noch den alten Namen.</translation>
    </message>
    <message>
        <source>Send it as %1</source>
        <translation>Als %1 senden</translation>
    </message>
    <message>
        <source>The environment&apos;s key was not sent: %1 is not one of its gateway hosts</source>
        <translation>Der Schlüssel der Umgebung wurde nicht gesendet: %1 ist keiner ihrer Gateway-Hosts</translation>
    </message>
    <message>
        <source>Gatehouse only sends the subscription key to the gateway hosts listed in the environment, so it never leaks elsewhere. This host (a custom domain, a regional gateway, another instance?) is not in that list.</source>
        <translation>Gatehouse sendet den Abonnementschlüssel nur an die Gateway-Hosts der Umgebung, damit er nie woanders landet. Dieser Host (eine eigene Domain, ein regionales Gateway, eine andere Instanz?) steht nicht in dieser Liste.</translation>
    </message>
    <message>
        <source>Add %1 as a gateway host</source>
        <translation>%1 als Gateway-Host hinzufügen</translation>
    </message>
    <message>
        <source>The environment has no subscription key yet. Get one from the developer portal (Profile) or from the Azure portal (APIM &gt; Subscriptions).</source>
        <translation>Die Umgebung hat noch keinen Abonnementschlüssel. Sie erhalten einen im Entwicklerportal (Profil) oder im Azure-Portal (APIM &gt; Abonnements).</translation>
    </message>
    <message>
        <source>Set the subscription key…</source>
        <translation>Abonnementschlüssel festlegen …</translation>
    </message>
    <message>
        <source>The key is in a query parameter the API does not use: APIs can rename the query parameter too.</source>
        <translation>Der Schlüssel steht in einem Abfrageparameter, den die API nicht verwendet: APIs können auch den Abfrageparameter umbenennen.</translation>
    </message>
    <message>
        <source>The request carries no key. Add your subscription key as header %1.</source>
        <translation>Die Anfrage trägt keinen Schlüssel. Fügen Sie Ihren Abonnementschlüssel als Header %1 hinzu.</translation>
    </message>
    <message>
        <source>You expected this API to be open: it requires a subscription, and no open product (a product without &quot;Requires subscription&quot;) contains it.</source>
        <translation>Sie haben diese API für offen gehalten: Sie verlangt ein Abonnement, und kein offenes Produkt (ein Produkt ohne „Abonnement erforderlich“) enthält sie.</translation>
    </message>
    <message>
        <source>In the API&apos;s settings: &quot;Subscription required&quot; and the header/query parameter names. The products that contain the API: GET …/apis/{apiId}/products.</source>
        <translation>In den Einstellungen der API: „Abonnement erforderlich“ und die Namen von Header und Abfrageparameter. Die Produkte, die die API enthalten: GET …/apis/{apiId}/products.</translation>
    </message>
    <message>
        <source>The gateway rejected the subscription key</source>
        <translation>Das Gateway hat den Abonnementschlüssel abgelehnt</translation>
    </message>
    <message>
        <source>APIM answers 401 &quot;invalid subscription key&quot; when the key is not a key of an active subscription whose scope covers this API: the API itself, all APIs, the whole service, or a product that contains this API.</source>
        <translation>APIM antwortet mit 401 „invalid subscription key“, wenn der Schlüssel zu keinem aktiven Abonnement gehört, dessen Bereich diese API abdeckt: die API selbst, alle APIs, den ganzen Dienst oder ein Produkt, das diese API enthält.</translation>
    </message>
    <message>
        <source>The key has spaces or a line break around it (a copy-and-paste accident).</source>
        <translation>Um den Schlüssel stehen Leerzeichen oder ein Zeilenumbruch (ein Versehen beim Kopieren).</translation>
    </message>
    <message>
        <source>Remove the whitespace</source>
        <translation>Leerraum entfernen</translation>
    </message>
    <message>
        <source>The API was never added to a product your key belongs to. This is the most common cause: a new API is in no product until someone adds it, and a product key only opens the APIs of its product.</source>
        <translation>Die API wurde nie zu einem Produkt hinzugefügt, zu dem Ihr Schlüssel gehört. Das ist die häufigste Ursache: Eine neue API ist in keinem Produkt, bis jemand sie hinzufügt, und ein Produktschlüssel öffnet nur die APIs seines Produkts.</translation>
    </message>
    <message>
        <source>The key belongs to a subscription of another product (or another API) than the one containing this API: with several subscriptions it is easy to copy the wrong key.</source>
        <translation>Der Schlüssel gehört zu einem Abonnement eines anderen Produkts (oder einer anderen API) als dem, das diese API enthält: Bei mehreren Abonnements kopiert man leicht den falschen Schlüssel.</translation>
    </message>
    <message>
        <source>The subscription is not active: awaiting approval (submitted), suspended, cancelled, rejected or expired.</source>
        <translation>Das Abonnement ist nicht aktiv: Es wartet auf Genehmigung (submitted), ist ausgesetzt, gekündigt, abgelehnt oder abgelaufen.</translation>
    </message>
    <message>
        <source>The key is from another APIM instance or environment (dev vs prod), or it was regenerated.</source>
        <translation>Der Schlüssel stammt von einer anderen APIM-Instanz oder Umgebung (Entwicklung statt Produktion), oder er wurde neu erzeugt.</translation>
    </message>
    <message>
        <source>The key was created minutes ago: the gateway can take up to about 10 minutes to know it.</source>
        <translation>Der Schlüssel wurde vor wenigen Minuten erzeugt: Das Gateway kann bis zu etwa 10 Minuten brauchen, bis es ihn kennt.</translation>
    </message>
    <message>
        <source>The gateway that answered (%1) is not this environment&apos;s gateway.</source>
        <translation>Das Gateway, das geantwortet hat (%1), ist nicht das Gateway dieser Umgebung.</translation>
    </message>
    <message>
        <source>With the management API: the products of the API (GET …/apis/{apiId}/products), and the scope and state of the subscription that owns the key (GET …/subscriptions, then listSecrets).</source>
        <translation>Mit der Verwaltungs-API: die Produkte der API (GET …/apis/{apiId}/products) sowie Bereich und Zustand des Abonnements, dem der Schlüssel gehört (GET …/subscriptions, dann listSecrets).</translation>
    </message>
    <message>
        <source>Token expires</source>
        <translation>Token läuft ab</translation>
    </message>
    <message>
        <source>The access token expired %1</source>
        <translation>Das Zugriffstoken ist %1 abgelaufen</translation>
    </message>
    <message>
        <source>The token is expired; validate-jwt allows no clock skew unless configured. Get a new token.</source>
        <translation>Das Token ist abgelaufen; validate-jwt erlaubt ohne Einstellung keine Uhrabweichung. Holen Sie ein neues Token.</translation>
    </message>
    <message>
        <source>The token has no expiry (exp): validate-jwt requires one by default.</source>
        <translation>Das Token hat kein Ablaufdatum (exp): validate-jwt verlangt standardmäßig eines.</translation>
    </message>
    <message>
        <source>The token is not valid yet (nbf %1): check the clocks.</source>
        <translation>Das Token ist noch nicht gültig (nbf %1): Prüfen Sie die Uhren.</translation>
    </message>
    <message>
        <source>Audience (aud)</source>
        <translation>Zielgruppe (aud)</translation>
    </message>
    <message>
        <source>Issuer (iss)</source>
        <translation>Aussteller (iss)</translation>
    </message>
    <message>
        <source>Entra ID token version</source>
        <translation>Entra-ID-Tokenversion</translation>
    </message>
    <message>
        <source>The token is not signed: validate-jwt requires signed tokens by default.</source>
        <translation>Das Token ist nicht signiert: validate-jwt verlangt standardmäßig signierte Tokens.</translation>
    </message>
    <message>
        <source>%1 is not an API gateway host</source>
        <translation>%1 ist kein API-Gateway-Host</translation>
    </message>
    <message>
        <source>This is the developer portal, the legacy portal, the retired direct management API or the Git endpoint of an APIM instance. API calls go to https://{service}.azure-api.net or a custom gateway domain.</source>
        <translation>Das ist das Entwicklerportal, das alte Portal, die eingestellte direkte Verwaltungs-API oder der Git-Endpunkt einer APIM-Instanz. API-Aufrufe gehen an https://{service}.azure-api.net oder an eine eigene Gateway-Domain.</translation>
    </message>
    <message>
        <source>Empty 200 for a request with an Origin header</source>
        <translation>Leere 200 für eine Anfrage mit Origin-Header</translation>
    </message>
    <message>
        <source>An APIM cors policy that terminates unmatched requests answers an origin it does not allow with an empty 200 and no CORS headers.</source>
        <translation>Eine APIM-cors-Richtlinie, die nicht passende Anfragen beendet, beantwortet einen nicht erlaubten Origin mit einer leeren 200 ohne CORS-Header.</translation>
    </message>
    <message>
        <source>The Origin you send is not in the policy&apos;s allowed-origins; a desktop client does not need an Origin header at all.</source>
        <translation>Der gesendete Origin steht nicht in allowed-origins der Richtlinie; ein Desktop-Client braucht gar keinen Origin-Header.</translation>
    </message>
    <message>
        <source>This %1 comes from Azure Application Gateway, not from APIM</source>
        <translation>Diese %1 stammt vom Azure Application Gateway, nicht von APIM</translation>
    </message>
    <message>
        <source>An Application Gateway (often with a web application firewall) sits in front of the APIM gateway and answered itself: a WAF block (403), a missing client certificate (400) or an unhealthy backend pool (502).</source>
        <translation>Ein Application Gateway (oft mit Web Application Firewall) steht vor dem APIM-Gateway und hat selbst geantwortet: eine WAF-Sperre (403), ein fehlendes Client-Zertifikat (400) oder ein gestörter Backend-Pool (502).</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>No API operation matches %1 %2</source>
        <translation>Keine API-Operation passt zu %1 %2</translation>
    </message>
    <message>
        <source>APIM found no API and operation for this method and URL. It answers 404 before it even looks at the subscription key, and it answers 404 (never 405) for a wrong method.</source>
        <translation>APIM hat für diese Methode und URL keine API und Operation gefunden. Es antwortet mit 404, bevor es den Abonnementschlüssel überhaupt ansieht, und bei einer falschen Methode ebenfalls mit 404 (nie 405).</translation>
    </message>
    <message>
        <source>The API URL suffix is wrong: the first path segment(s) must be the API&apos;s suffix.</source>
        <translation>Das URL-Suffix der API stimmt nicht: Die ersten Pfadsegmente müssen das Suffix der API sein.</translation>
    </message>
    <message>
        <source>The operation&apos;s path or template differs, or the operation does not accept %1.</source>
        <translation>Pfad oder Vorlage der Operation weichen ab, oder die Operation akzeptiert %1 nicht.</translation>
    </message>
    <message>
        <source>The API is versioned and the version is missing or unknown (a path segment, a query parameter such as api-version, or a header such as Api-Version).</source>
        <translation>Die API ist versioniert und die Version fehlt oder ist unbekannt (ein Pfadsegment, ein Abfrageparameter wie api-version oder ein Header wie Api-Version).</translation>
    </message>
    <message>
        <source>A revision is addressed wrongly (;rev=N belongs right after the API suffix) or is offline.</source>
        <translation>Eine Revision ist falsch angesprochen (;rev=N gehört direkt hinter das API-Suffix) oder offline.</translation>
    </message>
    <message>
        <source>With the management API: the APIs with their suffixes and versions (GET …/apis), and the operations of the API (GET …/apis/{apiId}/operations).</source>
        <translation>Mit der Verwaltungs-API: die APIs mit Suffixen und Versionen (GET …/apis) und die Operationen der API (GET …/apis/{apiId}/operations).</translation>
    </message>
    <message>
        <source>Method and path</source>
        <translation>Methode und Pfad</translation>
    </message>
    <message>
        <source>Token rate limit reached: try again in %1</source>
        <translation>Token-Ratenlimit erreicht: erneut versuchen in %1</translation>
    </message>
    <message>
        <source>Rate limit reached: try again in %1</source>
        <translation>Ratenlimit erreicht: erneut versuchen in %1</translation>
    </message>
    <message>
        <source>An llm-token-limit policy counts model tokens per minute for this caller.</source>
        <translation>Eine llm-token-limit-Richtlinie zählt die Modell-Tokens pro Minute für diesen Aufrufer.</translation>
    </message>
    <message>
        <source>A rate-limit policy allows a number of calls per sliding window (at most 300 s) for your subscription, or per key with rate-limit-by-key.</source>
        <translation>Eine rate-limit-Richtlinie erlaubt Ihrem Abonnement eine Zahl von Aufrufen je gleitendem Zeitfenster (höchstens 300 s), oder je Schlüssel mit rate-limit-by-key.</translation>
    </message>
    <message>
        <source>The product&apos;s default policy is strict: the Starter product allows 5 calls per minute and 100 per week.</source>
        <translation>Die Standardrichtlinie des Produkts ist streng: Das Produkt Starter erlaubt 5 Aufrufe pro Minute und 100 pro Woche.</translation>
    </message>
    <message>
        <source>It worked in the Azure portal&apos;s Test tab: that uses the built-in all-access key, which skips product policies.</source>
        <translation>Im Test-Reiter des Azure-Portals hat es funktioniert: Der verwendet den eingebauten Vollzugriffsschlüssel, der Produktrichtlinien überspringt.</translation>
    </message>
    <message>
        <source>rate-limit-by-key counts per IP address: everyone behind the same NAT or proxy shares one counter.</source>
        <translation>rate-limit-by-key zählt je IP-Adresse: Alle hinter demselben NAT oder Proxy teilen sich einen Zähler.</translation>
    </message>
    <message>
        <source>Retry-After</source>
        <translation>Retry-After</translation>
    </message>
    <message>
        <source>Send again in %1</source>
        <translation>In %1 erneut senden</translation>
    </message>
    <message>
        <source>Quota used up: it renews in %1</source>
        <translation>Kontingent aufgebraucht: Es erneuert sich in %1</translation>
    </message>
    <message>
        <source>This 403 is not a permission problem: a quota policy limits the calls (or kilobytes) per subscription over a long period, and APIM answers 403, not 429, when it is used up.</source>
        <translation>Diese 403 ist kein Berechtigungsproblem: Eine quota-Richtlinie begrenzt die Aufrufe (oder Kilobytes) je Abonnement über einen langen Zeitraum, und APIM antwortet mit 403, nicht 429, wenn es aufgebraucht ist.</translation>
    </message>
    <message>
        <source>The product&apos;s quota is small (Starter: 100 calls per week).</source>
        <translation>Das Kontingent des Produkts ist klein (Starter: 100 Aufrufe pro Woche).</translation>
    </message>
    <message>
        <source>Token quota used up</source>
        <translation>Token-Kontingent aufgebraucht</translation>
    </message>
    <message>
        <source>The gateway refused this caller (403 Forbidden)</source>
        <translation>Das Gateway hat diesen Aufrufer abgewiesen (403 Forbidden)</translation>
    </message>
    <message>
        <source>A bare &quot;Forbidden&quot; from APIM usually comes from an ip-filter policy at some scope: global, product, API or operation.</source>
        <translation>Ein bloßes „Forbidden“ von APIM kommt meist von einer ip-filter-Richtlinie auf irgendeiner Ebene: global, Produkt, API oder Operation.</translation>
    </message>
    <message>
        <source>Your IP address is not allowed. Behind Application Gateway or Front Door, the filter sees the proxy&apos;s address, not yours.</source>
        <translation>Ihre IP-Adresse ist nicht erlaubt. Hinter Application Gateway oder Front Door sieht der Filter die Adresse des Proxys, nicht Ihre.</translation>
    </message>
    <message>
        <source>Another access-restriction policy refused the call.</source>
        <translation>Eine andere Zugriffsbeschränkung hat den Aufruf abgewiesen.</translation>
    </message>
    <message>
        <source>The gateway found no access token where its validate-jwt policy looks</source>
        <translation>Das Gateway hat dort, wo seine validate-jwt-Richtlinie sucht, kein Zugriffstoken gefunden</translation>
    </message>
    <message>
        <source>The gateway rejected the access token</source>
        <translation>Das Gateway hat das Zugriffstoken abgelehnt</translation>
    </message>
    <message>
        <source>A validate-jwt (or validate-azure-ad-token) policy checks a token in the Authorization header by default, or in the header or query parameter the policy names.</source>
        <translation>Eine validate-jwt- (oder validate-azure-ad-token-)Richtlinie prüft standardmäßig ein Token im Authorization-Header, oder in dem Header oder Abfrageparameter, den die Richtlinie nennt.</translation>
    </message>
    <message>
        <source>The request has no Authorization header: send Authorization: Bearer &lt;token&gt;.</source>
        <translation>Die Anfrage hat keinen Authorization-Header: Senden Sie Authorization: Bearer &lt;Token&gt;.</translation>
    </message>
    <message>
        <source>The Authorization header does not hold a JWT.</source>
        <translation>Der Authorization-Header enthält kein JWT.</translation>
    </message>
    <message>
        <source>The policy reads the token from another header or query parameter.</source>
        <translation>Die Richtlinie liest das Token aus einem anderen Header oder Abfrageparameter.</translation>
    </message>
    <message>
        <source>The token was issued for another audience (aud): another app ID URI or client ID than the policy expects.</source>
        <translation>Das Token wurde für eine andere Zielgruppe (aud) ausgestellt: einen anderen App-ID-URI oder eine andere Client-ID, als die Richtlinie erwartet.</translation>
    </message>
    <message>
        <source>Issuer mismatch: Entra ID v1 tokens come from sts.windows.net, v2 tokens from login.microsoftonline.com/…/v2.0; the policy accepts one of them.</source>
        <translation>Aussteller passt nicht: Entra-ID-v1-Tokens kommen von sts.windows.net, v2-Tokens von login.microsoftonline.com/…/v2.0; die Richtlinie akzeptiert nur eines davon.</translation>
    </message>
    <message>
        <source>A required claim (roles, scp …) is missing or has another value.</source>
        <translation>Ein verlangter Claim (roles, scp …) fehlt oder hat einen anderen Wert.</translation>
    </message>
    <message>
        <source>The Authorization header lacks the &quot;Bearer &quot; scheme.</source>
        <translation>Dem Authorization-Header fehlt das Schema „Bearer “.</translation>
    </message>
    <message>
        <source>The gateway could not get an answer from the backend (or a policy failed)</source>
        <translation>Das Gateway hat vom Backend keine Antwort bekommen (oder eine Richtlinie ist fehlgeschlagen)</translation>
    </message>
    <message>
        <source>APIM answers this 500 itself when calling the backend fails (connection, DNS, TLS trust, timeout) or a policy expression throws.</source>
        <translation>APIM antwortet selbst mit dieser 500, wenn der Aufruf des Backends scheitert (Verbindung, DNS, TLS-Vertrauen, Zeitüberschreitung) oder ein Richtlinienausdruck einen Fehler wirft.</translation>
    </message>
    <message>
        <source>The backend&apos;s TLS certificate is not trusted by APIM (self-signed, private CA, name mismatch).</source>
        <translation>APIM vertraut dem TLS-Zertifikat des Backends nicht (selbstsigniert, private CA, falscher Name).</translation>
    </message>
    <message>
        <source>The backend is unreachable or closes connections (intermittent under load: SNAT port exhaustion).</source>
        <translation>Das Backend ist nicht erreichbar oder schließt Verbindungen (zeitweise unter Last: erschöpfte SNAT-Ports).</translation>
    </message>
    <message>
        <source>The backend took longer than forward-request&apos;s timeout (300 s by default, 30 s on Consumption and v2 tiers).</source>
        <translation>Das Backend brauchte länger als das Zeitlimit von forward-request (standardmäßig 300 s, 30 s in den Tarifen Consumption und v2).</translation>
    </message>
    <message>
        <source>A policy expression failed, for example on a missing header or claim.</source>
        <translation>Ein Richtlinienausdruck ist fehlgeschlagen, etwa an einem fehlenden Header oder Claim.</translation>
    </message>
    <message>
        <source>Trace the request (debug credentials and Apim-Debug-Authorization) to see the failing step.</source>
        <translation>Verfolgen Sie die Anfrage (Debug-Anmeldedaten und Apim-Debug-Authorization), um den fehlschlagenden Schritt zu sehen.</translation>
    </message>
    <message>
        <source>Activity ID</source>
        <translation>Aktivitäts-ID</translation>
    </message>
    <message>
        <source>Service unavailable: the backend&apos;s circuit breaker may be open</source>
        <translation>Dienst nicht verfügbar: Der Schutzschalter des Backends ist vielleicht offen</translation>
    </message>
    <message>
        <source>When a backend&apos;s circuit breaker trips, APIM stops calling it for the trip duration and answers 503.</source>
        <translation>Löst der Schutzschalter eines Backends aus, ruft APIM es für diese Dauer nicht mehr auf und antwortet mit 503.</translation>
    </message>
    <message>
        <source>This %1 comes from the backend, passed through by APIM</source>
        <translation>Diese %1 kommt vom Backend und wurde von APIM durchgereicht</translation>
    </message>
    <message>
        <source>The body is not APIM&apos;s own error format, so the gateway let the request through and forwarded the backend&apos;s answer unchanged. Look at the backend, not at APIM&apos;s configuration.</source>
        <translation>Der Inhalt hat nicht APIMs eigenes Fehlerformat, also hat das Gateway die Anfrage durchgelassen und die Antwort des Backends unverändert weitergegeben. Suchen Sie im Backend, nicht in der APIM-Konfiguration.</translation>
    </message>
    <message>
        <source>The key belongs to a subscription scoped to one single API, and this is another API.</source>
        <translation>Der Schlüssel gehört zu einem Abonnement, das auf eine einzelne API beschränkt ist, und dies ist eine andere API.</translation>
    </message>
    <message>
        <source>Confirmed: %1</source>
        <translation>Bestätigt: %1</translation>
    </message>
    <message>
        <source>Your key belongs to subscription &apos;%1&apos; (%2).</source>
        <translation>Ihr Schlüssel gehört zum Abonnement „%1“ (%2).</translation>
    </message>
    <message>
        <source>Management API</source>
        <translation>Verwaltungs-API</translation>
    </message>
    <message>
        <source>No API of service &apos;%1&apos; matches %2.</source>
        <translation>Keine API des Dienstes „%1“ passt zu %2.</translation>
    </message>
    <message>
        <source>Products of API &apos;%1&apos;</source>
        <translation>Produkte der API „%1“</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Subscription of the key</source>
        <translation>Abonnement des Schlüssels</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (%2), %3</source>
        <translation>„%1“ (%2), %3</translation>
    </message>
    <message>
        <source>API &apos;%1&apos; is in no product: only all-APIs, API-scoped and all-access keys can open it.</source>
        <translation>Die API „%1“ ist in keinem Produkt: Nur Schlüssel für alle APIs, API-bezogene Schlüssel und Vollzugriffsschlüssel können sie öffnen.</translation>
    </message>
    <message>
        <source>no subscription of service &apos;%1&apos; has this key: it was regenerated, mistyped, or belongs to another APIM instance.</source>
        <translation>Kein Abonnement des Dienstes „%1“ hat diesen Schlüssel: Er wurde neu erzeugt, falsch eingegeben oder gehört zu einer anderen APIM-Instanz.</translation>
    </message>
    <message>
        <source>The key is a key of this service.</source>
        <translation>Der Schlüssel ist ein Schlüssel dieses Dienstes.</translation>
    </message>
    <message>
        <source>subscription &apos;%1&apos; is %2, not active. %3</source>
        <translation>Das Abonnement „%1“ ist %2, nicht aktiv. %3</translation>
    </message>
    <message>
        <source>The subscription is active.</source>
        <translation>Das Abonnement ist aktiv.</translation>
    </message>
    <message>
        <source>API &apos;%1&apos; is in no product. %2</source>
        <translation>Die API „%1“ ist in keinem Produkt. %2</translation>
    </message>
    <message>
        <source>API &apos;%1&apos; is in %2, not in the product of your key. %3</source>
        <translation>Die API „%1“ ist in %2, nicht im Produkt Ihres Schlüssels. %3</translation>
    </message>
    <message>
        <source>your key only opens API &apos;%1&apos;, not &apos;%2&apos;. %3</source>
        <translation>Ihr Schlüssel öffnet nur die API „%1“, nicht „%2“. %3</translation>
    </message>
    <message>
        <source>subscription &apos;%1&apos; was created %2; the gateway can take about 10 minutes to know new keys. %3</source>
        <translation>Das Abonnement „%1“ wurde %2 erstellt; das Gateway kann etwa 10 Minuten brauchen, bis es neue Schlüssel kennt. %3</translation>
    </message>
    <message>
        <source>The key&apos;s subscription is active and opens API &apos;%1&apos;: the answer may come from another instance or from a gateway with an outdated configuration.</source>
        <translation>Das Abonnement des Schlüssels ist aktiv und öffnet die API „%1“: Die Antwort kommt vielleicht von einer anderen Instanz oder von einem Gateway mit veralteter Konfiguration.</translation>
    </message>
    <message>
        <source>%1 is a gateway host of service &apos;%2&apos;.</source>
        <translation>%1 ist ein Gateway-Host des Dienstes „%2“.</translation>
    </message>
    <message>
        <source>Key names of API &apos;%1&apos;</source>
        <translation>Schlüsselnamen der API „%1“</translation>
    </message>
    <message>
        <source>header %1, query parameter %2</source>
        <translation>Header %1, Abfrageparameter %2</translation>
    </message>
    <message>
        <source>API &apos;%1&apos; reads the key from header %2 (or query parameter %3).</source>
        <translation>Die API „%1“ liest den Schlüssel aus dem Header %2 (oder dem Abfrageparameter %3).</translation>
    </message>
    <message>
        <source>API &apos;%1&apos; reads the key from query parameter %2 (or header %3).</source>
        <translation>Die API „%1“ liest den Schlüssel aus dem Abfrageparameter %2 (oder dem Header %3).</translation>
    </message>
    <message>
        <source>API &apos;%1&apos; requires a subscription key (header %2), and no open product contains it.</source>
        <translation>Die API „%1“ verlangt einen Abonnementschlüssel (Header %2), und kein offenes Produkt enthält sie.</translation>
    </message>
    <message>
        <source>The API is not open.</source>
        <translation>Die API ist nicht offen.</translation>
    </message>
    <message>
        <source>no API of service &apos;%1&apos; has a URL suffix that starts %2. Its suffixes: %3.</source>
        <translation>Keine API des Dienstes „%1“ hat ein URL-Suffix, mit dem %2 beginnt. Die Suffixe des Dienstes: %3.</translation>
    </message>
    <message>
        <source>The suffix matches API &apos;%1&apos;.</source>
        <translation>Das Suffix passt zur API „%1“.</translation>
    </message>
    <message>
        <source>&apos;;rev=%1&apos; must follow the suffix of API &apos;%2&apos; directly.</source>
        <translation>„;rev=%1“ muss direkt auf das Suffix der API „%2“ folgen.</translation>
    </message>
    <message>
        <source>API &apos;%1&apos; has no revision %2.</source>
        <translation>Die API „%1“ hat keine Revision %2.</translation>
    </message>
    <message>
        <source>revision %1 of API &apos;%2&apos; is offline.</source>
        <translation>Die Revision %1 der API „%2“ ist offline.</translation>
    </message>
    <message>
        <source>a path segment after /%1</source>
        <translation>ein Pfadsegment nach /%1</translation>
    </message>
    <message>
        <source>query parameter %1</source>
        <translation>Abfrageparameter %1</translation>
    </message>
    <message>
        <source>API &apos;%1&apos; is versioned by %2, and the request names no version. Versions: %3.</source>
        <translation>Die API „%1“ wird über %2 versioniert, und die Anfrage nennt keine Version. Versionen: %3.</translation>
    </message>
    <message>
        <source>API &apos;%1&apos; is versioned by %2, and the request names an unknown version. Versions: %3.</source>
        <translation>Die API „%1“ wird über %2 versioniert, und die Anfrage nennt eine unbekannte Version. Versionen: %3.</translation>
    </message>
    <message>
        <source>API &apos;%1&apos; has no operation for %2 %3. Its operations: %4.</source>
        <translation>Die API „%1“ hat keine Operation für %2 %3. Ihre Operationen: %4.</translation>
    </message>
    <message>
        <source>Operation &apos;%1&apos; matches.</source>
        <translation>Die Operation „%1“ passt.</translation>
    </message>
    <message>
        <source>Ruled out: API &apos;%1&apos; has operation &apos;%2&apos; (%3 %4) for this request; the answer may come from another instance.</source>
        <translation>Ausgeschlossen: Die API „%1“ hat für diese Anfrage die Operation „%2“ (%3 %4); die Antwort kommt vielleicht von einer anderen Instanz.</translation>
    </message>
    <message>
        <source>all APIs (global policy)</source>
        <translation>alle APIs (globale Richtlinie)</translation>
    </message>
    <message>
        <source>product &apos;%1&apos;</source>
        <translation>Produkt „%1“</translation>
    </message>
    <message>
        <source>API &apos;%1&apos;</source>
        <translation>API „%1“</translation>
    </message>
    <message>
        <source>operation &apos;%1&apos;</source>
        <translation>Operation „%1“</translation>
    </message>
    <message>
        <source>1 call</source>
        <translation>1 Aufruf</translation>
    </message>
    <message>
        <source>%1 calls</source>
        <translation>%1 Aufrufe</translation>
    </message>
    <message>
        <source>%1 allows %2 per %3 on %4</source>
        <translation>%1 für %4 erlaubt %2 pro %3</translation>
    </message>
    <message>
        <source>%1 allows %2 in total on %3</source>
        <translation>%1 für %3 erlaubt insgesamt %2</translation>
    </message>
    <message>
        <source>, counted per %1</source>
        <translation>, gezählt je %1</translation>
    </message>
    <message>
        <source>Ruled out: %1</source>
        <translation>Ausgeschlossen: %1</translation>
    </message>
    <message>
        <source>no %1 policy applies to API &apos;%2&apos; with your key; the answer may come from another instance.</source>
        <translation>Keine %1-Richtlinie gilt mit Ihrem Schlüssel für die API „%2“; die Antwort kommt vielleicht von einer anderen Instanz.</translation>
    </message>
    <message>
        <source>Limits in scope</source>
        <translation>Geltende Limits</translation>
    </message>
    <message>
        <source>A quota policy limits the calls: %1.</source>
        <translation>Eine quota-Richtlinie begrenzt die Aufrufe: %1.</translation>
    </message>
    <message>
        <source>A rate-limit policy limits the calls: %1.</source>
        <translation>Eine rate-limit-Richtlinie begrenzt die Aufrufe: %1.</translation>
    </message>
    <message>
        <source>The limit counts per subscription, not per IP address.</source>
        <translation>Das Limit zählt je Abonnement, nicht je IP-Adresse.</translation>
    </message>
    <message>
        <source>The limit is not a product&apos;s.</source>
        <translation>Das Limit stammt nicht von einem Produkt.</translation>
    </message>
    <message>
        <source>ip-filter on %1 blocks %2</source>
        <translation>ip-filter für %1 sperrt %2</translation>
    </message>
    <message>
        <source>ip-filter on %1 allows only %2</source>
        <translation>ip-filter für %1 erlaubt nur %2</translation>
    </message>
    <message>
        <source>No ip-filter policy applies to API &apos;%1&apos;.</source>
        <translation>Für die API „%1“ gilt keine ip-filter-Richtlinie.</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>%1; the gateway sees your public address (or your proxy&apos;s), not the one on your network card.</source>
        <translation>%1; das Gateway sieht Ihre öffentliche Adresse (oder die Ihres Proxys), nicht die Ihrer Netzwerkkarte.</translation>
    </message>
    <message>
        <source>%1; you came from %2.</source>
        <translation>%1; Sie kamen von %2.</translation>
    </message>
    <message>
        <source>The ip-filter policies let this machine through.</source>
        <translation>Die ip-filter-Richtlinien lassen diesen Rechner durch.</translation>
    </message>
    <message>
        <source>no validate-jwt policy applies to API &apos;%1&apos;; the answer may come from another instance.</source>
        <translation>Keine validate-jwt-Richtlinie gilt für die API „%1“; die Antwort kommt vielleicht von einer anderen Instanz.</translation>
    </message>
    <message>
        <source>token in header %1</source>
        <translation>Token im Header %1</translation>
    </message>
    <message>
        <source>or query parameter %1</source>
        <translation>oder Abfrageparameter %1</translation>
    </message>
    <message>
        <source>audience %1</source>
        <translation>Zielgruppe %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>issuer %1</source>
        <translation>Aussteller %1</translation>
    </message>
    <message>
        <source>validate-jwt on %1 expects</source>
        <translation>validate-jwt für %1 erwartet</translation>
    </message>
    <message>
        <source>validate-jwt on %1 reads the token from the Authorization header, and the request has none.</source>
        <translation>validate-jwt für %1 liest das Token aus dem Authorization-Header, und die Anfrage hat keinen.</translation>
    </message>
    <message>
        <source>validate-jwt on %1 reads the token from header %2, and the request has no such header.</source>
        <translation>validate-jwt für %1 liest das Token aus dem Header %2, und die Anfrage hat keinen solchen Header.</translation>
    </message>
    <message>
        <source>validate-jwt on %1 requires the scheme &quot;%2 &quot; before the token.</source>
        <translation>validate-jwt für %1 verlangt das Schema „%2 “ vor dem Token.</translation>
    </message>
    <message>
        <source>the token expired %1, and validate-jwt on %2 allows a clock skew of %3 s.</source>
        <translation>Das Token ist %1 abgelaufen, und validate-jwt für %2 erlaubt eine Uhrabweichung von %3 s.</translation>
    </message>
    <message>
        <source>validate-jwt on %1 expects audience %2; your token has %3.</source>
        <translation>validate-jwt für %1 erwartet die Zielgruppe %2; Ihr Token hat %3.</translation>
    </message>
    <message>
        <source>The token&apos;s audience is one the policy accepts.</source>
        <translation>Die Richtlinie akzeptiert die Zielgruppe des Tokens.</translation>
    </message>
    <message>
        <source>validate-jwt on %1 expects issuer %2; your token comes from %3.</source>
        <translation>validate-jwt für %1 erwartet den Aussteller %2; Ihr Token stammt von %3.</translation>
    </message>
    <message>
        <source>The token&apos;s issuer is one the policy accepts.</source>
        <translation>Die Richtlinie akzeptiert den Aussteller des Tokens.</translation>
    </message>
    <message>
        <source>No policy in the scopes of this call uses an expression.</source>
        <translation>Keine Richtlinie auf den Ebenen dieses Aufrufs verwendet einen Ausdruck.</translation>
    </message>
    <message>
        <source>Policy expressions in</source>
        <translation>Richtlinienausdrücke in</translation>
    </message>
    <message>
        <source>APIM trace</source>
        <translation>APIM-Ablaufverfolgung</translation>
    </message>
    <message>
        <source>the APIM trace shows %1 (%2) %3.</source>
        <translation>Die APIM-Ablaufverfolgung zeigt %1 (%2) %3.</translation>
    </message>
    <message>
        <source>Failing step</source>
        <translation>Fehlschlagender Schritt</translation>
    </message>
</context>
<context>
    <name>gatehouse::DirectHttp</name>
    <message>
        <source>Operation canceled</source>
        <translation>Vorgang abgebrochen</translation>
    </message>
    <message>
        <source>The request body could not be read to the end (%1 of %2 bytes).</source>
        <translation>Der Anfrage-Body konnte nicht bis zum Ende gelesen werden (%1 von %2 Bytes).</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>Verbindung geschlossen</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>Host %1 not found</source>
        <translation>Host %1 nicht gefunden</translation>
    </message>
    <message>
        <source>%1 closed the connection in the middle of the response headers.</source>
        <translation>%1 hat die Verbindung mitten in den Antwort-Headern geschlossen.</translation>
    </message>
    <message>
        <source>%1 closed the connection after %2 of the %3 bytes its Content-Length announced.</source>
        <translation>%1 hat die Verbindung nach %2 der %3 Bytes geschlossen, die seine Content-Length angekündigt hat.</translation>
    </message>
    <message>
        <source>%1 closed the connection in the middle of a chunked body (after %2 bytes).</source>
        <translation>%1 hat die Verbindung mitten in einem Chunked-Body geschlossen (nach %2 Bytes).</translation>
    </message>
    <message>
        <source>The status line from %1 is longer than %2 bytes.</source>
        <translation>Die Statuszeile von %1 ist länger als %2 Bytes.</translation>
    </message>
    <message>
        <source>The response headers from %1 are larger than %2 MB, more than Gatehouse reads.</source>
        <translation>Die Antwort-Header von %1 sind größer als %2 MB, mehr als Gatehouse liest.</translation>
    </message>
    <message>
        <source>%1 sent a malformed response header line: &quot;%2&quot;.</source>
        <translation>%1 hat eine fehlerhafte Header-Zeile gesendet: „%2“.</translation>
    </message>
    <message>
        <source>a chunk size line is longer than %1 bytes</source>
        <translation>eine Zeile mit einer Chunk-Größe ist länger als %1 Bytes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a chunk size</source>
        <translation>„%1“ ist keine Chunk-Größe</translation>
    </message>
    <message>
        <source>a chunk is longer than its size says (no line end after its data)</source>
        <translation>ein Chunk ist länger als seine Größe angibt (kein Zeilenende nach seinen Daten)</translation>
    </message>
    <message>
        <source>its trailer section is too large</source>
        <translation>sein Trailer-Abschnitt ist zu groß</translation>
    </message>
    <message>
        <source>%1 did not answer with an HTTP/1 status line (it sent &quot;%2&quot;).</source>
        <translation>%1 hat nicht mit einer HTTP/1-Statuszeile geantwortet (gesendet wurde „%2“).</translation>
    </message>
    <message>
        <source>%1 sent a response header that is not valid HTTP: &quot;%2&quot;.</source>
        <translation>%1 hat einen Antwort-Header gesendet, der kein gültiges HTTP ist: „%2“.</translation>
    </message>
    <message>
        <source>%1 sent an invalid Content-Length: &quot;%2&quot;.</source>
        <translation>%1 hat eine ungültige Content-Length gesendet: „%2“.</translation>
    </message>
    <message>
        <source>The chunked body from %1 is malformed: %2.</source>
        <translation>Der Chunked-Body von %1 ist fehlerhaft: %2.</translation>
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
        <source>&apos;%1&apos; is not an http:// or https:// URL.</source>
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
        <source>Cannot read the file &apos;%1&apos; for form field &apos;%2&apos;: %3</source>
        <translation>Die Datei „%1“ für das Formularfeld „%2“ kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>multipart/form-data, parts: %1, %2</source>
        <translation>multipart/form-data, Teile: %1, %2</translation>
    </message>
    <message>
        <source>Cannot read the body file &apos;%1&apos;: %2</source>
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
    <message>
        <source>OAuth 2.0: reused the token from %1 (still valid).</source>
        <translation>OAuth 2.0: Token von %1 wiederverwendet (noch gültig).</translation>
    </message>
    <message>
        <source>There is no valid OAuth 2.0 token from %1 yet: sign in (authorization code) first; nothing was sent.</source>
        <translation>Es gibt noch kein gültiges OAuth-2.0-Token von %1: Melden Sie sich zuerst an (Autorisierungscode); es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>No OAuth 2.0 token from %1 within %2 ms.</source>
        <translation>Kein OAuth-2.0-Token von %1 innerhalb von %2 ms.</translation>
    </message>
    <message>
        <source>OAuth 2.0: got a token from %1, valid until %2.</source>
        <translation>OAuth 2.0: Token von %1 erhalten, gültig bis %2.</translation>
    </message>
    <message>
        <source>OAuth 2.0: got a token from %1.</source>
        <translation>OAuth 2.0: Token von %1 erhalten.</translation>
    </message>
    <message>
        <source>Cannot write the response body to %1: %2</source>
        <translation>Der Antwortinhalt kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot create a temporary file for the response body in %1: %2</source>
        <translation>In %1 kann keine temporäre Datei für den Antwortinhalt angelegt werden: %2</translation>
    </message>
    <message>
        <source>Could not connect to %1 within %2 ms (connect timeout).</source>
        <translation>Keine Verbindung zu %1 innerhalb von %2 ms (Zeitlimit für den Verbindungsaufbau).</translation>
    </message>
    <message>
        <source>%1 sent nothing for %2 ms (transfer timeout).</source>
        <translation>%1 hat %2 ms lang nichts gesendet (Zeitlimit für die Übertragung).</translation>
    </message>
    <message>
        <source>OAuth 2.0: %1 refused the refresh token; asked for a new token with the client credentials.</source>
        <translation>OAuth 2.0: %1 hat das Refresh-Token abgelehnt; mit den Client-Anmeldedaten wurde ein neues Token angefordert.</translation>
    </message>
    <message>
        <source>%1 Sign in again (authorization code); nothing was sent.</source>
        <translation>%1 Melden Sie sich erneut an (Autorisierungscode); es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>OAuth 2.0: refreshed the token at %1.</source>
        <translation>OAuth 2.0: Token bei %1 erneuert.</translation>
    </message>
    <message>
        <source>OAuth 2.0: refreshed the token at %1, valid until %2.</source>
        <translation>OAuth 2.0: Token bei %1 erneuert, gültig bis %2.</translation>
    </message>
    <message>
        <source>certificate verification OFF</source>
        <translation>Zertifikatsprüfung AUS</translation>
    </message>
    <message>
        <source>CA bundle %1</source>
        <translation>CA-Bündel %1</translation>
    </message>
    <message>
        <source>client certificate %1</source>
        <translation>Client-Zertifikat %1</translation>
    </message>
    <message>
        <source>TLS: the settings for %1 from %2 apply: %3.</source>
        <translation>TLS: Es gelten die Einstellungen für %1 aus %2: %3.</translation>
    </message>
    <message>
        <source>the request</source>
        <translation>der Anfrage</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>The response from %1 (status %2) arrived without any headers: either the server sent none, or it sent more header lines than the HTTP parser accepts (100) and all of them were dropped. The response is not shown, because its headers and length are unknown.</source>
        <translation>Die Antwort von %1 (Status %2) kam ohne jeden Header an: Entweder hat der Server keine gesendet, oder er hat mehr Headerzeilen gesendet, als der HTTP-Parser annimmt (100), und alle wurden verworfen. Die Antwort wird nicht angezeigt, weil ihre Header und ihre Länge unbekannt sind.</translation>
    </message>
    <message>
        <source>OAuth 2.0: %1 refused the cached token (401); got a new one and sent the request again.</source>
        <translation>OAuth 2.0: %1 hat das zwischengespeicherte Token abgelehnt (401); ein neues wurde geholt und die Anfrage erneut gesendet.</translation>
    </message>
    <message>
        <source>OAuth 2.0: %1 refused the cached token (401); it was dropped, sign in again.</source>
        <translation>OAuth 2.0: %1 hat das zwischengespeicherte Token abgelehnt (401); es wurde verworfen, melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The response from %1 (status %2) is incomplete: %3</source>
        <translation>Die Antwort von %1 (Status %2) ist unvollständig: %3</translation>
    </message>
</context>
<context>
    <name>gatehouse::ExchangeJson</name>
    <message>
        <source>This is not an exchange as &apos;gatehouse-cli send --json&apos; writes it: it needs a &quot;request&quot; and a &quot;response&quot;.</source>
        <translation>Das ist kein Austausch, wie ihn „gatehouse-cli send --json“ schreibt: Er braucht „request“ und „response“.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ExchangeText</name>
    <message>
        <source>[body: %1]</source>
        <translation>[Inhalt: %1]</translation>
    </message>
    <message>
        <source>[query parameter %1: subscription key from %2]</source>
        <translation>[Query-Parameter %1: Abonnementschlüssel aus %2]</translation>
    </message>
    <message>
        <source>(subscription key from %1)</source>
        <translation>(Abonnementschlüssel aus %1)</translation>
    </message>
</context>
<context>
    <name>gatehouse::ExternalRefs</name>
    <message>
        <source>The $refs nest too deep (over 200 levels).</source>
        <translation>Die $refs sind zu tief verschachtelt (über 200 Ebenen).</translation>
    </message>
    <message>
        <source>the document</source>
        <translation>das Dokument</translation>
    </message>
    <message>
        <source>“%1” is on the network; Gatehouse does not fetch it. It was left out.</source>
        <translation>„%1“ liegt im Netzwerk; Gatehouse lädt es nicht herunter. Es wurde weggelassen.</translation>
    </message>
    <message>
        <source>“%1” is in another file, but the document was not read from a file; it was left out.</source>
        <translation>„%1“ liegt in einer anderen Datei, aber das Dokument wurde nicht aus einer Datei gelesen; es wurde weggelassen.</translation>
    </message>
    <message>
        <source>“%1” refers back to itself (%2); the inner copy was left empty.</source>
        <translation>„%1“ verweist auf sich selbst zurück (%2); die innere Kopie wurde leer gelassen.</translation>
    </message>
    <message>
        <source>“$ref: %1” in %2: %3 has nothing at the JSON pointer “%4”.</source>
        <translation>„$ref: %1“ (Quelle: %2): %3 enthält nichts unter dem JSON Pointer „%4“.</translation>
    </message>
    <message>
        <source>“$ref: %1” in %2: %3 is not a JSON or YAML file.</source>
        <translation>„$ref: %1“ (Quelle: %2): %3 ist keine JSON- oder YAML-Datei.</translation>
    </message>
    <message>
        <source>“$ref: %1” in %2: cannot read %3: %4</source>
        <translation>„$ref: %1“ (Quelle: %2): %3 kann nicht gelesen werden: %4</translation>
    </message>
    <message>
        <source>“$ref: %1” in %2: %3: %4</source>
        <translation>„$ref: %1“ (Quelle: %2): %3: %4</translation>
    </message>
    <message>
        <source>“$ref: %1” in %2: %3 holds no JSON or YAML object.</source>
        <translation>„$ref: %1“ (Quelle: %2): %3 enthält kein JSON- oder YAML-Objekt.</translation>
    </message>
</context>
<context>
    <name>gatehouse::FileSecretStore</name>
    <message>
        <source>the file %1 (readable only by you)</source>
        <translation>die Datei %1 (nur für Sie lesbar)</translation>
    </message>
    <message>
        <source>Cannot read the secret store %1: %2</source>
        <translation>Der Geheimnisspeicher %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the secret store.</source>
        <translation>Der Ordner %1 für den Geheimnisspeicher kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write the secret store %1: %2</source>
        <translation>Der Geheimnisspeicher %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>gatehouse::FindingFormat</name>
    <message>
        <source>Likely causes:</source>
        <translation>Wahrscheinliche Ursachen:</translation>
    </message>
    <message>
        <source>Confirm: %1</source>
        <translation>Bestätigen: %1</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Beheben: %1</translation>
    </message>
    <message>
        <source>(confirmed)</source>
        <translation>(bestätigt)</translation>
    </message>
    <message>
        <source>(ruled out)</source>
        <translation>(ausgeschlossen)</translation>
    </message>
</context>
<context>
    <name>gatehouse::FormDataTableModel</name>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Part</source>
        <translation>Teil</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Value or File</source>
        <translation>Wert oder Datei</translation>
    </message>
    <message>
        <source>Content-Type</source>
        <translation>Content-Type</translation>
    </message>
</context>
<context>
    <name>gatehouse::HarImport</name>
    <message>
        <source>The file part “%1” refers to “%2”: choose the file before sending.</source>
        <translation>Der Dateiteil „%1“ verweist auf „%2“: Wählen Sie die Datei vor dem Senden aus.</translation>
    </message>
    <message>
        <source>The base64-encoded body was imported as text.</source>
        <translation>Der base64-kodierte Inhalt wurde als Text importiert.</translation>
    </message>
    <message>
        <source>Not valid JSON: %1</source>
        <translation>Kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>HAR import</source>
        <translation>HAR-Import</translation>
    </message>
    <message>
        <source>Not a HAR file: it needs “log” with “entries”.</source>
        <translation>Keine HAR-Datei: Sie braucht „log“ mit „entries“.</translation>
    </message>
    <message>
        <source>HAR from %1</source>
        <translation>HAR aus %1</translation>
    </message>
    <message>
        <source>The entry has no request with a URL and was skipped.</source>
        <translation>Der Eintrag hat keine Anfrage mit URL und wurde übersprungen.</translation>
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
    <name>gatehouse::HistoryStore</name>
    <message>
        <source>The history file %1 cannot be used: %2</source>
        <translation>Die Verlaufsdatei %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>its folder cannot be created</source>
        <translation>ihr Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>it cannot be removed</source>
        <translation>sie kann nicht entfernt werden</translation>
    </message>
</context>
<context>
    <name>gatehouse::HttpFileExport</name>
    <message>
        <source>Scripts have no place in a .http file and were not exported.</source>
        <translation>Skripte haben in einer .http-Datei keinen Platz und wurden nicht exportiert.</translation>
    </message>
    <message>
        <source>Folder variables have no place in a .http file and were not exported.</source>
        <translation>Ordnervariablen haben in einer .http-Datei keinen Platz und wurden nicht exportiert.</translation>
    </message>
    <message>
        <source>TLS verification is off for this request; a .http file cannot say so.</source>
        <translation>Die TLS-Prüfung ist für diese Anfrage abgeschaltet; eine .http-Datei kann das nicht ausdrücken.</translation>
    </message>
    <message>
        <source>OAuth 2.0 is exported as a bearer token header; get the token yourself.</source>
        <translation>OAuth 2.0 wird als Bearer-Token-Header exportiert; das Token müssen Sie selbst beziehen.</translation>
    </message>
    <message>
        <source>OAuth 1.0 cannot be written in an .http file; the request is exported without it.</source>
        <translation>OAuth 1.0 lässt sich nicht in einer .http-Datei ausdrücken; die Anfrage wird ohne exportiert.</translation>
    </message>
</context>
<context>
    <name>gatehouse::HttpFileImport</name>
    <message>
        <source>“%1” is no request line; the block was skipped.</source>
        <translation>„%1“ ist keine Anfragezeile; der Block wurde übersprungen.</translation>
    </message>
    <message>
        <source>The line “%1” is no header and was dropped.</source>
        <translation>Die Zeile „%1“ ist kein Header und wurde verworfen.</translation>
    </message>
    <message>
        <source>REST Client&apos;s “%1” auth is not supported; the header is kept as written.</source>
        <translation>Die „%1“-Authentifizierung von REST Client wird nicht unterstützt; der Header bleibt, wie er ist.</translation>
    </message>
    <message>
        <source>JetBrains response handlers and references are not imported.</source>
        <translation>Antwort-Handler und -Verweise von JetBrains werden nicht importiert.</translation>
    </message>
    <message>
        <source>Variables in the body file are not resolved; it is sent as it is.</source>
        <translation>Variablen in der Inhaltsdatei werden nicht aufgelöst; sie wird unverändert gesendet.</translation>
    </message>
    <message>
        <source>A file included in a multipart body (“%1”) is sent as the text “%1”, not the file&apos;s contents.</source>
        <translation>Eine in einen Multipart-Inhalt eingebundene Datei („%1“) wird als Text „%1“ gesendet, nicht mit dem Inhalt der Datei.</translation>
    </message>
    <message>
        <source>The variable refers to another request&apos;s response; set it with a script instead.</source>
        <translation>Die Variable verweist auf die Antwort einer anderen Anfrage; setzen Sie sie stattdessen mit einem Skript.</translation>
    </message>
    <message>
        <source>Not an HTTP requests file: no request line found.</source>
        <translation>Keine HTTP-Anfragedatei: keine Anfragezeile gefunden.</translation>
    </message>
</context>
<context>
    <name>gatehouse::Importer</name>
    <message>
        <source>The format of %1 is not one Gatehouse imports (%2); name it with --format.</source>
        <translation>Das Format von %1 ist keines, das Gatehouse importiert (%2); geben Sie es mit --format an.</translation>
    </message>
    <message>
        <source>the input</source>
        <translation>der Eingabe</translation>
    </message>
    <message>
        <source>curl import</source>
        <translation>curl-Import</translation>
    </message>
    <message>
        <source>HTTP requests</source>
        <translation>HTTP-Anfragen</translation>
    </message>
    <message>
        <source>This format cannot be imported yet.</source>
        <translation>Dieses Format kann noch nicht importiert werden.</translation>
    </message>
</context>
<context>
    <name>gatehouse::InsomniaImport</name>
    <message>
        <source>Template tags ({% … %}) are not supported; they are kept as written.</source>
        <translation>Template-Tags ({% … %}) werden nicht unterstützt; sie bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>The token prefix “%1” is not supported; “Bearer” is sent.</source>
        <translation>Das Token-Präfix „%1“ wird nicht unterstützt; „Bearer“ wird gesendet.</translation>
    </message>
    <message>
        <source>An API key in a cookie is sent as a header instead.</source>
        <translation>Ein API-Schlüssel in einem Cookie wird stattdessen als Header gesendet.</translation>
    </message>
    <message>
        <source>“%1” auth is not supported; the request has no auth.</source>
        <translation>„%1“-Authentifizierung wird nicht unterstützt; die Anfrage hat keine Authentifizierung.</translation>
    </message>
    <message>
        <source>Untitled request</source>
        <translation>Unbenannte Anfrage</translation>
    </message>
    <message>
        <source>Insomnia scripts use another API than Postman&apos;s; they were not imported.</source>
        <translation>Insomnia-Skripte verwenden eine andere API als die von Postman; sie wurden nicht importiert.</translation>
    </message>
    <message>
        <source>%1 requests are not supported and were skipped.</source>
        <translation>%1-Anfragen werden nicht unterstützt und wurden übersprungen.</translation>
    </message>
    <message>
        <source>Not valid JSON: %1</source>
        <translation>Kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>Not an Insomnia export (it needs “_type”: “export” and “resources”).</source>
        <translation>Kein Insomnia-Export (er braucht „_type“: „export“ und „resources“).</translation>
    </message>
    <message>
        <source>Only Insomnia export format 4 is supported; this file has format %1.</source>
        <translation>Nur das Insomnia-Exportformat 4 wird unterstützt; diese Datei hat Format %1.</translation>
    </message>
    <message>
        <source>Insomnia import</source>
        <translation>Insomnia-Import</translation>
    </message>
    <message>
        <source>Insomnia&apos;s “%1” items are not imported.</source>
        <translation>Insomnias „%1“-Elemente werden nicht importiert.</translation>
    </message>
    <message>
        <source>The OAuth 1.0 signature method “%1” is not supported; sending the request will fail until another is chosen.</source>
        <translation>Die OAuth-1.0-Signaturmethode „%1“ wird nicht unterstützt; das Senden der Anfrage schlägt fehl, bis eine andere gewählt ist.</translation>
    </message>
</context>
<context>
    <name>gatehouse::IterationData</name>
    <message>
        <source>The data file is not valid JSON: %1 (at offset %2).</source>
        <translation>Die Datendatei ist kein gültiges JSON: %1 (bei Position %2).</translation>
    </message>
    <message>
        <source>The data file must hold a JSON array of objects.</source>
        <translation>Die Datendatei muss ein JSON-Array von Objekten enthalten.</translation>
    </message>
    <message>
        <source>The data file %1 does not exist.</source>
        <translation>Die Datendatei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot read the data file %1: %2</source>
        <translation>Die Datendatei %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>gatehouse::JsonPath</name>
    <message>
        <source>“%1” is no JSONPath expression Gatehouse understands: %2 (at character %3).</source>
        <translation>„%1“ ist kein JSONPath-Ausdruck, den Gatehouse versteht: %2 (bei Zeichen %3).</translation>
    </message>
    <message>
        <source>a name is missing after “.”</source>
        <translation>nach „.“ fehlt ein Name</translation>
    </message>
    <message>
        <source>“%1” was not expected</source>
        <translation>„%1“ wurde nicht erwartet</translation>
    </message>
    <message>
        <source>filter expressions are not supported</source>
        <translation>Filterausdrücke werden nicht unterstützt</translation>
    </message>
    <message>
        <source>a quoted name is not closed</source>
        <translation>ein Name in Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <source>an index, a quoted name, * or a slice was expected</source>
        <translation>ein Index, ein Name in Anführungszeichen, * oder ein Slice wurde erwartet</translation>
    </message>
    <message>
        <source>“[” is not closed</source>
        <translation>„[“ ist nicht geschlossen</translation>
    </message>
</context>
<context>
    <name>gatehouse::JunitReporter</name>
    <message>
        <source>%1 (iteration %2)</source>
        <translation>%1 (Durchlauf %2)</translation>
    </message>
    <message>
        <source>request</source>
        <translation>Anfrage</translation>
    </message>
</context>
<context>
    <name>gatehouse::KeyValueTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>gatehouse::KeychainSecretStore</name>
    <message>
        <source>The keychain cannot be used: %1</source>
        <translation>Der Schlüsselbund kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Gatehouse&apos;s keychain entry is damaged; it was left as it is.</source>
        <translation>Der Schlüsselbund-Eintrag von Gatehouse ist beschädigt; er wurde unverändert gelassen.</translation>
    </message>
    <message>
        <source>The keychain has not been opened.</source>
        <translation>Der Schlüsselbund wurde noch nicht geöffnet.</translation>
    </message>
    <message>
        <source>the system keychain (entry “%1” of “%2”)</source>
        <translation>der Schlüsselbund des Systems (Eintrag „%1“ von „%2“)</translation>
    </message>
    <message>
        <source>Saving to the keychain failed: %1</source>
        <translation>Speichern im Schlüsselbund fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>gatehouse::ManagementClient</name>
    <message>
        <source>Cannot reach the management endpoint %1: %2</source>
        <translation>Der Verwaltungsendpunkt %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The management API rejected the access token (HTTP 401, %1): it has expired, or it was issued for another tenant or resource. Get a new token for %2.</source>
        <translation>Die Verwaltungs-API hat das Zugriffstoken abgelehnt (HTTP 401, %1): Es ist abgelaufen oder wurde für einen anderen Mandanten oder eine andere Ressource ausgestellt. Holen Sie ein neues Token für %2.</translation>
    </message>
    <message>
        <source>Your account may not read subscription keys (HTTP 403, %1). Matching the key needs a role with Microsoft.ApiManagement/service/subscriptions/listSecrets/action, such as &quot;API Management Service Contributor&quot;, on the service.</source>
        <translation>Ihr Konto darf keine Abonnementschlüssel lesen (HTTP 403, %1). Um den Schlüssel zuzuordnen, braucht es auf dem Dienst eine Rolle mit Microsoft.ApiManagement/service/subscriptions/listSecrets/action, etwa „API Management Service Contributor“.</translation>
    </message>
    <message>
        <source>Your account may not read this APIM service (HTTP 403, %1). Reading its configuration needs at least the &quot;API Management Service Reader Role&quot; (or Reader) on the service.</source>
        <translation>Ihr Konto darf diesen APIM-Dienst nicht lesen (HTTP 403, %1). Um seine Konfiguration zu lesen, braucht es auf dem Dienst mindestens die Rolle „API Management Service Reader Role“ (oder Reader).</translation>
    </message>
    <message>
        <source>The management API does not know %1 (HTTP 404, %2): check the subscription id, resource group and service name.</source>
        <translation>Die Verwaltungs-API kennt %1 nicht (HTTP 404, %2): Prüfen Sie Abonnement-ID, Ressourcengruppe und Dienstnamen.</translation>
    </message>
    <message>
        <source>The management API answered HTTP %1 for %2: %3</source>
        <translation>Die Verwaltungs-API hat auf %2 mit HTTP %1 geantwortet: %3</translation>
    </message>
    <message>
        <source>The management API answered %1 with something that is not JSON.</source>
        <translation>Die Verwaltungs-API hat auf %1 mit etwas geantwortet, das kein JSON ist.</translation>
    </message>
    <message>
        <source>The management connection is incomplete: it needs the Azure subscription id, the resource group and the service name.</source>
        <translation>Die Verwaltungsverbindung ist unvollständig: Sie braucht die Azure-Abonnement-ID, die Ressourcengruppe und den Dienstnamen.</translation>
    </message>
    <message>
        <source>Only the first %1 subscriptions were checked for the key.</source>
        <translation>Nur die ersten %1 Abonnements wurden auf den Schlüssel geprüft.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ManagementConnection</name>
    <message>
        <source>APIM management subscription id</source>
        <translation>Abonnement-ID der APIM-Verwaltung</translation>
    </message>
    <message>
        <source>APIM management resource group</source>
        <translation>Ressourcengruppe der APIM-Verwaltung</translation>
    </message>
    <message>
        <source>APIM management service name</source>
        <translation>Dienstname der APIM-Verwaltung</translation>
    </message>
    <message>
        <source>APIM management endpoint</source>
        <translation>Endpunkt der APIM-Verwaltung</translation>
    </message>
    <message>
        <source>APIM management token</source>
        <translation>Token der APIM-Verwaltung</translation>
    </message>
    <message>
        <source>The management token variable has no value on this machine.</source>
        <translation>Die Variable für das Verwaltungstoken hat auf diesem Rechner keinen Wert.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ManagementSnapshot</name>
    <message>
        <source>all-access</source>
        <translation>Vollzugriff</translation>
    </message>
    <message>
        <source>all APIs</source>
        <translation>alle APIs</translation>
    </message>
    <message>
        <source>API %1</source>
        <translation>API %1</translation>
    </message>
    <message>
        <source>product %1</source>
        <translation>Produkt %1</translation>
    </message>
    <message>
        <source>unknown scope</source>
        <translation>unbekannter Bereich</translation>
    </message>
</context>
<context>
    <name>gatehouse::ManagementToken</name>
    <message>
        <source>The environment variable %1 (for the management access token) is not set.</source>
        <translation>Die Umgebungsvariable %1 (für das Zugriffstoken der Verwaltungs-API) ist nicht gesetzt.</translation>
    </message>
    <message>
        <source>The environment variable %1 (for the management access token) is empty.</source>
        <translation>Die Umgebungsvariable %1 (für das Zugriffstoken der Verwaltungs-API) ist leer.</translation>
    </message>
    <message>
        <source>The Azure CLI (az) is not installed or not on PATH. Install it and run &apos;az login&apos;, or use another token source.</source>
        <translation>Die Azure CLI (az) ist nicht installiert oder nicht im PATH. Installieren Sie sie und führen Sie „az login“ aus, oder verwenden Sie eine andere Token-Quelle.</translation>
    </message>
    <message>
        <source>The Azure CLI could not get a token (exit code %1): %2</source>
        <translation>Die Azure CLI konnte kein Token beziehen (Exit-Code %1): %2</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>keine Meldung</translation>
    </message>
    <message>
        <source>The Azure CLI answered without an access token.</source>
        <translation>Die Azure CLI hat ohne Zugriffstoken geantwortet.</translation>
    </message>
    <message>
        <source>The Azure CLI could not be started: %1</source>
        <translation>Die Azure CLI konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Microsoft Entra ID did not start the device sign-in (%1): %2</source>
        <translation>Microsoft Entra ID hat die Geräteanmeldung nicht gestartet (%1): %2</translation>
    </message>
    <message>
        <source>The device sign-in code expired before the sign-in was completed.</source>
        <translation>Der Code für die Geräteanmeldung ist abgelaufen, bevor die Anmeldung abgeschlossen wurde.</translation>
    </message>
    <message>
        <source>The sign-in was declined.</source>
        <translation>Die Anmeldung wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Microsoft Entra ID refused the sign-in (%1): %2</source>
        <translation>Microsoft Entra ID hat die Anmeldung abgewiesen (%1): %2</translation>
    </message>
</context>
<context>
    <name>gatehouse::MemorySecretStore</name>
    <message>
        <source>memory (forgotten when Gatehouse quits)</source>
        <translation>Arbeitsspeicher (vergessen, wenn Gatehouse beendet wird)</translation>
    </message>
</context>
<context>
    <name>gatehouse::OAuth1</name>
    <message>
        <source>The OAuth 1.0 signature method “%1” is not supported; use HMAC-SHA1, HMAC-SHA256, HMAC-SHA512 or PLAINTEXT.</source>
        <translation>Die OAuth-1.0-Signaturmethode „%1“ wird nicht unterstützt; verwenden Sie HMAC-SHA1, HMAC-SHA256, HMAC-SHA512 oder PLAINTEXT.</translation>
    </message>
</context>
<context>
    <name>gatehouse::OAuth2</name>
    <message>
        <source>Cannot get an OAuth 2.0 token from %1: %2</source>
        <translation>Von %1 kann kein OAuth-2.0-Token bezogen werden: %2</translation>
    </message>
    <message>
        <source>The token endpoint %1 refused the request (HTTP %2): %3</source>
        <translation>Der Token-Endpunkt %1 hat die Anfrage abgelehnt (HTTP %2): %3</translation>
    </message>
    <message>
        <source>The token endpoint %1 refused the request (HTTP %2): %3: %4</source>
        <translation>Der Token-Endpunkt %1 hat die Anfrage abgelehnt (HTTP %2): %3: %4</translation>
    </message>
    <message>
        <source>The token endpoint %1 answered HTTP %2 instead of a token.</source>
        <translation>Der Token-Endpunkt %1 hat mit HTTP %2 statt mit einem Token geantwortet.</translation>
    </message>
    <message>
        <source>The token endpoint %1 answered without an access_token.</source>
        <translation>Der Token-Endpunkt %1 hat ohne access_token geantwortet.</translation>
    </message>
    <message>
        <source>The request has no OAuth 2.0 settings.</source>
        <translation>Die Anfrage hat keine OAuth-2.0-Einstellungen.</translation>
    </message>
    <message>
        <source>The authorization code grant needs a sign-in in the browser.</source>
        <translation>Der Grant-Typ Autorisierungscode braucht eine Anmeldung im Browser.</translation>
    </message>
</context>
<context>
    <name>gatehouse::OAuth2AuthorizationCode</name>
    <message>
        <source>Cannot listen on 127.0.0.1 port %1 for the sign-in redirect.</source>
        <translation>Für die Weiterleitung nach der Anmeldung kann nicht auf 127.0.0.1, Port %1, gewartet werden.</translation>
    </message>
    <message>
        <source>Signed in. You can close this tab and return to Gatehouse.</source>
        <translation>Angemeldet. Sie können diesen Tab schließen und zu Gatehouse zurückkehren.</translation>
    </message>
    <message>
        <source>There is no way to open a browser here; open this address yourself: %1</source>
        <translation>Hier lässt sich kein Browser öffnen; öffnen Sie diese Adresse selbst: %1</translation>
    </message>
    <message>
        <source>The authorization server %1 refused the sign-in: %2</source>
        <translation>Der Autorisierungsserver %1 hat die Anmeldung abgelehnt: %2</translation>
    </message>
    <message>
        <source>The authorization server %1 refused the sign-in: %2: %3</source>
        <translation>Der Autorisierungsserver %1 hat die Anmeldung abgelehnt: %2: %3</translation>
    </message>
    <message>
        <source>Cannot get an OAuth 2.0 token from %1.</source>
        <translation>Von %1 ist kein OAuth-2.0-Token zu bekommen.</translation>
    </message>
    <message numerus="yes">
        <source>The browser sign-in was not completed within %n minute(s); try again.</source>
        <translation>
            <numerusform>Die Anmeldung im Browser wurde nicht innerhalb von %n Minute abgeschlossen; versuchen Sie es erneut.</numerusform>
            <numerusform>Die Anmeldung im Browser wurde nicht innerhalb von %n Minuten abgeschlossen; versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The browser sign-in was not completed within %n second(s); try again.</source>
        <translation>
            <numerusform>Die Anmeldung im Browser wurde nicht innerhalb von %n Sekunde abgeschlossen; versuchen Sie es erneut.</numerusform>
            <numerusform>Die Anmeldung im Browser wurde nicht innerhalb von %n Sekunden abgeschlossen; versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The browser sign-in was cancelled.</source>
        <translation>Die Anmeldung im Browser wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>gatehouse::OpenApiImport</name>
    <message>
        <source>Only the first security requirement was imported.</source>
        <translation>Nur die erste Sicherheitsanforderung wurde importiert.</translation>
    </message>
    <message>
        <source>The security scheme “%1” (%2) is not supported.</source>
        <translation>Das Sicherheitsschema „%1“ (%2) wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>No XML example is given; the body is left for you to write.</source>
        <translation>Es gibt kein XML-Beispiel; der Inhalt bleibt Ihnen überlassen.</translation>
    </message>
    <message>
        <source>Callbacks are requests the server makes; they were not imported.</source>
        <translation>Callbacks sind Anfragen, die der Server stellt; sie wurden nicht importiert.</translation>
    </message>
    <message>
        <source>Not valid JSON: %1</source>
        <translation>Kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>Not an OpenAPI 3 or Swagger 2 document (it needs “openapi” or “swagger”).</source>
        <translation>Kein OpenAPI-3- oder Swagger-2-Dokument (es braucht „openapi“ oder „swagger“).</translation>
    </message>
    <message>
        <source>OpenAPI import</source>
        <translation>OpenAPI-Import</translation>
    </message>
    <message>
        <source>The document names no server; {{baseUrl}} is http://localhost.</source>
        <translation>Das Dokument nennt keinen Server; {{baseUrl}} ist http://localhost.</translation>
    </message>
    <message>
        <source>Webhooks are requests the API makes; they were not imported.</source>
        <translation>Webhooks sind Anfragen, die die API stellt; sie wurden nicht importiert.</translation>
    </message>
    <message>
        <source>The body is a file (%1): choose it before sending.</source>
        <translation>Der Inhalt ist eine Datei (%1): Wählen Sie sie vor dem Senden aus.</translation>
    </message>
</context>
<context>
    <name>gatehouse::Playground</name>
    <message>
        <source>Playground</source>
        <translation>Playground</translation>
    </message>
    <message>
        <source>Contoso Coffee</source>
        <translation>Contoso Coffee</translation>
    </message>
    <message>
        <source>A small API Management service, simulated on your machine. Every request here is sent with the environment&apos;s Starter subscription key (the collection&apos;s auth), unless it says otherwise. Send each one and read what the APIM Inspector says.</source>
        <translation>Ein kleiner API-Management-Dienst, simuliert auf Ihrem Rechner. Jede Anfrage hier wird mit dem Starter-Abonnementschlüssel der Umgebung gesendet (der Authentifizierung der Sammlung), sofern sie nichts anderes angibt. Senden Sie jede einzeln und lesen Sie, was der APIM-Inspektor dazu sagt.</translation>
    </message>
    <message>
        <source>1 · Requests that work</source>
        <translation>1 · Anfragen, die funktionieren</translation>
    </message>
    <message>
        <source>Menu (open API, no key needed)</source>
        <translation>Menu (offene API, kein Schlüssel nötig)</translation>
    </message>
    <message>
        <source>The Menu API is in an open product: anyone may call it without a key. Expect 200.</source>
        <translation>Die API Menu ist in einem offenen Produkt: Jeder darf sie ohne Schlüssel aufrufen. Erwartet: 200.</translation>
    </message>
    <message>
        <source>List orders (Starter key)</source>
        <translation>Bestellungen auflisten (Starter-Schlüssel)</translation>
    </message>
    <message>
        <source>The Orders API is in the Starter product, and the key belongs to a Starter subscription. Expect 200. Look at Timeline and Request sent.</source>
        <translation>Die API Orders ist im Produkt Starter, und der Schlüssel gehört zu einem Starter-Abonnement. Erwartet: 200. Sehen Sie sich „Zeitachse“ und „Anfrage gesendet“ an.</translation>
    </message>
    <message>
        <source>Echo a resource</source>
        <translation>Eine Ressource zurückgeben lassen</translation>
    </message>
    <message>
        <source>The Echo API answers with what it received: see how the key arrived.</source>
        <translation>Die API Echo antwortet mit dem, was sie empfangen hat: Sehen Sie, wie der Schlüssel angekommen ist.</translation>
    </message>
    <message>
        <source>2 · Classic APIM failures</source>
        <translation>2 · Klassische APIM-Fehler</translation>
    </message>
    <message>
        <source>Loyalty points — the API in no product</source>
        <translation>Treuepunkte — die API in keinem Produkt</translation>
    </message>
    <message>
        <source>The classic: the Loyalty API was published but never added to a product. The key is valid, yet the gateway answers 401 &quot;invalid subscription key&quot;. The inspector names this as the most likely cause.</source>
        <translation>Der Klassiker: Die API Loyalty wurde veröffentlicht, aber nie zu einem Produkt hinzugefügt. Der Schlüssel ist gültig, trotzdem antwortet das Gateway mit 401 „invalid subscription key“. Der Inspektor nennt dies als wahrscheinlichste Ursache.</translation>
    </message>
    <message>
        <source>Key under the wrong header</source>
        <translation>Schlüssel im falschen Header</translation>
    </message>
    <message>
        <source>The key is sent as api-key (an Azure OpenAI habit), which APIM does not read: 401 &quot;missing subscription key&quot;. Use the inspector&apos;s fix, then send again.</source>
        <translation>Der Schlüssel wird als api-key gesendet (eine Gewohnheit von Azure OpenAI), den APIM nicht liest: 401 „missing subscription key“. Wenden Sie die Korrektur des Inspektors an und senden Sie erneut.</translation>
    </message>
    <message>
        <source>No key at all</source>
        <translation>Gar kein Schlüssel</translation>
    </message>
    <message>
        <source>The Orders API requires a subscription and no open product contains it: 401 &quot;missing subscription key&quot;.</source>
        <translation>Die API Orders verlangt ein Abonnement, und kein offenes Produkt enthält sie: 401 „missing subscription key“.</translation>
    </message>
    <message>
        <source>Typo in the path</source>
        <translation>Tippfehler im Pfad</translation>
    </message>
    <message>
        <source>No API has the suffix shop/order: 404 &quot;Resource not found&quot;, before the key is even looked at.</source>
        <translation>Keine API hat das Suffix shop/order: 404 „Resource not found“, noch bevor der Schlüssel überhaupt geprüft wird.</translation>
    </message>
    <message>
        <source>Wrong method</source>
        <translation>Falsche Methode</translation>
    </message>
    <message>
        <source>The Menu API has no DELETE operation. APIM answers 404, never 405.</source>
        <translation>Die API Menu hat keine DELETE-Operation. APIM antwortet mit 404, nie mit 405.</translation>
    </message>
    <message>
        <source>Stores without the version header</source>
        <translation>Stores ohne Versions-Header</translation>
    </message>
    <message>
        <source>The Stores API is versioned by the Api-Version header. Without it nothing matches: 404. Add the header Api-Version: v1 and send again.</source>
        <translation>Die API Stores wird über den Header Api-Version versioniert. Ohne ihn passt nichts: 404. Fügen Sie den Header Api-Version: v1 hinzu und senden Sie erneut.</translation>
    </message>
    <message>
        <source>A suspended subscription&apos;s key</source>
        <translation>Schlüssel eines ausgesetzten Abonnements</translation>
    </message>
    <message>
        <source>This key belongs to a suspended subscription: 401 &quot;invalid subscription key&quot;, the same answer as for an unknown key.</source>
        <translation>Dieser Schlüssel gehört zu einem ausgesetzten Abonnement: 401 „invalid subscription key“, dieselbe Antwort wie bei einem unbekannten Schlüssel.</translation>
    </message>
    <message>
        <source>Rate limit (send it six times)</source>
        <translation>Ratenlimit (sechsmal senden)</translation>
    </message>
    <message>
        <source>The Starter product allows 5 calls per minute. Send this six times quickly: 429, with the seconds to wait.</source>
        <translation>Das Produkt Starter erlaubt 5 Aufrufe pro Minute. Senden Sie diese Anfrage sechsmal schnell hintereinander: 429, mit der Wartezeit in Sekunden.</translation>
    </message>
    <message>
        <source>Backend down</source>
        <translation>Backend ausgefallen</translation>
    </message>
    <message>
        <source>The gateway cannot reach this operation&apos;s backend: 500 &quot;Internal server error&quot; with an activity ID. (With the Starter key you may get 401 first: the Partners API is in the Partner product only.)</source>
        <translation>Das Gateway erreicht das Backend dieser Operation nicht: 500 „Internal server error“ mit einer Aktivitäts-ID. (Mit dem Starter-Schlüssel erhalten Sie eventuell zuerst 401: Die API Partners ist nur im Produkt Partner.)</translation>
    </message>
    <message>
        <source>Admin API without a token</source>
        <translation>Admin-API ohne Token</translation>
    </message>
    <message>
        <source>The Admin API needs no key but validates a JWT: 401 &quot;JWT not present.&quot;</source>
        <translation>Die API Admin braucht keinen Schlüssel, prüft aber ein JWT: 401 „JWT not present.“</translation>
    </message>
</context>
<context>
    <name>gatehouse::PostmanExport</name>
    <message>
        <source>The value of the secret variable “%1” is not exported.</source>
        <translation>Der Wert der geheimen Variable „%1“ wird nicht exportiert.</translation>
    </message>
    <message>
        <source>The APIM subscription key auth is exported as an API key auth.</source>
        <translation>Die APIM-Abonnementschlüssel-Authentifizierung wird als API-Schlüssel-Authentifizierung exportiert.</translation>
    </message>
    <message>
        <source>The OAuth 2.0 access token is not exported.</source>
        <translation>Das OAuth-2.0-Zugriffstoken wird nicht exportiert.</translation>
    </message>
    <message>
        <source>Postman has no per-request timeout; it is not exported.</source>
        <translation>Postman kennt kein Zeitlimit pro Anfrage; es wird nicht exportiert.</translation>
    </message>
    <message>
        <source>The method %1 is not one the Postman Collection v2.1 schema lists; Postman reads it, strict validators do not.</source>
        <translation>Die Methode %1 steht nicht im Schema von Postman Collection v2.1; Postman liest sie, strenge Validatoren nicht.</translation>
    </message>
    <message>
        <source>A Postman Collection v2.1 folder needs at least one request; the empty folder was left out.</source>
        <translation>Ein Ordner einer Postman Collection v2.1 braucht mindestens eine Anfrage; der leere Ordner wurde weggelassen.</translation>
    </message>
    <message>
        <source>A Postman Collection v2.1 needs at least one request; Postman reads the empty one, strict validators do not.</source>
        <translation>Eine Postman Collection v2.1 braucht mindestens eine Anfrage; Postman liest eine leere, strenge Validatoren nicht.</translation>
    </message>
</context>
<context>
    <name>gatehouse::PostmanImport</name>
    <message>
        <source>Not valid JSON (line %1: %2).</source>
        <translation>Kein gültiges JSON (Zeile %1: %2).</translation>
    </message>
    <message>
        <source>Not a Postman file: the JSON is not an object.</source>
        <translation>Keine Postman-Datei: Das JSON ist kein Objekt.</translation>
    </message>
    <message>
        <source>A variable without a name was skipped.</source>
        <translation>Eine Variable ohne Namen wurde übersprungen.</translation>
    </message>
    <message>
        <source>A disabled “%1” script was not imported.</source>
        <translation>Ein deaktiviertes „%1“-Skript wurde nicht importiert.</translation>
    </message>
    <message>
        <source>A script loaded from a URL was not imported.</source>
        <translation>Ein von einer URL geladenes Skript wurde nicht importiert.</translation>
    </message>
    <message>
        <source>Scripts for the “%1” event are not supported.</source>
        <translation>Skripte für das Ereignis „%1“ werden nicht unterstützt.</translation>
    </message>
    <message>
        <source>The OAuth 2.0 token goes into the Authorization header, not the query.</source>
        <translation>Das OAuth-2.0-Token wird im Authorization-Header gesendet, nicht in der Query.</translation>
    </message>
    <message>
        <source>“%1” auth is not supported; the item has no auth.</source>
        <translation>Authentifizierung „%1“ wird nicht unterstützt; das Element hat keine Authentifizierung.</translation>
    </message>
    <message>
        <source>The path variable “:%1” was replaced by its value.</source>
        <translation>Die Pfadvariable „:%1“ wurde durch ihren Wert ersetzt.</translation>
    </message>
    <message>
        <source>The URL fragment “%1” is not sent and was dropped.</source>
        <translation>Das URL-Fragment „%1“ wird nicht gesendet und wurde entfernt.</translation>
    </message>
    <message>
        <source>Only the first of %1 files of part “%2” was imported.</source>
        <translation>Nur die erste von %1 Dateien des Teils „%2“ wurde importiert.</translation>
    </message>
    <message>
        <source>The file part “%1” has no file chosen.</source>
        <translation>Für den Dateiteil „%1“ ist keine Datei gewählt.</translation>
    </message>
    <message>
        <source>The binary body has no file chosen.</source>
        <translation>Für den binären Body ist keine Datei gewählt.</translation>
    </message>
    <message>
        <source>The body mode “%1” is not supported; the request has no body.</source>
        <translation>Der Body-Modus „%1“ wird nicht unterstützt; die Anfrage hat keinen Body.</translation>
    </message>
    <message>
        <source>Untitled request</source>
        <translation>Unbenannte Anfrage</translation>
    </message>
    <message>
        <source>Per-request proxy settings are not supported.</source>
        <translation>Proxy-Einstellungen pro Anfrage werden nicht unterstützt.</translation>
    </message>
    <message>
        <source>Per-request client certificates are not supported.</source>
        <translation>Client-Zertifikate pro Anfrage werden nicht unterstützt.</translation>
    </message>
    <message>
        <source>This setting is not supported and was dropped.</source>
        <translation>Diese Einstellung wird nicht unterstützt und wurde entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>%n saved example response(s) were not imported.</source>
        <translation>
            <numerusform>%n gespeicherte Beispielantwort wurde nicht importiert.</numerusform>
            <numerusform>%n gespeicherte Beispielantworten wurden nicht importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled folder</source>
        <translation>Unbenannter Ordner</translation>
    </message>
    <message>
        <source>Imported collection</source>
        <translation>Importierte Sammlung</translation>
    </message>
    <message>
        <source>Not a Postman collection (a v2 collection needs “info” and “item”, a v1 collection “requests”).</source>
        <translation>Keine Postman-Sammlung (eine v2-Sammlung braucht „info“ und „item“, eine v1-Sammlung „requests“).</translation>
    </message>
    <message>
        <source>Not a Postman environment or globals file (it needs “values”).</source>
        <translation>Keine Postman-Umgebungs- oder Globals-Datei (sie braucht „values“).</translation>
    </message>
    <message>
        <source>Globals</source>
        <translation>Globale Variablen</translation>
    </message>
    <message>
        <source>Imported environment</source>
        <translation>Importierte Umgebung</translation>
    </message>
    <message>
        <source>The OAuth 1.0 signature method “%1” is not supported; sending the request will fail until another is chosen.</source>
        <translation>Die OAuth-1.0-Signaturmethode „%1“ wird nicht unterstützt; das Senden der Anfrage schlägt fehl, bis eine andere gewählt ist.</translation>
    </message>
    <message>
        <source>The value is not true or false; it was dropped.</source>
        <translation>Der Wert ist weder true noch false; er wurde verworfen.</translation>
    </message>
    <message>
        <source>The value is not a number from 0 to 1000; it was dropped.</source>
        <translation>Der Wert ist keine Zahl von 0 bis 1000; er wurde verworfen.</translation>
    </message>
</context>
<context>
    <name>gatehouse::Proxy</name>
    <message>
        <source>&apos;%1&apos; is not a proxy address; use http://host:port or socks5://host:port.</source>
        <translation>„%1“ ist keine Proxy-Adresse; verwenden Sie http://host:port oder socks5://host:port.</translation>
    </message>
</context>
<context>
    <name>gatehouse::RequestResolver</name>
    <message>
        <source>The body file “%1” does not exist.</source>
        <translation>Die Body-Datei „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>The body file “%1” cannot be read.</source>
        <translation>Die Body-Datei „%1“ kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>auth</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>auth username</source>
        <translation>Authentifizierung: Benutzername</translation>
    </message>
    <message>
        <source>auth password</source>
        <translation>Authentifizierung: Passwort</translation>
    </message>
    <message>
        <source>auth token</source>
        <translation>Authentifizierung: Token</translation>
    </message>
    <message>
        <source>Bearer auth has no token; no Authorization header is sent.</source>
        <translation>Bearer-Authentifizierung ohne Token; es wird kein Authorization-Header gesendet.</translation>
    </message>
    <message>
        <source>auth key name</source>
        <translation>Authentifizierung: Schlüsselname</translation>
    </message>
    <message>
        <source>auth key value</source>
        <translation>Authentifizierung: Schlüsselwert</translation>
    </message>
    <message>
        <source>API key auth has no key name; the key is not sent.</source>
        <translation>API-Schlüssel ohne Namen; der Schlüssel wird nicht gesendet.</translation>
    </message>
    <message>
        <source>auth access token</source>
        <translation>Authentifizierung: Zugriffstoken</translation>
    </message>
    <message>
        <source>OAuth 2.0 has no access token yet; get one before sending.</source>
        <translation>OAuth 2.0 hat noch kein Zugriffstoken; holen Sie vor dem Senden eines.</translation>
    </message>
    <message>
        <source>auth header prefix</source>
        <translation>Authentifizierung: Header-Präfix</translation>
    </message>
    <message>
        <source>body</source>
        <translation>Body</translation>
    </message>
    <message>
        <source>form field “%1”</source>
        <translation>Formularfeld „%1“</translation>
    </message>
    <message>
        <source>multipart part “%1”</source>
        <translation>Multipart-Teil „%1“</translation>
    </message>
    <message>
        <source>body file</source>
        <translation>Body-Datei</translation>
    </message>
    <message>
        <source>GraphQL query</source>
        <translation>GraphQL-Abfrage</translation>
    </message>
    <message>
        <source>GraphQL variables</source>
        <translation>GraphQL-Variablen</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>The GraphQL variables are not a JSON object: %1</source>
        <translation>Die GraphQL-Variablen sind kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>header “%1”</source>
        <translation>Header „%1“</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>query parameter “%1”</source>
        <translation>Query-Parameter „%1“</translation>
    </message>
    <message>
        <source>The request has no URL.</source>
        <translation>Die Anfrage hat keine URL.</translation>
    </message>
    <message>
        <source>“%1” is not a valid URL.</source>
        <translation>„%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>APIM gateway host</source>
        <translation>APIM-Gateway-Host</translation>
    </message>
    <message>
        <source>APIM subscription key</source>
        <translation>APIM-Abonnementschlüssel</translation>
    </message>
    <message>
        <source>OAuth 2.0 settings</source>
        <translation>OAuth-2.0-Einstellungen</translation>
    </message>
    <message>
        <source>OAuth 2.0 client credentials need an access token URL; no token is requested.</source>
        <translation>OAuth 2.0 mit Client-Anmeldedaten braucht eine Zugriffstoken-URL; es wird kein Token angefordert.</translation>
    </message>
    <message>
        <source>TLS settings for “%1”</source>
        <translation>TLS-Einstellungen für „%1“</translation>
    </message>
    <message>
        <source>Digest settings</source>
        <translation>Digest-Einstellungen</translation>
    </message>
    <message>
        <source>OAuth 1.0 settings</source>
        <translation>OAuth-1.0-Einstellungen</translation>
    </message>
    <message>
        <source>OAuth 1.0 has no consumer key; the request is signed without one.</source>
        <translation>OAuth 1.0 hat keinen Consumer Key; die Anfrage wird ohne signiert.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ScriptEngine</name>
    <message>
        <source>The script ran longer than %1 ms and was stopped.</source>
        <translation>Das Skript lief länger als %1 ms und wurde angehalten.</translation>
    </message>
    <message>
        <source>%1 (line %2)</source>
        <translation>%1 (Zeile %2)</translation>
    </message>
    <message>
        <source>Cannot find module &apos;%1&apos;</source>
        <translation>Modul „%1“ nicht gefunden</translation>
    </message>
    <message>
        <source>require(&apos;%1&apos;): %2 is missing; install the Debian package %3.</source>
        <translation>require(&apos;%1&apos;): %2 fehlt; installieren Sie das Debian-Paket %3.</translation>
    </message>
    <message>
        <source>require(&apos;%1&apos;): %2 could not be loaded: %3</source>
        <translation>require(&apos;%1&apos;): %2 konnte nicht geladen werden: %3</translation>
    </message>
</context>
<context>
    <name>gatehouse::Session</name>
    <message>
        <source>Cannot read the saved session &apos;%1&apos;: %2</source>
        <translation>Die gespeicherte Sitzung „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The saved session &apos;%1&apos; is not a Gatehouse session file; it was left as it is.</source>
        <translation>Die gespeicherte Sitzung „%1“ ist keine Gatehouse-Sitzungsdatei; sie bleibt unverändert.</translation>
    </message>
    <message>
        <source>The saved session &apos;%1&apos; was written by a newer Gatehouse.</source>
        <translation>Die gespeicherte Sitzung „%1“ stammt von einem neueren Gatehouse.</translation>
    </message>
    <message>
        <source>Cannot save the open tabs to &apos;%1&apos;: %2</source>
        <translation>Die offenen Tabs können nicht in „%1“ gespeichert werden: %2</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>der Ordner kann nicht angelegt werden</translation>
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
        <source>The %1 file &apos;%2&apos; does not exist.</source>
        <translation>Die %1-Datei „%2“ existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot read the %1 file &apos;%2&apos;: %3</source>
        <translation>Die %1-Datei „%2“ kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>CA-Bündel</translation>
    </message>
    <message>
        <source>The CA bundle &apos;%1&apos; contains no PEM certificate.</source>
        <translation>Das CA-Bündel „%1“ enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>Cannot open the PKCS#12 bundle &apos;%1&apos;: wrong passphrase, or not a PKCS#12 file.</source>
        <translation>Das PKCS#12-Bündel „%1“ kann nicht geöffnet werden: falsche Passphrase oder keine PKCS#12-Datei.</translation>
    </message>
    <message>
        <source>The client certificate &apos;%1&apos; contains no PEM certificate.</source>
        <translation>Das Client-Zertifikat „%1“ enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>The client certificate &apos;%1&apos; needs its private key file.</source>
        <translation>Das Client-Zertifikat „%1“ braucht seine Datei mit dem privaten Schlüssel.</translation>
    </message>
    <message>
        <source>private key</source>
        <translation>Privatschlüssel</translation>
    </message>
    <message>
        <source>Cannot read the private key &apos;%1&apos;: wrong passphrase, or not a PEM RSA/EC key.</source>
        <translation>Der private Schlüssel „%1“ kann nicht gelesen werden: falsche Passphrase oder kein PEM-RSA/EC-Schlüssel.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is self-signed, so no authority you trust vouches for it. If you trust this server, add its certificate (or your company&apos;s CA) as a custom CA bundle; or turn certificate verification off for this request while testing.</source>
        <translation>Das Zertifikat des Servers ist selbstsigniert, also bürgt keine Stelle, der Sie vertrauen, dafür. Wenn Sie diesem Server vertrauen, fügen Sie sein Zertifikat (oder die CA Ihrer Firma) als eigenes CA-Bündel hinzu, oder schalten Sie die Zertifikatsprüfung für diese Anfrage zum Testen ab.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was issued by an authority this machine does not know (often a company or test CA, or a server that does not send its intermediate certificates). Add that CA as a custom CA bundle.</source>
        <translation>Das Zertifikat des Servers stammt von einer Stelle, die dieser Rechner nicht kennt (oft eine Firmen- oder Test-CA, oder ein Server, der seine Zwischenzertifikate nicht mitsendet). Fügen Sie diese CA als eigenes CA-Bündel hinzu.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate expired on %1. The server must renew it; check also this machine&apos;s clock.</source>
        <translation>Das Zertifikat des Servers ist am %1 abgelaufen. Der Server muss es erneuern; prüfen Sie auch die Uhr dieses Rechners.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid until %1. Check this machine&apos;s clock.</source>
        <translation>Das Zertifikat des Servers gilt erst ab %1. Prüfen Sie die Uhr dieses Rechners.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for %1, not for the host in the URL. Use the host name the certificate names (for APIM: the gateway&apos;s *.azure-api.net name or a configured custom domain).</source>
        <translation>Das Zertifikat des Servers gilt für %1, nicht für den Host in der URL. Verwenden Sie den Hostnamen aus dem Zertifikat (bei APIM: den *.azure-api.net-Namen des Gateways oder eine eingerichtete eigene Domain).</translation>
    </message>
    <message>
        <source>another name</source>
        <translation>einen anderen Namen</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has been revoked by its issuer. Do not trust this server.</source>
        <translation>Das Zertifikat des Servers wurde von seinem Aussteller widerrufen. Vertrauen Sie diesem Server nicht.</translation>
    </message>
</context>
<context>
    <name>gatehouse::Validator</name>
    <message>
        <source>No value is allowed here.</source>
        <translation>Hier ist kein Wert erlaubt.</translation>
    </message>
    <message>
        <source>The schema refers to itself without end.</source>
        <translation>Das Schema verweist endlos auf sich selbst.</translation>
    </message>
    <message>
        <source>The schema reference “%1” cannot be followed.</source>
        <translation>Der Schemaverweis „%1“ kann nicht verfolgt werden.</translation>
    </message>
    <message>
        <source>Expected %1, found %2.</source>
        <translation>%1 erwartet, %2 gefunden.</translation>
    </message>
    <message>
        <source>%1 is not one of the allowed values.</source>
        <translation>%1 ist keiner der erlaubten Werte.</translation>
    </message>
    <message>
        <source>Expected the value %1.</source>
        <translation>Der Wert %1 wurde erwartet.</translation>
    </message>
    <message>
        <source>Matches none of the oneOf alternatives (closest: %1).</source>
        <translation>Passt zu keiner der oneOf-Alternativen (am nächsten: %1).</translation>
    </message>
    <message>
        <source>Matches none of the anyOf alternatives (closest: %1).</source>
        <translation>Passt zu keiner der anyOf-Alternativen (am nächsten: %1).</translation>
    </message>
    <message>
        <source>Matches %1 of the oneOf alternatives instead of exactly one.</source>
        <translation>Passt zu %1 der oneOf-Alternativen statt zu genau einer.</translation>
    </message>
    <message>
        <source>Matches a schema it must not match.</source>
        <translation>Passt zu einem Schema, zu dem es nicht passen darf.</translation>
    </message>
    <message>
        <source>%1 is below the minimum %2.</source>
        <translation>%1 liegt unter dem Minimum %2.</translation>
    </message>
    <message>
        <source>%1 is above the maximum %2.</source>
        <translation>%1 liegt über dem Maximum %2.</translation>
    </message>
    <message>
        <source>%1 is not above %2.</source>
        <translation>%1 ist nicht größer als %2.</translation>
    </message>
    <message>
        <source>%1 is not below %2.</source>
        <translation>%1 ist nicht kleiner als %2.</translation>
    </message>
    <message>
        <source>%1 is not a multiple of %2.</source>
        <translation>%1 ist kein Vielfaches von %2.</translation>
    </message>
    <message>
        <source>The text is shorter than %1 characters.</source>
        <translation>Der Text ist kürzer als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The text is longer than %1 characters.</source>
        <translation>Der Text ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>%1 does not match the pattern %2.</source>
        <translation>%1 passt nicht zum Muster %2.</translation>
    </message>
    <message>
        <source>Expected at least %1 items, found %2.</source>
        <translation>Mindestens %1 Elemente erwartet, %2 gefunden.</translation>
    </message>
    <message>
        <source>Expected at most %1 items, found %2.</source>
        <translation>Höchstens %1 Elemente erwartet, %2 gefunden.</translation>
    </message>
    <message>
        <source>Items %1 and %2 are the same.</source>
        <translation>Die Elemente %1 und %2 sind gleich.</translation>
    </message>
    <message>
        <source>No item matches the schema of “contains”.</source>
        <translation>Kein Element passt zum Schema von „contains“.</translation>
    </message>
    <message>
        <source>The property “%1” is required.</source>
        <translation>Die Eigenschaft „%1“ ist erforderlich.</translation>
    </message>
    <message>
        <source>Expected at least %1 properties.</source>
        <translation>Mindestens %1 Eigenschaften erwartet.</translation>
    </message>
    <message>
        <source>Expected at most %1 properties.</source>
        <translation>Höchstens %1 Eigenschaften erwartet.</translation>
    </message>
    <message>
        <source>The property “%1” is not allowed.</source>
        <translation>Die Eigenschaft „%1“ ist nicht erlaubt.</translation>
    </message>
    <message>
        <source>The property name “%1” is not allowed: %2</source>
        <translation>Der Eigenschaftsname „%1“ ist nicht erlaubt: %2</translation>
    </message>
    <message>
        <source>The property “%1” needs “%2”.</source>
        <translation>Die Eigenschaft „%1“ braucht „%2“.</translation>
    </message>
</context>
<context>
    <name>gatehouse::VariableResolver</name>
    <message>
        <source>Variable “%1” in %2 has no value (reached through %3); it is sent as written.</source>
        <translation>Variable „%1“ in %2 hat keinen Wert (erreicht über %3); sie wird so gesendet, wie sie dasteht.</translation>
    </message>
    <message>
        <source>Variable “%1” in %2 has no value; it is sent as written.</source>
        <translation>Variable „%1“ in %2 hat keinen Wert; sie wird so gesendet, wie sie dasteht.</translation>
    </message>
    <message>
        <source>Variables in %1 refer to each other in a cycle: %2.</source>
        <translation>Variablen in %1 verweisen im Kreis aufeinander: %2.</translation>
    </message>
</context>
<context>
    <name>gatehouse::WorkspaceEdit</name>
    <message>
        <source>%1 copy</source>
        <translation>%1 Kopie</translation>
    </message>
</context>
<context>
    <name>gatehouse::WorkspaceStorage</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1, line 1: a workspace file must hold a JSON object.</source>
        <translation>%1, Zeile 1: Eine Arbeitsbereichsdatei muss ein JSON-Objekt enthalten.</translation>
    </message>
    <message>
        <source>%1: expected a “%2” file, found “%3”.</source>
        <translation>%1: „%2“-Datei erwartet, „%3“ gefunden.</translation>
    </message>
    <message>
        <source>%1: “schemaVersion” is missing or not a positive number.</source>
        <translation>%1: „schemaVersion“ fehlt oder ist keine positive Zahl.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Gatehouse (schema version %2; this version reads up to %3). Update Gatehouse to open it.</source>
        <translation>%1 wurde von einem neueren Gatehouse geschrieben (Schemaversion %2; diese Version liest bis %3). Aktualisieren Sie Gatehouse, um die Datei zu öffnen.</translation>
    </message>
    <message>
        <source>Globals</source>
        <translation>Globale Variablen</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Gatehouse workspace (it has no %2).</source>
        <translation>%1 ist kein Gatehouse-Arbeitsbereich (%2 fehlt).</translation>
    </message>
    <message>
        <source>Every item of a workspace needs an id before it is saved.</source>
        <translation>Jedes Element eines Arbeitsbereichs braucht vor dem Speichern eine ID.</translation>
    </message>
    <message>
        <source>There is no secret store to keep the value of “%1” in.</source>
        <translation>Es gibt keinen Geheimnisspeicher für den Wert von „%1“.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1; nothing was saved.</source>
        <translation>Der Ordner für %1 kann nicht angelegt werden; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2; nothing was saved.</source>
        <translation>%1 kann nicht geschrieben werden: %2; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Cannot flush the workspace to disk: %1; nothing was saved.</source>
        <translation>Der Arbeitsbereich kann nicht auf die Platte geschrieben werden: %1; es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>gatehouse::Yaml</name>
    <message>
        <source>A mapping key must be text.</source>
        <translation>Ein Schlüssel einer Zuordnung muss Text sein.</translation>
    </message>
    <message>
        <source>The key “%1” appears twice.</source>
        <translation>Der Schlüssel „%1“ kommt zweimal vor.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Line %1: only one YAML document per file is supported.</source>
        <translation>Zeile %1: Nur ein YAML-Dokument pro Datei wird unterstützt.</translation>
    </message>
</context>
<context>
    <name>gatehouse::cli::CommandLine</name>
    <message>
        <source>gatehouse-cli %1: %2</source>
        <translation>gatehouse-cli %1: %2</translation>
    </message>
</context>
<context>
    <name>gatehouse::cli::ExplainCommand</name>
    <message>
        <source>Explain an APIM error from an exchange saved with &apos;gatehouse-cli send --json&apos;.</source>
        <translation>Einen APIM-Fehler aus einem mit „gatehouse-cli send --json“ gespeicherten Austausch erklären.</translation>
    </message>
    <message>
        <source>Print the findings as JSON.</source>
        <translation>Die Befunde als JSON ausgeben.</translation>
    </message>
    <message>
        <source>The saved exchange (&apos;-&apos; or nothing: standard input).</source>
        <translation>Der gespeicherte Austausch („-“ oder nichts: Standardeingabe).</translation>
    </message>
    <message>
        <source>[FILE]</source>
        <translation>[DATEI]</translation>
    </message>
    <message>
        <source>gatehouse-cli explain: %1</source>
        <translation>gatehouse-cli explain: %1</translation>
    </message>
    <message>
        <source>gatehouse-cli explain: cannot read &apos;%1&apos;: %2</source>
        <translation>gatehouse-cli explain: „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>gatehouse-cli explain: &apos;%1&apos; is not JSON (%2 at offset %3).</source>
        <translation>gatehouse-cli explain: „%1“ ist kein JSON (%2 an Position %3).</translation>
    </message>
    <message>
        <source>No APIM problem recognised in this exchange.</source>
        <translation>In diesem Austausch wurde kein APIM-Problem erkannt.</translation>
    </message>
</context>
<context>
    <name>gatehouse::cli::ExportCommand</name>
    <message>
        <source>Export a collection of a workspace to another tool&apos;s format.</source>
        <translation>Eine Sammlung eines Arbeitsbereichs in das Format eines anderen Werkzeugs exportieren.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The collection to export (needed when the workspace has several).</source>
        <translation>Die zu exportierende Sammlung (nötig, wenn der Arbeitsbereich mehrere hat).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Write to FILE instead of standard output.</source>
        <translation>In DATEI statt in die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>The workspace folder.</source>
        <translation>Der Ordner des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>VERZEICHNIS</translation>
    </message>
    <message>
        <source>gatehouse-cli export: %1</source>
        <translation>gatehouse-cli export: %1</translation>
    </message>
    <message>
        <source>gatehouse-cli export: warning: %1</source>
        <translation>gatehouse-cli export: Warnung: %1</translation>
    </message>
    <message>
        <source>gatehouse-cli export: there is no collection “%1”; the workspace has: %2.</source>
        <translation>gatehouse-cli export: Es gibt keine Sammlung „%1“; der Arbeitsbereich hat: %2.</translation>
    </message>
    <message>
        <source>gatehouse-cli export: the workspace has no collection.</source>
        <translation>gatehouse-cli export: Der Arbeitsbereich hat keine Sammlung.</translation>
    </message>
    <message>
        <source>gatehouse-cli export: name the collection with --collection; the workspace has: %1.</source>
        <translation>gatehouse-cli export: Nennen Sie die Sammlung mit --collection; der Arbeitsbereich hat: %1.</translation>
    </message>
    <message>
        <source>gatehouse-cli export: not exported: %1 [%2]: %3</source>
        <translation>gatehouse-cli export: nicht exportiert: %1 [%2]: %3</translation>
    </message>
    <message>
        <source>gatehouse-cli export: cannot write %1: %2</source>
        <translation>gatehouse-cli export: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The format to write: postman (Postman Collection v2.1), http (a .http file), or code for one --request: curl, httpie, python, fetch, qt.</source>
        <translation>Das zu schreibende Format: postman (Postman Collection v2.1), http (eine .http-Datei) oder Code für eine einzelne Anfrage mit --request: curl, httpie, python, fetch, qt.</translation>
    </message>
    <message>
        <source>Export this one request (Collection/Folder/Request), resolved as it would be sent.</source>
        <translation>Nur diese eine Anfrage exportieren (Sammlung/Ordner/Anfrage), so aufgelöst, wie sie gesendet würde.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>With --request: resolve variables and the APIM key in this environment.</source>
        <translation>Mit --request: Variablen und den APIM-Schlüssel in dieser Umgebung auflösen.</translation>
    </message>
    <message>
        <source>With --request: set a variable (over the environment&apos;s value); repeatable.</source>
        <translation>Mit --request: eine Variable setzen (über dem Wert der Umgebung); wiederholbar.</translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation>NAME=WERT</translation>
    </message>
    <message>
        <source>With --request: read secret values from this file instead of the keychain.</source>
        <translation>Mit --request: geheime Werte aus dieser Datei statt aus dem Schlüsselbund lesen.</translation>
    </message>
    <message>
        <source>Write credentials (Authorization, cookies, APIM keys, secret variables) in clear instead of masked.</source>
        <translation>Zugangsdaten (Authorization, Cookies, APIM-Schlüssel, geheime Variablen) im Klartext statt maskiert schreiben.</translation>
    </message>
    <message>
        <source>Usage: gatehouse-cli export DIR --format postman|http [--collection NAME] [-o FILE]</source>
        <translation>Aufruf: gatehouse-cli export VERZEICHNIS --format postman|http [--collection NAME] [-o DATEI]</translation>
    </message>
    <message>
        <source>       gatehouse-cli export DIR --format curl|httpie|python|fetch|qt|http --request PATH [--env NAME] [-o FILE]</source>
        <translation>       gatehouse-cli export VERZEICHNIS --format curl|httpie|python|fetch|qt|http --request PFAD [--env NAME] [-o DATEI]</translation>
    </message>
    <message>
        <source>gatehouse-cli export: unknown format &apos;%1&apos;; use postman, http, curl, httpie, python, fetch or qt.</source>
        <translation>gatehouse-cli export: unbekanntes Format „%1“; verwenden Sie postman, http, curl, httpie, python, fetch oder qt.</translation>
    </message>
    <message>
        <source>gatehouse-cli export: --format %1 writes one request; name it with --request Collection/Folder/Request.</source>
        <translation>gatehouse-cli export: --format %1 schreibt eine einzelne Anfrage; nennen Sie sie mit --request Sammlung/Ordner/Anfrage.</translation>
    </message>
</context>
<context>
    <name>gatehouse::cli::ImportCommand</name>
    <message>
        <source>Import a collection, environment or request into a workspace.</source>
        <translation>Eine Sammlung, Umgebung oder Anfrage in einen Arbeitsbereich importieren.</translation>
    </message>
    <message>
        <source>The workspace folder to import into (created when it does not exist).</source>
        <translation>Der Ordner des Arbeitsbereichs, in den importiert wird (wird angelegt, wenn er fehlt).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>VERZEICHNIS</translation>
    </message>
    <message>
        <source>The format of FILE: %1 (default auto: detected).</source>
        <translation>Das Format von DATEI: %1 (Vorgabe auto: wird erkannt).</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>Keep imported secret values in this file instead of the keychain.</source>
        <translation>Importierte geheime Werte in dieser Datei statt im Schlüsselbund ablegen.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>The file to import (&apos;-&apos; for standard input).</source>
        <translation>Die zu importierende Datei (&apos;-&apos; für die Standardeingabe).</translation>
    </message>
    <message>
        <source>gatehouse-cli import: %1</source>
        <translation>gatehouse-cli import: %1</translation>
    </message>
    <message>
        <source>Usage: gatehouse-cli import FILE --into DIR [--format %1]</source>
        <translation>Aufruf: gatehouse-cli import DATEI --into VERZEICHNIS [--format %1]</translation>
    </message>
    <message>
        <source>gatehouse-cli import: unknown format &apos;%1&apos;; use one of: %2.</source>
        <translation>gatehouse-cli import: unbekanntes Format &apos;%1&apos;; verwenden Sie eines von: %2.</translation>
    </message>
    <message>
        <source>gatehouse-cli import: cannot read &apos;%1&apos;: %2</source>
        <translation>gatehouse-cli import: &apos;%1&apos; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>gatehouse-cli import: %1: %2</source>
        <translation>gatehouse-cli import: %1: %2</translation>
    </message>
    <message>
        <source>gatehouse-cli import: warning: %1</source>
        <translation>gatehouse-cli import: Warnung: %1</translation>
    </message>
    <message>
        <source>gatehouse-cli import: %1 is neither a workspace nor empty; nothing was written.</source>
        <translation>gatehouse-cli import: %1 ist weder ein Arbeitsbereich noch leer; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Imported %1 (%2) into %3</source>
        <translation>%1 (%2) nach %3 importiert</translation>
    </message>
    <message>
        <source>  collection “%1”: requests: %2, folders: %3</source>
        <translation>  Sammlung „%1“: Anfragen: %2, Ordner: %3</translation>
    </message>
    <message>
        <source>  environment “%1”: variables: %2</source>
        <translation>  Umgebung „%1“: Variablen: %2</translation>
    </message>
    <message>
        <source>  globals: variables: %1</source>
        <translation>  Globale Variablen: %1</translation>
    </message>
    <message>
        <source>Everything was carried over.</source>
        <translation>Alles wurde übernommen.</translation>
    </message>
    <message>
        <source>Not carried over (%1):</source>
        <translation>Nicht übernommen (%1):</translation>
    </message>
    <message>
        <source>  %1 [%2]: %3</source>
        <translation>  %1 [%2]: %3</translation>
    </message>
    <message>
        <source>Import an API from an APIM service through its management API (with --api and the management options).</source>
        <translation>Eine API aus einem APIM-Dienst über dessen Verwaltungs-API importieren (mit --api und den Verwaltungsoptionen).</translation>
    </message>
    <message>
        <source>With --from-apim: the API to import (its name in the service).</source>
        <translation>Mit --from-apim: die zu importierende API (ihr Name im Dienst).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>With --from-apim: fill in the key of this subscription (default: one that opens the API).</source>
        <translation>Mit --from-apim: den Schlüssel dieses Abonnements eintragen (Standard: eines, das die API öffnet).</translation>
    </message>
    <message>
        <source>SID</source>
        <translation>SID</translation>
    </message>
    <message>
        <source>With --from-apim: the name of the environment (default: the service name).</source>
        <translation>Mit --from-apim: der Name der Umgebung (Standard: der Dienstname).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Usage: gatehouse-cli import --from-apim --api ID --subscription-id ID --resource-group RG --service NAME --into DIR</source>
        <translation>Aufruf: gatehouse-cli import --from-apim --api ID --subscription-id ID --resource-group RG --service NAME --into VERZEICHNIS</translation>
    </message>
    <message>
        <source>--from-apim needs --subscription-id, --resource-group and --service.</source>
        <translation>--from-apim braucht --subscription-id, --resource-group und --service.</translation>
    </message>
</context>
<context>
    <name>gatehouse::cli::Main</name>
    <message>
        <source>gatehouse-cli: unknown command &apos;%1&apos;.</source>
        <translation>gatehouse-cli: unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Usage: gatehouse-cli COMMAND [OPTIONS]

Commands:
  send       send one HTTP request and print the response (APIM errors explained)
  explain    explain an APIM error from an exchange saved with &apos;send --json&apos;
  run        run a collection&apos;s requests and test scripts (like newman)
  import     import Postman, Insomnia, OpenAPI, HAR, curl or .http files into a workspace
  export     export a collection (Postman, .http) or a request as code (curl, Python ...)

Run &apos;gatehouse-cli COMMAND --help&apos; for the options of a command.
Exit codes: 0 a response arrived (whatever its status), 1 no response (connection,
DNS, TLS, timeout), 2 bad arguments.
</source>
        <translation>Aufruf: gatehouse-cli BEFEHL [OPTIONEN]

Befehle:
  send       eine HTTP-Anfrage senden und die Antwort ausgeben (APIM-Fehler erklärt)
  explain    einen APIM-Fehler aus einem mit &apos;send --json&apos; gespeicherten Austausch erklären
  run        die Anfragen und Testskripte einer Sammlung ausführen (wie newman)
  import     Postman-, Insomnia-, OpenAPI-, HAR-, curl- oder .http-Dateien in einen Arbeitsbereich importieren
  export     eine Sammlung (Postman, .http) oder eine Anfrage als Code (curl, Python ...) exportieren

&apos;gatehouse-cli BEFEHL --help&apos; zeigt die Optionen eines Befehls.
Exit-Codes: 0 eine Antwort ist angekommen (unabhängig vom Status), 1 keine Antwort (Verbindung,
DNS, TLS, Zeitüberschreitung), 2 ungültige Argumente.
</translation>
    </message>
</context>
<context>
    <name>gatehouse::cli::ManagementOptions</name>
    <message>
        <source>Confirm APIM findings with this management (ARM) endpoint (default https://management.azure.com).</source>
        <translation>APIM-Befunde mit diesem Verwaltungsendpunkt (ARM) bestätigen (Standard https://management.azure.com).</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Read the management access token from this environment variable.</source>
        <translation>Das Zugriffstoken für die Verwaltungs-API aus dieser Umgebungsvariablen lesen.</translation>
    </message>
    <message>
        <source>VARIABLE</source>
        <translation>VARIABLE</translation>
    </message>
    <message>
        <source>How to get the management token: azure-cli (default), device-code, or env (with --management-token-env).</source>
        <translation>Wie das Verwaltungstoken bezogen wird: azure-cli (Standard), device-code oder env (mit --management-token-env).</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <source>The Azure subscription of the APIM service (for the management API).</source>
        <translation>Das Azure-Abonnement des APIM-Dienstes (für die Verwaltungs-API).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>The resource group of the APIM service (for the management API).</source>
        <translation>Die Ressourcengruppe des APIM-Dienstes (für die Verwaltungs-API).</translation>
    </message>
    <message>
        <source>RG</source>
        <translation>RG</translation>
    </message>
    <message>
        <source>The APIM service name (for the management API).</source>
        <translation>Der Name des APIM-Dienstes (für die Verwaltungs-API).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>--management-url: &apos;%1&apos; is not an http(s) URL.</source>
        <translation>--management-url: „%1“ ist keine http(s)-URL.</translation>
    </message>
    <message>
        <source>--management-token-source: &apos;%1&apos; is not one of azure-cli, device-code, env.</source>
        <translation>--management-token-source: „%1“ ist keiner der Werte azure-cli, device-code, env.</translation>
    </message>
    <message>
        <source>--management-token-source env needs --management-token-env VARIABLE.</source>
        <translation>--management-token-source env braucht --management-token-env VARIABLE.</translation>
    </message>
    <message>
        <source>The management connection also needs %1 (or an environment whose APIM profile names the service).</source>
        <translation>Die Verwaltungsverbindung braucht außerdem %1 (oder eine Umgebung, deren APIM-Profil den Dienst nennt).</translation>
    </message>
    <message>
        <source>gatehouse-cli %1: could not confirm with the management API: %2</source>
        <translation>gatehouse-cli %1: Bestätigung über die Verwaltungs-API nicht möglich: %2</translation>
    </message>
    <message>
        <source>To sign in, open %1 and enter the code shown.</source>
        <translation>Öffnen Sie zur Anmeldung %1 und geben Sie den angezeigten Code ein.</translation>
    </message>
    <message>
        <source>Trace the call through APIM: get debug credentials from the management API, send them in Apim-Debug-Authorization and print the gateway&apos;s trace (needs the management connection and the Contributor role).</source>
        <translation>Den Aufruf durch APIM verfolgen: Debug-Anmeldedaten von der Verwaltungs-API holen, sie in Apim-Debug-Authorization senden und die Ablaufverfolgung des Gateways ausgeben (braucht die Verwaltungsverbindung und die Rolle Contributor).</translation>
    </message>
    <message>
        <source>--apim-trace needs the management connection: %1 (or an environment whose APIM profile names the service).</source>
        <translation>--apim-trace braucht die Verwaltungsverbindung: %1 (oder eine Umgebung, deren APIM-Profil den Dienst nennt).</translation>
    </message>
    <message>
        <source>gatehouse-cli %1: the call goes out untraced: %2</source>
        <translation>gatehouse-cli %1: Der Aufruf geht ohne Ablaufverfolgung hinaus: %2</translation>
    </message>
    <message>
        <source>gatehouse-cli %1: %2</source>
        <translation>gatehouse-cli %1: %2</translation>
    </message>
    <message>
        <source>gatehouse-cli %1: could not fetch the APIM trace %2: %3</source>
        <translation>gatehouse-cli %1: Die APIM-Ablaufverfolgung %2 konnte nicht abgerufen werden: %3</translation>
    </message>
</context>
<context>
    <name>gatehouse::cli::RunCommand</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>gatehouse-cli run: %1</source>
        <translation>gatehouse-cli run: %1</translation>
    </message>
    <message>
        <source>Run a collection&apos;s requests and test scripts, like newman.</source>
        <translation>Die Anfragen und Testskripte einer Sammlung ausführen, wie newman.</translation>
    </message>
    <message>
        <source>The collection to run (a workspace with several needs it).</source>
        <translation>Die auszuführende Sammlung (nötig, wenn der Arbeitsbereich mehrere hat).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Run only this folder (a name or a path like &apos;Users/Admin&apos;); repeatable.</source>
        <translation>Nur diesen Ordner ausführen (ein Name oder ein Pfad wie „Users/Admin“); wiederholbar.</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>Use the workspace environment with this name.</source>
        <translation>Die Umgebung des Arbeitsbereichs mit diesem Namen verwenden.</translation>
    </message>
    <message>
        <source>Use the environment in this Postman environment file.</source>
        <translation>Die Umgebung aus dieser Postman-Umgebungsdatei verwenden.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Set an environment variable for this run; repeatable.</source>
        <translation>Eine Umgebungsvariable für diesen Lauf setzen; wiederholbar.</translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation>NAME=WERT</translation>
    </message>
    <message>
        <source>Read global variables from this Postman globals file.</source>
        <translation>Globale Variablen aus dieser Postman-Globals-Datei lesen.</translation>
    </message>
    <message>
        <source>Run the collection this many times.</source>
        <translation>Die Sammlung so oft ausführen.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Iteration data: a CSV or JSON file, one row per iteration.</source>
        <translation>Durchlaufdaten: eine CSV- oder JSON-Datei, eine Zeile je Durchlauf.</translation>
    </message>
    <message>
        <source>Stop at the first failed request or assertion.</source>
        <translation>Bei der ersten fehlgeschlagenen Anfrage oder Prüfung anhalten.</translation>
    </message>
    <message>
        <source>Wait this long between requests.</source>
        <translation>So lange zwischen den Anfragen warten.</translation>
    </message>
    <message>
        <source>MS</source>
        <translation>MS</translation>
    </message>
    <message>
        <source>Give up on a request after this long.</source>
        <translation>Eine Anfrage nach dieser Zeit aufgeben.</translation>
    </message>
    <message>
        <source>Stop a script that runs longer than this (default 5000).</source>
        <translation>Ein Skript anhalten, das länger läuft (Standard 5000).</translation>
    </message>
    <message>
        <source>Do not verify TLS certificates (for testing only).</source>
        <translation>TLS-Zertifikate nicht prüfen (nur für Tests).</translation>
    </message>
    <message>
        <source>Comma-separated reporters: cli, junit, json (default cli).</source>
        <translation>Berichte, durch Kommas getrennt: cli, junit, json (Standard cli).</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <source>Write the JUnit XML report to this file.</source>
        <translation>Den JUnit-XML-Bericht in diese Datei schreiben.</translation>
    </message>
    <message>
        <source>Write the JSON report to this file.</source>
        <translation>Den JSON-Bericht in diese Datei schreiben.</translation>
    </message>
    <message>
        <source>Write the environment as the scripts left it to this file.</source>
        <translation>Die Umgebung, wie die Skripte sie hinterlassen haben, in diese Datei schreiben.</translation>
    </message>
    <message>
        <source>Write the globals as the scripts left them to this file.</source>
        <translation>Die globalen Variablen, wie die Skripte sie hinterlassen haben, in diese Datei schreiben.</translation>
    </message>
    <message>
        <source>HOST=TARGET</source>
        <translation>HOST=ZIEL</translation>
    </message>
    <message>
        <source>A workspace folder or a Postman collection file.</source>
        <translation>Ein Arbeitsbereichsordner oder eine Postman-Sammlungsdatei.</translation>
    </message>
    <message>
        <source>WORKSPACE_OR_COLLECTION</source>
        <translation>ARBEITSBEREICH_ODER_SAMMLUNG</translation>
    </message>
    <message>
        <source>expected one workspace folder or collection file, got %1.</source>
        <translation>erwartet wird ein Arbeitsbereichsordner oder eine Sammlungsdatei, angegeben: %1.</translation>
    </message>
    <message>
        <source>%1 is not a Gatehouse workspace.</source>
        <translation>%1 ist kein Gatehouse-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>the workspace has no collection “%1”.</source>
        <translation>der Arbeitsbereich hat keine Sammlung „%1“.</translation>
    </message>
    <message>
        <source>the workspace has %1 collections; choose one with --collection: %2</source>
        <translation>Sammlungen im Arbeitsbereich: %1; wählen Sie eine mit --collection: %2</translation>
    </message>
    <message>
        <source>the workspace has no environment “%1”.</source>
        <translation>der Arbeitsbereich hat keine Umgebung „%1“.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>Warnung: %1: %2</translation>
    </message>
    <message>
        <source>--env names a workspace environment; for a collection file use -e FILE.</source>
        <translation>--env nennt eine Umgebung des Arbeitsbereichs; für eine Sammlungsdatei verwenden Sie -e DATEI.</translation>
    </message>
    <message>
        <source>the file holds the collection “%1”, not “%2”.</source>
        <translation>die Datei enthält die Sammlung „%1“, nicht „%2“.</translation>
    </message>
    <message>
        <source>--env-var needs NAME=VALUE, not “%1”.</source>
        <translation>--env-var braucht NAME=WERT, nicht „%1“.</translation>
    </message>
    <message>
        <source>--rewrite-host needs HOST=TARGET, not “%1”.</source>
        <translation>--rewrite-host braucht HOST=ZIEL, nicht „%1“.</translation>
    </message>
    <message>
        <source>-n needs a positive number, not “%1”.</source>
        <translation>-n braucht eine positive Zahl, nicht „%1“.</translation>
    </message>
    <message>
        <source>--delay-request needs milliseconds, not “%1”.</source>
        <translation>--delay-request braucht Millisekunden, nicht „%1“.</translation>
    </message>
    <message>
        <source>--timeout-request needs milliseconds, not “%1”.</source>
        <translation>--timeout-request braucht Millisekunden, nicht „%1“.</translation>
    </message>
    <message>
        <source>--timeout-script needs milliseconds, not “%1”.</source>
        <translation>--timeout-script braucht Millisekunden, nicht „%1“.</translation>
    </message>
    <message>
        <source>unknown reporter “%1” (known: cli, junit, json).</source>
        <translation>unbekannter Bericht „%1“ (bekannt: cli, junit, json).</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Globals</source>
        <translation>Globale Variablen</translation>
    </message>
    <message>
        <source>Start with the cookies stored in FILE and store there the ones the run ends with (created when missing).</source>
        <translation>Mit den in DATEI gespeicherten Cookies beginnen und dort die Cookies vom Ende des Laufs speichern (DATEI wird angelegt, wenn sie fehlt).</translation>
    </message>
    <message>
        <source>Neither send nor keep cookies (by default a run keeps them in memory, like newman).</source>
        <translation>Cookies weder senden noch behalten (standardmäßig behält ein Lauf sie im Speicher, wie newman).</translation>
    </message>
    <message>
        <source>For a workspace: read secret values from this file instead of the keychain.</source>
        <translation>Für einen Arbeitsbereich: geheime Werte aus dieser Datei statt aus dem Schlüsselbund lesen.</translation>
    </message>
    <message>
        <source>use either --cookie-jar or --no-cookies, not both.</source>
        <translation>entweder --cookie-jar oder --no-cookies verwenden, nicht beides.</translation>
    </message>
    <message>
        <source>Send requests for HOST to TARGET instead (HOST=TARGET, TARGET like 127.0.0.1:8080 or https://staging), redirects included; scripts and reports keep the URL as written, and an IP address as TARGET keeps the original Host header; repeatable.</source>
        <translation>Anfragen an HOST stattdessen an ZIEL senden (HOST=ZIEL, ZIEL etwa 127.0.0.1:8080 oder https://staging), Weiterleitungen eingeschlossen; Skripte und Berichte behalten die URL wie geschrieben, und mit einer IP-Adresse als ZIEL bleibt der ursprüngliche Host-Header; wiederholbar.</translation>
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
        <source>&apos;Name: value&apos;</source>
        <translation>&apos;Name: Wert&apos;</translation>
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
        <source>Read the request body from FILE (&apos;-&apos; for standard input).</source>
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
        <source>Usage: gatehouse-cli send [-X METHOD] URL [-H &apos;Name: value&apos;]... [-d BODY | --data-file FILE] [--json]</source>
        <translation>Aufruf: gatehouse-cli send [-X METHODE] URL [-H &apos;Name: Wert&apos;]... [-d INHALT | --data-file DATEI] [--json]</translation>
    </message>
    <message>
        <source>gatehouse-cli send: &apos;%1&apos; is not a valid URL.</source>
        <translation>gatehouse-cli send: „%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>gatehouse-cli send: header &apos;%1&apos; must look like &apos;Name: value&apos;.</source>
        <translation>gatehouse-cli send: Der Header „%1“ muss die Form &apos;Name: Wert&apos; haben.</translation>
    </message>
    <message>
        <source>gatehouse-cli send: use either --data or --data-file, not both.</source>
        <translation>gatehouse-cli send: Verwenden Sie entweder --data oder --data-file, nicht beides.</translation>
    </message>
    <message>
        <source>gatehouse-cli send: cannot read body file &apos;%1&apos;: %2</source>
        <translation>gatehouse-cli send: Die Inhaltsdatei „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>gatehouse-cli send: the method must not be empty.</source>
        <translation>gatehouse-cli send: Die Methode darf nicht leer sein.</translation>
    </message>
    <message>
        <source>gatehouse-cli send: --timeout needs a positive number of seconds, not &apos;%1&apos;.</source>
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
        <source>Do not verify the server&apos;s TLS certificate (for testing only).</source>
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
        <source>Comma-separated hosts that bypass the proxy (&apos;*&apos; for all).</source>
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
        <source>* %1, %2; server certificate &quot;%3&quot; issued by &quot;%4&quot;, valid until %5%6</source>
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
    <message>
        <source>An APIM gateway host (repeatable): the subscription key goes to these hosts only.</source>
        <translation>Ein APIM-Gateway-Host (wiederholbar): Der Abonnementschlüssel geht nur an diese Hosts.</translation>
    </message>
    <message>
        <source>HOST</source>
        <translation>HOST</translation>
    </message>
    <message>
        <source>Read the APIM subscription key from this environment variable (keeps it out of shell history).</source>
        <translation>Den APIM-Abonnementschlüssel aus dieser Umgebungsvariablen lesen (hält ihn aus dem Shell-Verlauf heraus).</translation>
    </message>
    <message>
        <source>VARIABLE</source>
        <translation>VARIABLE</translation>
    </message>
    <message>
        <source>Send the key in this header (default Ocp-Apim-Subscription-Key).</source>
        <translation>Den Schlüssel in diesem Header senden (Standard Ocp-Apim-Subscription-Key).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Send the key in this query parameter instead of a header.</source>
        <translation>Den Schlüssel statt in einem Header in diesem Abfrageparameter senden.</translation>
    </message>
    <message>
        <source>Do not explain APIM errors.</source>
        <translation>APIM-Fehler nicht erklären.</translation>
    </message>
    <message>
        <source>gatehouse-cli send: the environment variable %1 (for the subscription key) is not set.</source>
        <translation>gatehouse-cli send: Die Umgebungsvariable %1 (für den Abonnementschlüssel) ist nicht gesetzt.</translation>
    </message>
    <message>
        <source>Send a request stored in the workspace in DIR; name it with --request PATH or as the argument (Collection/Folder/Request).</source>
        <translation>Eine im Arbeitsbereich in VERZEICHNIS gespeicherte Anfrage senden; benennen Sie sie mit --request PFAD oder als Argument (Sammlung/Ordner/Anfrage).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>VERZEICHNIS</translation>
    </message>
    <message>
        <source>With --workspace: resolve variables and the APIM key in this environment.</source>
        <translation>Mit --workspace: Variablen und den APIM-Schlüssel in dieser Umgebung auflösen.</translation>
    </message>
    <message>
        <source>With --workspace: set a variable (over the environment&apos;s value); repeatable.</source>
        <translation>Mit --workspace: eine Variable setzen (über dem Wert der Umgebung); wiederholbar.</translation>
    </message>
    <message>
        <source>NAME=VALUE</source>
        <translation>NAME=WERT</translation>
    </message>
    <message>
        <source>With --workspace: read secret values from this file instead of the keychain.</source>
        <translation>Mit --workspace: geheime Werte aus dieser Datei statt aus dem Schlüsselbund lesen.</translation>
    </message>
    <message>
        <source>With --workspace: send even when variables have no value (they go out as written).</source>
        <translation>Mit --workspace: auch senden, wenn Variablen keinen Wert haben (sie gehen unverändert hinaus).</translation>
    </message>
    <message>
        <source>gatehouse-cli send: with --workspace, name one request: --request Collection/Folder/Request.</source>
        <translation>gatehouse-cli send: Nennen Sie mit --workspace eine Anfrage: --request Sammlung/Ordner/Anfrage.</translation>
    </message>
    <message>
        <source>gatehouse-cli send: --data and --data-file do not apply to a stored request; edit its body in the workspace.</source>
        <translation>gatehouse-cli send: --data und --data-file gelten nicht für eine gespeicherte Anfrage; bearbeiten Sie ihren Inhalt im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>gatehouse-cli send: warning: %1</source>
        <translation>gatehouse-cli send: Warnung: %1</translation>
    </message>
    <message>
        <source>Do not record this exchange in the local history.</source>
        <translation>Diesen Austausch nicht im lokalen Verlauf festhalten.</translation>
    </message>
    <message>
        <source>Give up when no connection (TCP and TLS) is up after SECONDS.</source>
        <translation>Aufgeben, wenn nach SEKUNDEN keine Verbindung (TCP und TLS) steht.</translation>
    </message>
    <message>
        <source>Give up when nothing is sent or received for SECONDS once connected.</source>
        <translation>Aufgeben, wenn nach dem Verbindungsaufbau SEKUNDEN lang nichts gesendet oder empfangen wird.</translation>
    </message>
    <message>
        <source>Write the response body to FILE (streamed, decoded) instead of standard output.</source>
        <translation>Den Antwortinhalt in DATEI (gestreamt, dekodiert) statt in die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>Send the cookies stored in FILE and store there the ones the server sets (created when missing).</source>
        <translation>Die in DATEI gespeicherten Cookies senden und die vom Server gesetzten dort speichern (DATEI wird angelegt, wenn sie fehlt).</translation>
    </message>
    <message>
        <source>Neither send nor store cookies (with --workspace: leave the workspace&apos;s cookie jar alone).</source>
        <translation>Cookies weder senden noch speichern (mit --workspace: den Cookie-Speicher des Arbeitsbereichs unberührt lassen).</translation>
    </message>
    <message>
        <source>gatehouse-cli send: --%1 needs a positive number of seconds, not &apos;%2&apos;.</source>
        <translation>gatehouse-cli send: --%1 braucht eine positive Zahl von Sekunden, nicht „%2“.</translation>
    </message>
    <message>
        <source>gatehouse-cli send: --output needs a file name.</source>
        <translation>gatehouse-cli send: --output braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>gatehouse-cli send: use either --cookie-jar or --no-cookies, not both.</source>
        <translation>gatehouse-cli send: Verwenden Sie entweder --cookie-jar oder --no-cookies, nicht beides.</translation>
    </message>
    <message>
        <source>(subscription key from %1)</source>
        <translation>(Abonnementschlüssel aus %1)</translation>
    </message>
    <message>
        <source>* %1 asked for credentials (%2); answered</source>
        <translation>* %1 hat Zugangsdaten verlangt (%2); beantwortet</translation>
    </message>
    <message>
        <source>* body (%1) written to %2</source>
        <translation>* Inhalt (%1) nach %2 geschrieben</translation>
    </message>
    <message>
        <source>gatehouse-cli send: cannot read the body from %1: %2</source>
        <translation>gatehouse-cli send: Der Inhalt kann nicht aus %1 gelesen werden: %2</translation>
    </message>
    <message>
        <source>gatehouse-cli send: --host-tls &apos;%1&apos; must start with the host, as in &apos;api.contoso.com;cacert=ca.pem&apos;.</source>
        <translation>gatehouse-cli send: --host-tls „%1“ muss mit dem Host beginnen, wie in &apos;api.contoso.com;cacert=ca.pem&apos;.</translation>
    </message>
    <message>
        <source>--host-tls</source>
        <translation>--host-tls</translation>
    </message>
    <message>
        <source>gatehouse-cli send: --host-tls: the environment variable %1 (pass-env) is not set.</source>
        <translation>gatehouse-cli send: --host-tls: Die Umgebungsvariable %1 (pass-env) ist nicht gesetzt.</translation>
    </message>
    <message>
        <source>gatehouse-cli send: --host-tls: &apos;%1&apos; is not one of cacert=FILE, cert=FILE, key=FILE, pass-env=VARIABLE, insecure.</source>
        <translation>gatehouse-cli send: --host-tls: „%1“ ist keiner der Werte cacert=DATEI, cert=DATEI, key=DATEI, pass-env=VARIABLE, insecure.</translation>
    </message>
    <message>
        <source>TLS settings for one host only (repeatable): &apos;HOST;cacert=FILE;cert=FILE;key=FILE;pass-env=VARIABLE;insecure&apos;. HOST may carry a port or start with &apos;*.&apos;.</source>
        <translation>TLS-Einstellungen nur für einen Host (wiederholbar): &apos;HOST;cacert=DATEI;cert=DATEI;key=DATEI;pass-env=VARIABLE;insecure&apos;. HOST darf einen Port enthalten oder mit &apos;*.&apos; beginnen.</translation>
    </message>
    <message>
        <source>SETTINGS</source>
        <translation>EINSTELLUNGEN</translation>
    </message>
    <message>
        <source>* TLS certificate verification is OFF for %1 (%2).</source>
        <translation>* Die Prüfung des TLS-Zertifikats ist für %1 (%2) AUS.</translation>
    </message>
</context>
<context>
    <name>gatehouse::cli::WorkspaceRequest</name>
    <message>
        <source>--env-var &apos;%1&apos; must look like NAME=VALUE.</source>
        <translation>--env-var &apos;%1&apos; muss die Form NAME=WERT haben.</translation>
    </message>
    <message>
        <source>There is no request “%1” in %2 (give it as Collection/Folder/Request).</source>
        <translation>Es gibt keine Anfrage „%1“ in %2 (geben Sie sie als Sammlung/Ordner/Anfrage an).</translation>
    </message>
    <message>
        <source>There is no environment “%1”: the workspace has none.</source>
        <translation>Es gibt keine Umgebung „%1“: Der Arbeitsbereich hat keine.</translation>
    </message>
    <message>
        <source>There is no environment “%1”; the workspace has: %2.</source>
        <translation>Es gibt keine Umgebung „%1“; der Arbeitsbereich hat: %2.</translation>
    </message>
    <message>
        <source>The secret “%1” (%2) has no value on this machine. Provide it with --env-var %1=VALUE, or store it in %3 under the key “%4”.</source>
        <translation>Das Geheimnis „%1“ (%2) hat auf diesem Rechner keinen Wert. Geben Sie es mit --env-var %1=WERT an oder legen Sie es in %3 unter dem Schlüssel „%4“ ab.</translation>
    </message>
    <message>
        <source>Nothing was sent. Give the missing values with --env-var NAME=VALUE, or send anyway with --allow-unresolved.</source>
        <translation>Es wurde nichts gesendet. Geben Sie die fehlenden Werte mit --env-var NAME=WERT an oder senden Sie trotzdem mit --allow-unresolved.</translation>
    </message>
</context>
<context>
    <name>gatehouse::sim::Main</name>
    <message>
        <source>A local Azure API Management gateway simulator, configured by a JSON file.</source>
        <translation>Ein lokaler Gateway-Simulator für Azure API Management, konfiguriert über eine JSON-Datei.</translation>
    </message>
    <message>
        <source>The simulator configuration (JSON; see docs/simulator.md).</source>
        <translation>Die Konfiguration des Simulators (JSON; siehe docs/simulator.md).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Gateway port; 0 (the default) picks a free one.</source>
        <translation>Port des Gateways; 0 (Standard) wählt einen freien Port.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Address to listen on (default 127.0.0.1; 0.0.0.0 or :: to accept other machines).</source>
        <translation>Adresse, auf der gelauscht wird (Standard 127.0.0.1; 0.0.0.0 oder ::, um Verbindungen von anderen Rechnern anzunehmen).</translation>
    </message>
    <message>
        <source>ADDR</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>Also serve the management (ARM) API on port N (0 picks a free one).</source>
        <translation>Zusätzlich die Verwaltungs-API (ARM) auf Port N bereitstellen (0 wählt einen freien Port).</translation>
    </message>
    <message>
        <source>Only check the configuration and exit (0: valid, 1: not).</source>
        <translation>Nur die Konfiguration prüfen und beenden (0: gültig, 1: ungültig).</translation>
    </message>
    <message>
        <source>Do not log each request to standard error.</source>
        <translation>Nicht jede Anfrage auf der Standardfehlerausgabe protokollieren.</translation>
    </message>
    <message>
        <source>gatehouse-apimsim: unexpected argument &apos;%1&apos;.</source>
        <translation>gatehouse-apimsim: unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>gatehouse-apimsim: --config FILE is required.</source>
        <translation>gatehouse-apimsim: --config DATEI ist erforderlich.</translation>
    </message>
    <message>
        <source>gatehouse-apimsim: --port needs a number from 0 to 65535, not &apos;%1&apos;.</source>
        <translation>gatehouse-apimsim: --port braucht eine Zahl von 0 bis 65535, nicht „%1“.</translation>
    </message>
    <message>
        <source>gatehouse-apimsim: --management-port needs a number from 0 to 65535, not &apos;%1&apos;.</source>
        <translation>gatehouse-apimsim: --management-port braucht eine Zahl von 0 bis 65535, nicht „%1“.</translation>
    </message>
    <message>
        <source>gatehouse-apimsim: --listen needs an IP address such as 127.0.0.1, not &apos;%1&apos;.</source>
        <translation>gatehouse-apimsim: --listen braucht eine IP-Adresse wie 127.0.0.1, nicht „%1“.</translation>
    </message>
    <message>
        <source>gatehouse-apimsim: %1</source>
        <translation>gatehouse-apimsim: %1</translation>
    </message>
    <message>
        <source>%1: valid: service &apos;%2&apos;; APIs: %3, products: %4, subscriptions: %5.</source>
        <translation>%1: gültig: Dienst „%2“; APIs: %3, Produkte: %4, Abonnements: %5.</translation>
    </message>
    <message>
        <source>gatehouse-apimsim: cannot catch SIGINT/SIGTERM; stop it with SIGKILL.</source>
        <translation>gatehouse-apimsim: SIGINT/SIGTERM können nicht abgefangen werden; beenden Sie den Simulator mit SIGKILL.</translation>
    </message>
    <message>
        <source>Simulating the API Management service &apos;%1&apos;. Stop with Ctrl+C.</source>
        <translation>Der API-Management-Dienst „%1“ wird simuliert. Beenden mit Strg+C.</translation>
    </message>
    <message>
        <source>gatehouse-apimsim: stopped.</source>
        <translation>gatehouse-apimsim: beendet.</translation>
    </message>
    <message>
        <source>Print the version, and those of Qt and KF6, and exit.</source>
        <translation>Die Version sowie die von Qt und KF6 ausgeben und beenden.</translation>
    </message>
</context>
<context>
    <name>gatehouse::sim::PlaygroundSession</name>
    <message>
        <source>Cannot create the folder &apos;%1&apos;.</source>
        <translation>Der Ordner „%1“ kann nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>gatehouse::sim::SimConfig</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; (expected one of: %2).</source>
        <translation>unbekannter Schlüssel „%1“ (erlaubt: %2).</translation>
    </message>
    <message>
        <source>expected an object, found %1.</source>
        <translation>Objekt erwartet, gefunden: %1.</translation>
    </message>
    <message>
        <source>expected an array, found %1.</source>
        <translation>Array erwartet, gefunden: %1.</translation>
    </message>
    <message>
        <source>the required key &apos;%1&apos; is missing.</source>
        <translation>Der erforderliche Schlüssel „%1“ fehlt.</translation>
    </message>
    <message>
        <source>expected a string, found %1.</source>
        <translation>Zeichenkette erwartet, gefunden: %1.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid id (letters, digits, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;, &apos;~&apos;; starting with a letter or digit).</source>
        <translation>„%1“ ist keine gültige ID (Buchstaben, Ziffern, &apos;-&apos;, &apos;_&apos;, &apos;.&apos;, &apos;~&apos;; am Anfang ein Buchstabe oder eine Ziffer).</translation>
    </message>
    <message>
        <source>expected true or false, found %1.</source>
        <translation>true oder false erwartet, gefunden: %1.</translation>
    </message>
    <message>
        <source>expected a whole number, found %1.</source>
        <translation>Ganzzahl erwartet, gefunden: %1.</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3).</source>
        <translation>%1 liegt außerhalb des Bereichs (%2 bis %3).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one of: %2.</source>
        <translation>„%1“ ist keiner der Werte: %2.</translation>
    </message>
    <message>
        <source>the required key &apos;service&apos; is missing.</source>
        <translation>Der erforderliche Schlüssel „service“ fehlt.</translation>
    </message>
    <message>
        <source>the version set id &apos;%1&apos; is used twice.</source>
        <translation>Die Versionssatz-ID „%1“ wird doppelt verwendet.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid service name (a letter, then letters, digits and &apos;-&apos;, at most 50).</source>
        <translation>„%1“ ist kein gültiger Dienstname (ein Buchstabe, dann Buchstaben, Ziffern und &apos;-&apos;, höchstens 50 Zeichen).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a gateway URL such as &apos;https://contoso.azure-api.net&apos;.</source>
        <translation>„%1“ ist keine Gateway-URL wie „https://contoso.azure-api.net“.</translation>
    </message>
    <message>
        <source>expected a host name, found %1.</source>
        <translation>Hostname erwartet, gefunden: %1.</translation>
    </message>
    <message>
        <source>the management token must not be empty.</source>
        <translation>Das Verwaltungstoken darf nicht leer sein.</translation>
    </message>
    <message>
        <source>the required key &apos;type&apos; is missing (echo, static or failure).</source>
        <translation>Der erforderliche Schlüssel „type“ fehlt (echo, static oder failure).</translation>
    </message>
    <message>
        <source>only a backend of type &apos;static&apos; has &apos;%1&apos;.</source>
        <translation>Nur ein Backend vom Typ „static“ hat „%1“.</translation>
    </message>
    <message>
        <source>only a backend of type &apos;failure&apos; has &apos;failure&apos;.</source>
        <translation>Nur ein Backend vom Typ „failure“ hat „failure“.</translation>
    </message>
    <message>
        <source>use either &apos;body&apos; or &apos;json&apos;, not both.</source>
        <translation>Verwenden Sie entweder „body“ oder „json“, nicht beides.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid header name.</source>
        <translation>„%1“ ist kein gültiger Header-Name.</translation>
    </message>
    <message>
        <source>an API with a version needs an &apos;apiVersionSetId&apos;.</source>
        <translation>Eine API mit Version braucht „apiVersionSetId“.</translation>
    </message>
    <message>
        <source>an API in a version set needs an &apos;apiVersion&apos; (&quot;&quot; for the unversioned original).</source>
        <translation>Eine API in einem Versionssatz braucht „apiVersion“ (&quot;&quot; für das unversionierte Original).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a revision number.</source>
        <translation>„%1“ ist keine Revisionsnummer.</translation>
    </message>
    <message>
        <source>the current revision of an API is always online.</source>
        <translation>Die aktuelle Revision einer API ist immer online.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a URL suffix such as &apos;orders&apos; or &apos;shop/orders&apos;.</source>
        <translation>„%1“ ist kein URL-Suffix wie „orders“ oder „shop/orders“.</translation>
    </message>
    <message>
        <source>the query parameter name must not be empty.</source>
        <translation>Der Name des Abfrageparameters darf nicht leer sein.</translation>
    </message>
    <message>
        <source>the operation id &apos;%1&apos; is used twice in this API.</source>
        <translation>Die Operations-ID „%1“ wird in dieser API doppelt verwendet.</translation>
    </message>
    <message>
        <source>expected an API id, found %1.</source>
        <translation>API-ID erwartet, gefunden: %1.</translation>
    </message>
    <message>
        <source>a product that requires no subscription cannot limit calls per subscription (rateLimit, quota).</source>
        <translation>Ein Produkt, das kein Abonnement verlangt, kann Aufrufe nicht je Abonnement begrenzen (rateLimit, quota).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a subscription scope; use &apos;/&apos; (all-access), &apos;/apis&apos;, &apos;/apis/{apiId}&apos; or &apos;/products/{productId}&apos;.</source>
        <translation>„%1“ ist kein Abonnementbereich (scope); verwenden Sie „/“ (Vollzugriff), „/apis“, „/apis/{apiId}“ oder „/products/{productId}“.</translation>
    </message>
    <message>
        <source>a key must be 1 to 256 characters long.</source>
        <translation>Ein Schlüssel muss 1 bis 256 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 8601 date and time such as &apos;2026-01-31T09:00:00Z&apos;.</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit nach ISO 8601 wie „2026-01-31T09:00:00Z“.</translation>
    </message>
    <message>
        <source>the required key &apos;type&apos; is missing (ip-filter, check-header, validate-jwt or cors).</source>
        <translation>Der erforderliche Schlüssel „type“ fehlt (ip-filter, check-header, validate-jwt oder cors).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IP address.</source>
        <translation>„%1“ ist keine IP-Adresse.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an IPv4 address.</source>
        <translation>„%1“ ist keine IPv4-Adresse.</translation>
    </message>
    <message>
        <source>an ip-filter needs &apos;addresses&apos; or &apos;ranges&apos;.</source>
        <translation>Ein ip-filter braucht „addresses“ oder „ranges“.</translation>
    </message>
    <message>
        <source>the key must be base64, as in the policy&apos;s &lt;key&gt; element.</source>
        <translation>Der Schlüssel muss Base64-kodiert sein, wie im &lt;key&gt;-Element der Richtlinie.</translation>
    </message>
    <message>
        <source>a cors policy needs &apos;allowedOrigins&apos; (&quot;*&quot; or origins such as &quot;https://app.example&quot;).</source>
        <translation>Eine cors-Richtlinie braucht „allowedOrigins“ (&quot;*&quot; oder Origins wie &quot;https://app.example&quot;).</translation>
    </message>
    <message>
        <source>credentials cannot be allowed for the origin &quot;*&quot;.</source>
        <translation>Für den Origin &quot;*&quot; können keine Zugangsdaten erlaubt werden.</translation>
    </message>
    <message>
        <source>the API id &apos;%1&apos; is used twice.</source>
        <translation>Die API-ID „%1“ wird doppelt verwendet.</translation>
    </message>
    <message>
        <source>the API &apos;%1&apos; has the revision %2 twice.</source>
        <translation>Die API „%1“ hat die Revision %2 doppelt.</translation>
    </message>
    <message>
        <source>there is no version set with the id &apos;%1&apos;.</source>
        <translation>Es gibt keinen Versionssatz mit der ID „%1“.</translation>
    </message>
    <message>
        <source>the API id &apos;%1&apos; is used twice (only one revision can be current; mark the others &quot;isCurrent&quot;: false).</source>
        <translation>Die API-ID „%1“ wird doppelt verwendet (nur eine Revision kann aktuell sein; setzen Sie bei den anderen &quot;isCurrent&quot;: false).</translation>
    </message>
    <message>
        <source>the URL suffix &apos;%1&apos; is already used by the API &apos;%2&apos;.</source>
        <translation>Das URL-Suffix „%1“ wird bereits von der API „%2“ verwendet.</translation>
    </message>
    <message>
        <source>the version &apos;%1&apos; of &apos;%2&apos; is already the API &apos;%3&apos;.</source>
        <translation>Die Version „%1“ von „%2“ ist bereits die API „%3“.</translation>
    </message>
    <message>
        <source>the API &apos;%1&apos; has no current revision.</source>
        <translation>Die API „%1“ hat keine aktuelle Revision.</translation>
    </message>
    <message>
        <source>every revision of the API &apos;%1&apos; must have the same URL suffix.</source>
        <translation>Alle Revisionen der API „%1“ müssen dasselbe URL-Suffix haben.</translation>
    </message>
    <message>
        <source>the product id &apos;%1&apos; is used twice.</source>
        <translation>Die Produkt-ID „%1“ wird doppelt verwendet.</translation>
    </message>
    <message>
        <source>there is no API with the id &apos;%1&apos;.</source>
        <translation>Es gibt keine API mit der ID „%1“.</translation>
    </message>
    <message>
        <source>the API &apos;%1&apos; is already in the open product &apos;%2&apos;; an API can be in only one product that requires no subscription.</source>
        <translation>Die API „%1“ ist bereits im offenen Produkt „%2“; eine API kann nur in einem einzigen Produkt ohne Abonnementpflicht sein.</translation>
    </message>
    <message>
        <source>the subscription id &apos;%1&apos; is used twice.</source>
        <translation>Die Abonnement-ID „%1“ wird doppelt verwendet.</translation>
    </message>
    <message>
        <source>there is no product with the id &apos;%1&apos;.</source>
        <translation>Es gibt kein Produkt mit der ID „%1“.</translation>
    </message>
    <message>
        <source>this key is already a key of the subscription &apos;%1&apos;; every key must be unique.</source>
        <translation>Dieser Schlüssel ist bereits ein Schlüssel des Abonnements „%1“; jeder Schlüssel muss eindeutig sein.</translation>
    </message>
    <message>
        <source>%1:%2:%3: not valid JSON: %4.</source>
        <translation>%1:%2:%3: kein gültiges JSON: %4.</translation>
    </message>
    <message>
        <source>%1: the top level must be a JSON object.</source>
        <translation>%1: Die oberste Ebene muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>%1: no such file.</source>
        <translation>%1: Datei nicht vorhanden.</translation>
    </message>
    <message>
        <source>%1: cannot read the file: %2</source>
        <translation>%1: Die Datei kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a management role: use contributor, reader or none.</source>
        <translation>„%1“ ist keine Verwaltungsrolle: Verwenden Sie contributor, reader oder none.</translation>
    </message>
</context>
<context>
    <name>gatehouse::sim::SimulatorServer</name>
    <message>
        <source>Cannot listen on %1 port %2: %3</source>
        <translation>Auf %1, Port %2, kann nicht gelauscht werden: %3</translation>
    </message>
    <message>
        <source>Cannot serve HTTP on %1 port %2.</source>
        <translation>HTTP kann auf %1, Port %2, nicht bereitgestellt werden.</translation>
    </message>
</context>
<context>
    <name>gatehouse::sim::UrlTemplate</name>
    <message>
        <source>the URL template &apos;%1&apos; must start with &apos;/&apos;.</source>
        <translation>Die URL-Vorlage „%1“ muss mit „/“ beginnen.</translation>
    </message>
    <message>
        <source>in the URL template &apos;%1&apos;, the wildcard &apos;%2&apos; must be the last segment.</source>
        <translation>In der URL-Vorlage „%1“ muss der Platzhalter „%2“ das letzte Segment sein.</translation>
    </message>
    <message>
        <source>the URL template &apos;%1&apos; has an invalid parameter &apos;%2&apos;.</source>
        <translation>Die URL-Vorlage „%1“ hat einen ungültigen Parameter „%2“.</translation>
    </message>
    <message>
        <source>in the URL template &apos;%1&apos;, a parameter must fill a whole segment: &apos;%2&apos;.</source>
        <translation>In der URL-Vorlage „%1“ muss ein Parameter ein ganzes Segment füllen: „%2“.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::AboutDialog</name>
    <message>
        <source>About Gatehouse</source>
        <translation>Über Gatehouse</translation>
    </message>
    <message>
        <source>A native API client that understands Azure API Management.
Gatehouse is free software: you may redistribute and change it under the terms of the GNU General Public License, version 3 or later (GPL-3.0-or-later).</source>
        <translation>Ein nativer API-Client, der Azure API Management versteht.
Gatehouse ist freie Software: Sie können sie unter den Bedingungen der GNU General Public License, Version 3 oder später (GPL-3.0-or-later), weitergeben und verändern.</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>&amp;Copy Version Information</source>
        <translation>Versionsinformationen &amp;kopieren</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::EnvironmentEditor</name>
    <message>
        <source>&amp;Show secret values</source>
        <translation>Geheime Werte &amp;zeigen</translation>
    </message>
    <message>
        <source>Environments</source>
        <translation>Umgebungen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Variables</source>
        <translation>Variablen</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheim</translation>
    </message>
    <message>
        <source>Add &amp;Variable</source>
        <translation>&amp;Variable hinzufügen</translation>
    </message>
    <message>
        <source>Remove Variable</source>
        <translation>Variable entfernen</translation>
    </message>
    <message>
        <source>APIM gateway</source>
        <translation>APIM-Gateway</translation>
    </message>
    <message>
        <source>contoso.azure-api.net, api.contoso.com</source>
        <translation>contoso.azure-api.net, api.contoso.com</translation>
    </message>
    <message>
        <source>The subscription key is added to requests for these hosts only, never anywhere else.</source>
        <translation>Der Abonnementschlüssel wird nur Anfragen an diese Hosts hinzugefügt, nirgends sonst.</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Query parameter</source>
        <translation>Query-Parameter</translation>
    </message>
    <message>
        <source>Usually a reference to a secret variable, so the key itself never goes into the shared file.</source>
        <translation>Meist ein Verweis auf eine geheime Variable, damit der Schlüssel selbst nie in die geteilte Datei gelangt.</translation>
    </message>
    <message>
        <source>&amp;Gateway hosts:</source>
        <translation>&amp;Gateway-Hosts:</translation>
    </message>
    <message>
        <source>Key &amp;goes in:</source>
        <translation>Schlüssel &amp;steht im:</translation>
    </message>
    <message>
        <source>Header or parameter &amp;name:</source>
        <translation>&amp;Name des Headers oder Parameters:</translation>
    </message>
    <message>
        <source>Subscription &amp;key:</source>
        <translation>Abonnement&amp;schlüssel:</translation>
    </message>
    <message>
        <source>Keep the key in a secret variable (Secret ticked): its value stays in this machine&apos;s keychain, and only its name goes into the environment file.</source>
        <translation>Legen Sie den Schlüssel in einer geheimen Variable ab (Geheim angekreuzt): Ihr Wert bleibt im Schlüsselbund dieses Rechners, nur ihr Name steht in der Umgebungsdatei.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>New Environment</source>
        <translation>Neue Umgebung</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 Kopie</translation>
    </message>
    <message>
        <source>A secret&apos;s value stays on this machine (keychain) and never goes into the shared file.</source>
        <translation>Der Wert eines Geheimnisses bleibt auf diesem Rechner (Schlüsselbund) und gelangt nie in die geteilte Datei.</translation>
    </message>
    <message>
        <source>TLS / certificates</source>
        <translation>TLS / Zertifikate</translation>
    </message>
    <message>
        <source>TLS settings per host</source>
        <translation>TLS-Einstellungen pro Host</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>CA bundle</source>
        <translation>CA-Bündel</translation>
    </message>
    <message>
        <source>Client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>api.contoso.com, api.contoso.com:8443 or *.contoso.com</source>
        <translation>api.contoso.com, api.contoso.com:8443 oder *.contoso.com</translation>
    </message>
    <message>
        <source>A PEM certificate (with its key) or a PKCS#12 bundle (.p12/.pfx)</source>
        <translation>Ein PEM-Zertifikat (mit seinem Schlüssel) oder ein PKCS#12-Bündel (.p12/.pfx)</translation>
    </message>
    <message>
        <source>A reference to a secret variable, such as {{clientKeyPassphrase}}</source>
        <translation>Ein Verweis auf eine geheime Variable, etwa {{clientKeyPassphrase}}</translation>
    </message>
    <message>
        <source>Add &amp;Host</source>
        <translation>H&amp;ost hinzufügen</translation>
    </message>
    <message>
        <source>Remove Host</source>
        <translation>Host entfernen</translation>
    </message>
    <message>
        <source>Choose &amp;File…</source>
        <translation>&amp;Datei wählen …</translation>
    </message>
    <message>
        <source>Choose the file for the selected CA bundle, client certificate or key cell.</source>
        <translation>Die Datei für die ausgewählte Zelle (CA-Bündel, Client-Zertifikat oder Schlüssel) wählen.</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.p12 *.pfx);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.p12 *.pfx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.key);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.crt *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose a File</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <source>Verify the server&apos;s certificate. Turn off only for a test server you trust.</source>
        <translation>Das Zertifikat des Servers prüfen. Nur für einen Testserver abschalten, dem Sie vertrauen.</translation>
    </message>
    <message>
        <source>(no host yet)</source>
        <translation>(noch kein Host)</translation>
    </message>
    <message>
        <source>Certificate verification is OFF for: %1. Anyone on the network path can read and change these requests.</source>
        <translation>Die Zertifikatsprüfung ist AUS für: %1. Jeder auf dem Netzwerkpfad kann diese Anfragen mitlesen und ändern.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::HistoryPanel</name>
    <message>
        <source>Search history (URL, method, status such as 4xx)</source>
        <translation>Verlauf durchsuchen (URL, Methode, Status wie 4xx)</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>Search the history</source>
        <translation>Verlauf durchsuchen</translation>
    </message>
    <message>
        <source>Sent requests</source>
        <translation>Gesendete Anfragen</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::InspectorPanel</name>
    <message>
        <source>When an API gateway answers with an error, the inspector explains it here: what Azure API Management means, the likely misconfiguration, and how to fix it.</source>
        <translation>Wenn ein API-Gateway mit einem Fehler antwortet, erklärt der Inspektor ihn hier: was Azure API Management meint, die wahrscheinliche Fehlkonfiguration und wie man sie behebt.</translation>
    </message>
    <message>
        <source>Likely causes, most likely first:</source>
        <translation>Wahrscheinliche Ursachen, die wahrscheinlichste zuerst:</translation>
    </message>
    <message>
        <source>How to confirm: %1</source>
        <translation>So bestätigen Sie es: %1</translation>
    </message>
    <message>
        <source>APIM Inspector</source>
        <translation>APIM-Inspektor</translation>
    </message>
    <message>
        <source>Confidence: %1 %</source>
        <translation>Konfidenz: %1 %</translation>
    </message>
    <message>
        <source>%1. %2 (%3 %)</source>
        <translation>%1. %2 (%3 %)</translation>
    </message>
    <message>
        <source>%1. Confirmed: %2</source>
        <translation>%1. Bestätigt: %2</translation>
    </message>
    <message>
        <source>%1. Ruled out: %2</source>
        <translation>%1. Ausgeschlossen: %2</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Trace: Send Again with APIM Tracing</source>
        <translation>Verfolgen: Mit APIM-Ablaufverfolgung erneut senden</translation>
    </message>
    <message>
        <source>Gets debug credentials from the management API, sends the request again with Apim-Debug-Authorization and shows the steps the gateway took.</source>
        <translation>Holt Debug-Anmeldedaten von der Verwaltungs-API, sendet die Anfrage mit Apim-Debug-Authorization erneut und zeigt die Schritte, die das Gateway ausgeführt hat.</translation>
    </message>
    <message>
        <source>APIM Trace</source>
        <translation>APIM-Ablaufverfolgung</translation>
    </message>
    <message>
        <source>APIM trace steps</source>
        <translation>Schritte der APIM-Ablaufverfolgung</translation>
    </message>
    <message>
        <source>Tracing …</source>
        <translation>Ablaufverfolgung …</translation>
    </message>
    <message>
        <source>APIM Trace %1</source>
        <translation>APIM-Ablaufverfolgung %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1, elapsed %2</source>
        <translation>%1, verstrichen: %2</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::LargeTextView</name>
    <message>
        <source>Response body</source>
        <translation>Antwort-Body</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Alles auswählen</translation>
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
    <message>
        <source>APIM Inspector</source>
        <translation>APIM-Inspektor</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>APIM &amp;Inspector</source>
        <translation>APIM-&amp;Inspektor</translation>
    </message>
    <message>
        <source>Changed the request: %1. Undo with Ctrl+Z.</source>
        <translation>Anfrage geändert: %1. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>Sending again in %1 s …</source>
        <translation>Erneutes Senden in %1 s …</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>No environment</source>
        <translation>Keine Umgebung</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>%1 — Gatehouse</source>
        <translation>%1 — Gatehouse</translation>
    </message>
    <message>
        <source>Secrets this machine does not have yet: %1</source>
        <translation>Geheimnisse, die dieser Rechner noch nicht hat: %1</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Geheimnisse</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Open the &amp;Playground</source>
        <translation>&amp;Playground öffnen</translation>
    </message>
    <message>
        <source>Sample requests against a built-in APIM simulator: see each classic error explained.</source>
        <translation>Beispielanfragen an einen eingebauten APIM-Simulator: Jeder klassische Fehler wird erklärt.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Re-opened %1 %2 from the history; masked credentials must be filled in again.</source>
        <translation>%1 %2 aus dem Verlauf wieder geöffnet; maskierte Zugangsdaten müssen neu eingetragen werden.</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>%1 is now a gateway host of %2; send again to use its key.</source>
        <translation>%1 ist jetzt ein Gateway-Host von %2; senden Sie erneut, um seinen Schlüssel zu verwenden.</translation>
    </message>
    <message>
        <source>Open requests</source>
        <translation>Offene Anfragen</translation>
    </message>
    <message>
        <source>Move “%1”</source>
        <translation>„%1“ verschieben</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <source>Variables, secrets and the APIM gateway of each environment (Ctrl+E)</source>
        <translation>Variablen, Geheimnisse und APIM-Gateway jeder Umgebung (Strg+E)</translation>
    </message>
    <message>
        <source>&amp;New Request Tab</source>
        <translation>&amp;Neuer Anfrage-Tab</translation>
    </message>
    <message>
        <source>New &amp;Collection…</source>
        <translation>Neue &amp;Sammlung …</translation>
    </message>
    <message>
        <source>New &amp;Workspace…</source>
        <translation>Neuer &amp;Arbeitsbereich …</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>API descriptions (*.json *.yaml *.yml *.har *.http *.rest *.txt *.sh);;All files (*)</source>
        <translation>API-Beschreibungen (*.json *.yaml *.yml *.har *.http *.rest *.txt *.sh);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>Tab s&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen …</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>New Re&amp;quest Here</source>
        <translation>Neue An&amp;frage hier</translation>
    </message>
    <message>
        <source>New &amp;Folder Here</source>
        <translation>Neuer &amp;Ordner hier</translation>
    </message>
    <message>
        <source>&amp;Quick Open…</source>
        <translation>Sc&amp;hnell öffnen …</translation>
    </message>
    <message>
        <source>&amp;Filter Requests</source>
        <translation>Anfragen &amp;filtern</translation>
    </message>
    <message>
        <source>&amp;Environments…</source>
        <translation>&amp;Umgebungen …</translation>
    </message>
    <message>
        <source>Ne&amp;xt Tab</source>
        <translation>Nä&amp;chster Tab</translation>
    </message>
    <message>
        <source>Pre&amp;vious Tab</source>
        <translation>&amp;Vorheriger Tab</translation>
    </message>
    <message>
        <source>&amp;Run Collection…</source>
        <translation>Sammlung &amp;ausführen …</translation>
    </message>
    <message>
        <source>&amp;Find in Response</source>
        <translation>In der Antwort &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>%1 (deleted)</source>
        <translation>%1 (gelöscht)</translation>
    </message>
    <message>
        <source>%1 %2 ●</source>
        <translation>%1 %2 ●</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 — unsaved changes (Ctrl+S saves)</source>
        <translation>%1 — ungespeicherte Änderungen (Strg+S speichert)</translation>
    </message>
    <message>
        <source>Close Tab</source>
        <translation>Tab schließen</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved.</source>
        <translation>„%1“ hat Änderungen, die nicht gespeichert sind.</translation>
    </message>
    <message>
        <source>Save them to the workspace before closing the tab?</source>
        <translation>Vor dem Schließen des Tabs im Arbeitsbereich speichern?</translation>
    </message>
    <message>
        <source>My Collection</source>
        <translation>Meine Sammlung</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>New Workspace: choose an empty folder (a git repository is a good place)</source>
        <translation>Neuer Arbeitsbereich: einen leeren Ordner wählen (ein Git-Repository ist ein guter Ort)</translation>
    </message>
    <message>
        <source>%1 is not empty. Create the workspace files in it anyway?</source>
        <translation>%1 ist nicht leer. Die Dateien des Arbeitsbereichs trotzdem dort anlegen?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save Request</source>
        <translation>Anfrage speichern</translation>
    </message>
    <message>
        <source>Requests are saved in a workspace folder. Open one (File &gt; Open Workspace) or create one (File &gt; New Workspace) first; this tab stays open meanwhile.</source>
        <translation>Anfragen werden in einem Arbeitsbereichsordner gespeichert. Öffnen Sie zuerst einen (Datei &gt; Arbeitsbereich öffnen) oder legen Sie einen an (Datei &gt; Neuer Arbeitsbereich); dieser Tab bleibt so lange offen.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;In:</source>
        <translation>&amp;In:</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>No environment: {{variables}} come from the collection and globals only.</source>
        <translation>Keine Umgebung: {{Variablen}} kommen nur aus der Sammlung und den globalen Variablen.</translation>
    </message>
    <message>
        <source>(secret, not set on this machine)</source>
        <translation>(geheim, auf diesem Rechner nicht gesetzt)</translation>
    </message>
    <message>
        <source>&lt;p&gt;APIM key added for: %1&lt;/p&gt;</source>
        <translation>&lt;p&gt;APIM-Schlüssel wird hinzugefügt für: %1&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Environments belong to a workspace: open or create one first.</source>
        <translation>Umgebungen gehören zu einem Arbeitsbereich: Öffnen oder erstellen Sie zuerst einen.</translation>
    </message>
    <message>
        <source>Edit environments</source>
        <translation>Umgebungen bearbeiten</translation>
    </message>
    <message>
        <source>Environments saved.</source>
        <translation>Umgebungen gespeichert.</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Neuer Ordner</translation>
    </message>
    <message>
        <source>New folder “%1”</source>
        <translation>Neuer Ordner „%1“</translation>
    </message>
    <message>
        <source>New Request</source>
        <translation>Neue Anfrage</translation>
    </message>
    <message>
        <source>New request “%1”</source>
        <translation>Neue Anfrage „%1“</translation>
    </message>
    <message>
        <source>Rename it with F2.</source>
        <translation>Mit F2 umbenennen.</translation>
    </message>
    <message>
        <source>New Collection</source>
        <translation>Neue Sammlung</translation>
    </message>
    <message>
        <source>Collections live in a workspace folder. Open or create a workspace first.</source>
        <translation>Sammlungen liegen in einem Arbeitsbereichsordner. Öffnen oder erstellen Sie zuerst einen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Name of the collection:</source>
        <translation>Name der Sammlung:</translation>
    </message>
    <message>
        <source>New collection “%1”</source>
        <translation>Neue Sammlung „%1“</translation>
    </message>
    <message>
        <source>Rename “%1” to “%2”</source>
        <translation>„%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation>„%1“ duplizieren</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message>
        <source>Deleted “%1”. Undo with Ctrl+Z.</source>
        <translation>„%1“ gelöscht. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot import %1: %2</source>
        <translation>%1 kann nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 has no requests to open. Open a workspace to import its environments.</source>
        <translation>%1 enthält keine Anfragen zum Öffnen. Öffnen Sie einen Arbeitsbereich, um seine Umgebungen zu importieren.</translation>
    </message>
    <message>
        <source>Opened the first of %1 requests from %2; open a workspace to import all of them.</source>
        <translation>Die erste von %1 Anfragen aus %2 geöffnet; öffnen Sie einen Arbeitsbereich, um alle zu importieren.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>Imported %1 requests from %2 (%3). Undo with Ctrl+Z.</source>
        <translation>%1 Anfragen aus %2 importiert (%3). Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>Some parts could not be carried over:</source>
        <translation>Einige Teile konnten nicht übernommen werden:</translation>
    </message>
    <message>
        <source>Quick Open finds requests in a workspace: open one first.</source>
        <translation>Schnell öffnen findet Anfragen in einem Arbeitsbereich: Öffnen Sie zuerst einen.</translation>
    </message>
    <message>
        <source>Quick Open</source>
        <translation>Schnell öffnen</translation>
    </message>
    <message>
        <source>Type part of a request&apos;s name, folder or URL</source>
        <translation>Einen Teil von Name, Ordner oder URL einer Anfrage eingeben</translation>
    </message>
    <message>
        <source>Find a request</source>
        <translation>Eine Anfrage finden</translation>
    </message>
    <message>
        <source>Matching requests</source>
        <translation>Passende Anfragen</translation>
    </message>
    <message>
        <source>%1  %2    %3</source>
        <translation>%1  %2    %3</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Send from the URL field</source>
        <translation>Aus dem URL-Feld senden</translation>
    </message>
    <message>
        <source>The runner runs a collection of a workspace: open one first.</source>
        <translation>Der Runner führt eine Sammlung eines Arbeitsbereichs aus: Öffnen Sie zuerst einen.</translation>
    </message>
    <message>
        <source>&amp;Cookies…</source>
        <translation>C&amp;ookies …</translation>
    </message>
    <message>
        <source>Copy &amp;As</source>
        <translation>&amp;Kopieren als</translation>
    </message>
    <message>
        <source>Include &amp;Credentials</source>
        <translation>&amp;Zugangsdaten einschließen</translation>
    </message>
    <message>
        <source>Copy keys, tokens and passwords in clear (off: they are masked)</source>
        <translation>Schlüssel, Tokens und Passwörter im Klartext kopieren (aus: sie werden maskiert)</translation>
    </message>
    <message>
        <source>Copied as %1, with credentials.</source>
        <translation>Als %1 kopiert, mit Zugangsdaten.</translation>
    </message>
    <message>
        <source>Copied as %1; credentials are masked (Request › Copy As › Include Credentials to copy them).</source>
        <translation>Als %1 kopiert; Zugangsdaten sind maskiert (Anfrage › Kopieren als › Zugangsdaten einschließen, um sie mitzukopieren).</translation>
    </message>
    <message>
        <source>Asking the management API of %1 to confirm …</source>
        <translation>Die Verwaltungs-API von %1 wird um Bestätigung gebeten …</translation>
    </message>
    <message>
        <source>Not confirmed: %1</source>
        <translation>Nicht bestätigt: %1</translation>
    </message>
    <message>
        <source>The management API was asked; the inspector shows what it confirmed.</source>
        <translation>Die Verwaltungs-API wurde befragt; der Inspektor zeigt, was sie bestätigt hat.</translation>
    </message>
    <message>
        <source>Sign in to Azure</source>
        <translation>Bei Azure anmelden</translation>
    </message>
    <message>
        <source>Open %1 and enter the code %2.</source>
        <translation>Öffnen Sie %1 und geben Sie den Code %2 ein.</translation>
    </message>
    <message>
        <source>Cookies</source>
        <translation>Cookies</translation>
    </message>
    <message>
        <source>Kept in %1 (local, never shared through git).</source>
        <translation>Gespeichert in %1 (lokal, nie über Git geteilt).</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>end of session</source>
        <translation>Ende der Sitzung</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Clear &amp;All</source>
        <translation>&amp;Alle löschen</translation>
    </message>
    <message>
        <source>Fill in the access token URL and the client ID first.</source>
        <translation>Füllen Sie zuerst die Zugriffstoken-URL und die Client-ID aus.</translation>
    </message>
    <message>
        <source>The request cannot be resolved (see the response area).</source>
        <translation>Die Anfrage kann nicht aufgelöst werden (siehe Antwortbereich).</translation>
    </message>
    <message>
        <source>Got a token (%1), valid until %2.</source>
        <translation>Token erhalten (%1), gültig bis %2.</translation>
    </message>
    <message>
        <source>Got a token (%1).</source>
        <translation>Token erhalten (%1).</translation>
    </message>
    <message>
        <source>Tracing needs a management connection in the environment&apos;s APIM profile (Ctrl+E).</source>
        <translation>Die Ablaufverfolgung braucht eine Verwaltungsverbindung im APIM-Profil der Umgebung (Strg+E).</translation>
    </message>
    <message>
        <source>Asking the management API of %1 for debug credentials …</source>
        <translation>Frage die Verwaltungs-API von %1 nach Debug-Anmeldedaten …</translation>
    </message>
    <message>
        <source>Not traced: %1</source>
        <translation>Nicht verfolgt: %1</translation>
    </message>
    <message>
        <source>The trace could not be fetched: %1</source>
        <translation>Die Ablaufverfolgung konnte nicht abgerufen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Waiting for the sign-in in your browser (up to %n minute(s)) …</source>
        <translation>
            <numerusform>Warte auf die Anmeldung in Ihrem Browser (bis zu %n Minute) …</numerusform>
            <numerusform>Warte auf die Anmeldung in Ihrem Browser (bis zu %n Minuten) …</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting for the sign-in in your browser …</source>
        <translation>Warte auf die Anmeldung in Ihrem Browser …</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::RequestPanel</name>
    <message>
        <source>HTTP method</source>
        <translation>HTTP-Methode</translation>
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
    <message>
        <source>No description. Stored requests can carry one (Markdown).</source>
        <translation>Keine Beschreibung. Gespeicherte Anfragen können eine haben (Markdown).</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Request parts</source>
        <translation>Teile der Anfrage</translation>
    </message>
    <message>
        <source>The address to send the request to; {{variables}} are highlighted, a pasted curl command is imported</source>
        <translation>Die Adresse, an die die Anfrage gesendet wird; {{Variablen}} werden hervorgehoben, ein eingefügter curl-Befehl wird importiert</translation>
    </message>
    <message>
        <source>Enter a URL, for example https://contoso.azure-api.net/echo/resource, or paste a curl command</source>
        <translation>URL eingeben, zum Beispiel https://contoso.azure-api.net/echo/resource, oder einen curl-Befehl einfügen</translation>
    </message>
    <message>
        <source>&amp;Params</source>
        <translation>&amp;Parameter</translation>
    </message>
    <message>
        <source>A&amp;uth</source>
        <translation>A&amp;uthentifizierung</translation>
    </message>
    <message>
        <source>&amp;Scripts</source>
        <translation>&amp;Skripte</translation>
    </message>
    <message>
        <source>Se&amp;ttings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Query parameters</source>
        <translation>Query-Parameter</translation>
    </message>
    <message>
        <source>Remove Parameter</source>
        <translation>Parameter entfernen</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Headers added automatically</source>
        <translation>Automatisch hinzugefügte Header</translation>
    </message>
    <message>
        <source>Added when sent (a header of yours with the same name replaces them):</source>
        <translation>Werden beim Senden hinzugefügt (ein eigener Header mit demselben Namen ersetzt sie):</translation>
    </message>
    <message>
        <source>Bod&amp;y:</source>
        <translation>Inha&amp;lt:</translation>
    </message>
    <message>
        <source>Body type</source>
        <translation>Art des Inhalts</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Roh</translation>
    </message>
    <message>
        <source>Form URL-encoded</source>
        <translation>Formular (URL-kodiert)</translation>
    </message>
    <message>
        <source>Multipart form</source>
        <translation>Multipart-Formular</translation>
    </message>
    <message>
        <source>Binary file</source>
        <translation>Binärdatei</translation>
    </message>
    <message>
        <source>GraphQL</source>
        <translation>GraphQL</translation>
    </message>
    <message>
        <source>Body language</source>
        <translation>Sprache des Inhalts</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Content-Type that is sent</source>
        <translation>Gesendeter Content-Type</translation>
    </message>
    <message>
        <source>This request has no body.</source>
        <translation>Diese Anfrage hat keinen Inhalt.</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Anfrageinhalt</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Form fields</source>
        <translation>Formularfelder</translation>
    </message>
    <message>
        <source>Remove Field</source>
        <translation>Feld entfernen</translation>
    </message>
    <message>
        <source>Multipart parts</source>
        <translation>Multipart-Teile</translation>
    </message>
    <message>
        <source>Remove Part</source>
        <translation>Teil entfernen</translation>
    </message>
    <message>
        <source>Choose &amp;File…</source>
        <translation>&amp;Datei wählen …</translation>
    </message>
    <message>
        <source>Make the selected part a file part, or add one</source>
        <translation>Den ausgewählten Teil zu einem Dateiteil machen oder einen hinzufügen</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <source>Body file</source>
        <translation>Inhaltsdatei</translation>
    </message>
    <message>
        <source>A file sent as the body, streamed from disk (relative to the workspace)</source>
        <translation>Eine Datei, die als Inhalt direkt von der Platte gesendet wird (relativ zum Arbeitsbereich)</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Wählen …</translation>
    </message>
    <message>
        <source>&amp;Query:</source>
        <translation>&amp;Abfrage:</translation>
    </message>
    <message>
        <source>GraphQL query</source>
        <translation>GraphQL-Abfrage</translation>
    </message>
    <message>
        <source>&amp;Variables (JSON):</source>
        <translation>&amp;Variablen (JSON):</translation>
    </message>
    <message>
        <source>GraphQL variables</source>
        <translation>GraphQL-Variablen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>Show or hide the secret</source>
        <translation>Geheimnis zeigen oder verbergen</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 zeigen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Auth type</source>
        <translation>Authentifizierungsart</translation>
    </message>
    <message>
        <source>Inherit from parent</source>
        <translation>Vom übergeordneten Element erben</translation>
    </message>
    <message>
        <source>No auth</source>
        <translation>Keine Authentifizierung</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>Basic</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation>Bearer-Token</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>APIM subscription key</source>
        <translation>APIM-Abonnementschlüssel</translation>
    </message>
    <message>
        <source>OAuth 2.0</source>
        <translation>OAuth 2.0</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Benut&amp;zername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>T&amp;oken:</source>
        <translation>T&amp;oken:</translation>
    </message>
    <message>
        <source>Key name</source>
        <translation>Schlüsselname</translation>
    </message>
    <message>
        <source>Key value</source>
        <translation>Schlüsselwert</translation>
    </message>
    <message>
        <source>Where the key goes</source>
        <translation>Wohin der Schlüssel kommt</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Query parameter</source>
        <translation>Query-Parameter</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>&amp;Add to:</source>
        <translation>Hin&amp;zufügen zu:</translation>
    </message>
    <message>
        <source>Grant type</source>
        <translation>Grant-Typ</translation>
    </message>
    <message>
        <source>Authorization code</source>
        <translation>Autorisierungscode</translation>
    </message>
    <message>
        <source>Client credentials</source>
        <translation>Client-Anmeldedaten</translation>
    </message>
    <message>
        <source>Implicit</source>
        <translation>Implizit</translation>
    </message>
    <message>
        <source>How the client credentials are sent</source>
        <translation>Wie die Client-Anmeldedaten gesendet werden</translation>
    </message>
    <message>
        <source>As a Basic auth header</source>
        <translation>Als Basic-Auth-Header</translation>
    </message>
    <message>
        <source>In the token request body</source>
        <translation>Im Inhalt der Token-Anfrage</translation>
    </message>
    <message>
        <source>Authorization URL</source>
        <translation>Autorisierungs-URL</translation>
    </message>
    <message>
        <source>Access token URL</source>
        <translation>Zugriffstoken-URL</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Header prefix</source>
        <translation>Header-Präfix</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Filled in when a token is fetched</source>
        <translation>Wird ausgefüllt, wenn ein Token abgerufen wird</translation>
    </message>
    <message>
        <source>&amp;Grant type:</source>
        <translation>&amp;Grant-Typ:</translation>
    </message>
    <message>
        <source>Authori&amp;zation URL:</source>
        <translation>Autorisierungs-UR&amp;L:</translation>
    </message>
    <message>
        <source>Access token U&amp;RL:</source>
        <translation>Zugriffstoken-U&amp;RL:</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <source>Client s&amp;ecret:</source>
        <translation>Client-Geheim&amp;nis:</translation>
    </message>
    <message>
        <source>Send client credentials:</source>
        <translation>Client-Anmeldedaten senden:</translation>
    </message>
    <message>
        <source>Sc&amp;ope:</source>
        <translation>Sc&amp;ope:</translation>
    </message>
    <message>
        <source>Header &amp;prefix:</source>
        <translation>Header-Prä&amp;fix:</translation>
    </message>
    <message>
        <source>Access to&amp;ken:</source>
        <translation>Zugriffsto&amp;ken:</translation>
    </message>
    <message>
        <source>Pre-re&amp;quest script (JavaScript, runs before sending):</source>
        <translation>Pre-Re&amp;quest-Skript (JavaScript, läuft vor dem Senden):</translation>
    </message>
    <message>
        <source>Pre-request script</source>
        <translation>Pre-Request-Skript</translation>
    </message>
    <message>
        <source>&amp;Tests (JavaScript, run on the response):</source>
        <translation>&amp;Tests (JavaScript, prüfen die Antwort):</translation>
    </message>
    <message>
        <source>Test script</source>
        <translation>Testskript</translation>
    </message>
    <message>
        <source>Timeout in milliseconds</source>
        <translation>Zeitlimit in Millisekunden</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Unbegrenzt</translation>
    </message>
    <message>
        <source>The whole exchange must finish within this time; 0 means no limit</source>
        <translation>Der gesamte Austausch muss innerhalb dieser Zeit abgeschlossen sein; 0 bedeutet keine Grenze</translation>
    </message>
    <message>
        <source>Connect timeout in milliseconds</source>
        <translation>Zeitlimit für den Verbindungsaufbau in Millisekunden</translation>
    </message>
    <message>
        <source>Establishing the connection (TCP and TLS) must take no longer; 0 means no limit</source>
        <translation>Der Verbindungsaufbau (TCP und TLS) darf nicht länger dauern; 0 bedeutet keine Grenze</translation>
    </message>
    <message>
        <source>Transfer timeout in milliseconds</source>
        <translation>Zeitlimit für die Übertragung in Millisekunden</translation>
    </message>
    <message>
        <source>The longest time without anything sent or received; 0 means no limit</source>
        <translation>Die längste Zeit, in der nichts gesendet oder empfangen wird; 0 bedeutet keine Grenze</translation>
    </message>
    <message>
        <source>&amp;Follow redirects</source>
        <translation>Weiterleitungen &amp;folgen</translation>
    </message>
    <message>
        <source>&amp;Verify TLS certificates</source>
        <translation>&amp;TLS-Zertifikate prüfen</translation>
    </message>
    <message>
        <source>T&amp;imeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <source>&amp;Connect timeout:</source>
        <translation>Zeitlimit für &amp;Verbindung:</translation>
    </message>
    <message>
        <source>Tr&amp;ansfer timeout:</source>
        <translation>Zeitlimit für Übertr&amp;agung:</translation>
    </message>
    <message>
        <source>&lt;b&gt;TLS certificate verification is off.&lt;/b&gt; Any server can pretend to be this one, and anyone on the way can read and change the request, keys included. Turn it off only for a test server with a self-signed certificate.</source>
        <translation>&lt;b&gt;Die Prüfung der TLS-Zertifikate ist abgeschaltet.&lt;/b&gt; Jeder Server kann sich als dieser ausgeben, und jeder auf dem Weg kann die Anfrage mitlesen und ändern, Schlüssel eingeschlossen. Schalten Sie die Prüfung nur für einen Testserver mit selbstsigniertem Zertifikat ab.</translation>
    </message>
    <message>
        <source>Content-Type: %1 (set in Headers)</source>
        <translation>Content-Type: %1 (in den Headern gesetzt)</translation>
    </message>
    <message>
        <source>Content-Type: %1 (automatic)</source>
        <translation>Content-Type: %1 (automatisch)</translation>
    </message>
    <message>
        <source>Uses the auth of the nearest folder that has one, else the collection&apos;s.</source>
        <translation>Verwendet die Authentifizierung des nächstgelegenen Ordners, der eine hat, sonst die der Sammlung.</translation>
    </message>
    <message>
        <source>No credentials are added to this request.</source>
        <translation>Dieser Anfrage werden keine Zugangsdaten hinzugefügt.</translation>
    </message>
    <message>
        <source>Sent as “Authorization: Bearer &lt;token&gt;”.</source>
        <translation>Wird als „Authorization: Bearer &lt;Token&gt;“ gesendet.</translation>
    </message>
    <message>
        <source>Leave the value empty to use {{%1}} from the environment.</source>
        <translation>Lassen Sie den Wert leer, um {{%1}} aus der Umgebung zu verwenden.</translation>
    </message>
    <message>
        <source>Gatehouse stores this configuration; the access token below is what is sent.</source>
        <translation>Gatehouse speichert diese Konfiguration; gesendet wird das Zugriffstoken unten.</translation>
    </message>
    <message>
        <source>TLS certificate verification is off for this request</source>
        <translation>Die Prüfung der TLS-Zertifikate ist für diese Anfrage abgeschaltet</translation>
    </message>
    <message>
        <source>Not chosen</source>
        <translation>Nicht gewählt</translation>
    </message>
    <message>
        <source>The pasted curl command was not imported: %1</source>
        <translation>Der eingefügte curl-Befehl wurde nicht importiert: %1</translation>
    </message>
    <message>
        <source>Imported the curl command: %1 %2</source>
        <translation>curl-Befehl importiert: %1 %2</translation>
    </message>
    <message>
        <source>Choose the Body File</source>
        <translation>Inhaltsdatei wählen</translation>
    </message>
    <message>
        <source>Choose a File to Upload</source>
        <translation>Datei zum Hochladen wählen</translation>
    </message>
    <message>
        <source>Get &amp;Token</source>
        <translation>&amp;Token holen</translation>
    </message>
    <message>
        <source>Get an OAuth 2.0 token now with these settings (in the current environment) and keep it for sending.</source>
        <translation>Jetzt mit diesen Einstellungen (in der aktuellen Umgebung) ein OAuth-2.0-Token holen und für das Senden aufbewahren.</translation>
    </message>
    <message>
        <source>Getting a token …</source>
        <translation>Hole ein Token …</translation>
    </message>
    <message>
        <source>OAuth 2.0 token state</source>
        <translation>Status des OAuth-2.0-Tokens</translation>
    </message>
    <message>
        <source>Cancel Sign-&amp;In</source>
        <translation>Anmeldung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Stop waiting for the sign-in in the browser.</source>
        <translation>Nicht länger auf die Anmeldung im Browser warten.</translation>
    </message>
    <message>
        <source>Inherited</source>
        <translation>Geerbt</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>OAuth 1.0</source>
        <translation>OAuth 1.0</translation>
    </message>
    <message>
        <source>Realm</source>
        <translation>Realm</translation>
    </message>
    <message>
        <source>From the server&apos;s challenge</source>
        <translation>Aus der Challenge des Servers</translation>
    </message>
    <message>
        <source>Nonce</source>
        <translation>Nonce</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>Quality of protection</source>
        <translation>Quality of Protection (qop)</translation>
    </message>
    <message>
        <source>Nonce count</source>
        <translation>Nonce-Zähler</translation>
    </message>
    <message>
        <source>Client nonce</source>
        <translation>Client-Nonce</translation>
    </message>
    <message>
        <source>Random</source>
        <translation>Zufällig</translation>
    </message>
    <message>
        <source>Opaque</source>
        <translation>Opaque</translation>
    </message>
    <message>
        <source>&amp;Realm:</source>
        <translation>&amp;Realm:</translation>
    </message>
    <message>
        <source>&amp;Nonce:</source>
        <translation>&amp;Nonce:</translation>
    </message>
    <message>
        <source>&amp;Algorithm:</source>
        <translation>&amp;Algorithmus:</translation>
    </message>
    <message>
        <source>&amp;qop:</source>
        <translation>&amp;qop:</translation>
    </message>
    <message>
        <source>Nonce &amp;count:</source>
        <translation>Nonce-&amp;Zähler:</translation>
    </message>
    <message>
        <source>C&amp;lient nonce:</source>
        <translation>C&amp;lient-Nonce:</translation>
    </message>
    <message>
        <source>&amp;Opaque:</source>
        <translation>&amp;Opaque:</translation>
    </message>
    <message>
        <source>Signature method</source>
        <translation>Signaturmethode</translation>
    </message>
    <message>
        <source>Consumer key</source>
        <translation>Consumer Key</translation>
    </message>
    <message>
        <source>Consumer secret</source>
        <translation>Consumer-Geheimnis</translation>
    </message>
    <message>
        <source>Token secret</source>
        <translation>Token-Geheimnis</translation>
    </message>
    <message>
        <source>Callback URL</source>
        <translation>Callback-URL</translation>
    </message>
    <message>
        <source>Verifier</source>
        <translation>Verifier</translation>
    </message>
    <message>
        <source>Timestamp</source>
        <translation>Zeitstempel</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <source>Where the OAuth 1.0 parameters go</source>
        <translation>Wohin die OAuth-1.0-Parameter kommen</translation>
    </message>
    <message>
        <source>Authorization header</source>
        <translation>Authorization-Header</translation>
    </message>
    <message>
        <source>Query (or the form body)</source>
        <translation>Query (oder der Formular-Body)</translation>
    </message>
    <message>
        <source>Send and sign &amp;empty parameters</source>
        <translation>&amp;Leere Parameter senden und signieren</translation>
    </message>
    <message>
        <source>Include a &amp;body hash</source>
        <translation>&amp;Body-Hash mitsenden</translation>
    </message>
    <message>
        <source>Signature &amp;method:</source>
        <translation>Signatur&amp;methode:</translation>
    </message>
    <message>
        <source>&amp;Consumer key:</source>
        <translation>&amp;Consumer Key:</translation>
    </message>
    <message>
        <source>Consumer s&amp;ecret:</source>
        <translation>Consumer-G&amp;eheimnis:</translation>
    </message>
    <message>
        <source>T&amp;oken secret:</source>
        <translation>T&amp;oken-Geheimnis:</translation>
    </message>
    <message>
        <source>Callback &amp;URL:</source>
        <translation>Callback-&amp;URL:</translation>
    </message>
    <message>
        <source>Verif&amp;ier:</source>
        <translation>Verif&amp;ier:</translation>
    </message>
    <message>
        <source>Time&amp;stamp:</source>
        <translation>Zeit&amp;stempel:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>Protocol behaviour (as in Postman)</source>
        <translation>Protokollverhalten (wie in Postman)</translation>
    </message>
    <message>
        <source>Keep the method on redirects</source>
        <translation>Methode bei Weiterleitungen behalten</translation>
    </message>
    <message>
        <source>Yes: a redirect keeps the method and body. Default: 301, 302 and 303 turn into a GET without a body; 307 and 308 keep them. (followOriginalHttpMethod)</source>
        <translation>Ja: Eine Weiterleitung behält Methode und Body. Standard: 301, 302 und 303 werden zu einem GET ohne Body; 307 und 308 behalten sie. (followOriginalHttpMethod)</translation>
    </message>
    <message>
        <source>Keep Authorization on redirects to another host</source>
        <translation>Authorization bei Weiterleitungen zu einem anderen Host behalten</translation>
    </message>
    <message>
        <source>Yes: the Authorization header follows a redirect to another host. Default: it is dropped there. (followAuthorizationHeader)</source>
        <translation>Ja: Der Authorization-Header folgt einer Weiterleitung zu einem anderen Host. Standard: Er wird dort weggelassen. (followAuthorizationHeader)</translation>
    </message>
    <message>
        <source>Remove the Referer on redirects</source>
        <translation>Referer bei Weiterleitungen entfernen</translation>
    </message>
    <message>
        <source>Yes: redirected requests carry no Referer of Gatehouse&apos;s (one you set stays). Default: each carries the address it was redirected from. (removeRefererHeaderOnRedirect)</source>
        <translation>Ja: Weitergeleitete Anfragen tragen keinen Referer von Gatehouse (ein selbst gesetzter bleibt). Standard: Jede trägt die Adresse, von der sie weitergeleitet wurde. (removeRefererHeaderOnRedirect)</translation>
    </message>
    <message>
        <source>Maximum redirects</source>
        <translation>Höchstzahl an Weiterleitungen</translation>
    </message>
    <message>
        <source>How many redirects are followed at most; default 10. (maxRedirects)</source>
        <translation>Wie vielen Weiterleitungen höchstens gefolgt wird; Standard 10. (maxRedirects)</translation>
    </message>
    <message>
        <source>Send the body with GET and HEAD</source>
        <translation>Body mit GET und HEAD senden</translation>
    </message>
    <message>
        <source>Yes: a GET, HEAD, COPY, PURGE or UNLOCK sends its body. No: the body is left out, as Postman does by default. Default: sent (collections imported from Postman say No). (disableBodyPruning)</source>
        <translation>Ja: Ein GET, HEAD, COPY, PURGE oder UNLOCK sendet seinen Body. Nein: Der Body wird weggelassen, wie Postman es standardmäßig tut. Standard: gesendet (aus Postman importierte Sammlungen sagen Nein). (disableBodyPruning)</translation>
    </message>
    <message>
        <source>Send the URL without encoding</source>
        <translation>URL ohne Kodierung senden</translation>
    </message>
    <message>
        <source>Yes: the URL goes out as written, without percent-encoding. Default: no. (disableUrlEncoding)</source>
        <translation>Ja: Die URL geht wie geschrieben hinaus, ohne Prozentkodierung. Standard: nein. (disableUrlEncoding)</translation>
    </message>
    <message>
        <source>Ignore the cookie jar</source>
        <translation>Cookie-Speicher nicht verwenden</translation>
    </message>
    <message>
        <source>Yes: no cookies from the jar are sent, and none received are kept. Default: no. (disableCookies)</source>
        <translation>Ja: Es werden keine Cookies aus dem Speicher gesendet und keine empfangenen behalten. Standard: nein. (disableCookies)</translation>
    </message>
    <message>
        <source>Keep the &amp;method on redirects:</source>
        <translation>&amp;Methode bei Weiterleitungen behalten:</translation>
    </message>
    <message>
        <source>Keep A&amp;uthorization on redirects to another host:</source>
        <translation>A&amp;uthorization bei Weiterleitungen zu einem anderen Host behalten:</translation>
    </message>
    <message>
        <source>Remove the &amp;Referer on redirects:</source>
        <translation>&amp;Referer bei Weiterleitungen entfernen:</translation>
    </message>
    <message>
        <source>Ma&amp;ximum redirects:</source>
        <translation>Hö&amp;chstzahl an Weiterleitungen:</translation>
    </message>
    <message>
        <source>Send the bod&amp;y with GET and HEAD:</source>
        <translation>Bod&amp;y mit GET und HEAD senden:</translation>
    </message>
    <message>
        <source>Send the URL &amp;without encoding:</source>
        <translation>URL &amp;ohne Kodierung senden:</translation>
    </message>
    <message>
        <source>I&amp;gnore the cookie jar:</source>
        <translation>Cookie-Speicher &amp;nicht verwenden:</translation>
    </message>
    <message>
        <source>The password answers the server&apos;s digest challenge; it is never sent itself. With realm and nonce filled in, the answer goes with the first request (as in Postman).</source>
        <translation>Das Passwort beantwortet die Digest-Challenge des Servers; es selbst wird nie gesendet. Sind Realm und Nonce ausgefüllt, geht die Antwort schon mit der ersten Anfrage mit (wie in Postman).</translation>
    </message>
    <message>
        <source>Each request is signed as it goes out (RFC 5849), over its method, URL, query and form body.</source>
        <translation>Jede Anfrage wird beim Senden signiert (RFC 5849), über Methode, URL, Query und Formular-Body.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::RequestTab</name>
    <message>
        <source>New Request</source>
        <translation>Neue Anfrage</translation>
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
        <source>Copy as</source>
        <translation>Kopieren als</translation>
    </message>
    <message>
        <source>Filter JSON: $.items[0].name, $..id</source>
        <translation>JSON filtern: $.items[0].name, $..id</translation>
    </message>
    <message>
        <source>A JSONPath expression; the body shows the values it selects. Empty: the whole body.</source>
        <translation>Ein JSONPath-Ausdruck; der Inhalt zeigt die ausgewählten Werte. Leer: der ganze Inhalt.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Flags</translation>
    </message>
    <message>
        <source>Copy the request as sent as a curl command (or, from the menu, as code)</source>
        <translation>Die gesendete Anfrage als curl-Befehl kopieren (oder über das Menü als Code)</translation>
    </message>
    <message>
        <source>Cookies</source>
        <translation>Cookies</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Large body (%1): the first %2 are shown as received.</source>
        <translation>Großer Inhalt (%1): Die ersten %2 werden wie empfangen angezeigt.</translation>
    </message>
    <message>
        <source>Show all, formatted</source>
        <translation>Alles formatiert zeigen</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alles zeigen</translation>
    </message>
    <message>
        <source>Reading and formatting %1 …</source>
        <translation>Lese und formatiere %1 …</translation>
    </message>
    <message>
        <source>The body is no valid JSON: %1</source>
        <translation>Der Inhalt ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>%1 values selected</source>
        <translation>%1 Werte ausgewählt</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 Pixel</translation>
    </message>
    <message>
        <source>This image cannot be shown: %1</source>
        <translation>Dieses Bild kann nicht angezeigt werden: %1</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Cookies (%1)</source>
        <translation>Cookies (%1)</translation>
    </message>
    <message>
        <source>Open in PDF Viewer</source>
        <translation>Im PDF-Betrachter öffnen</translation>
    </message>
    <message>
        <source>Open the PDF with the desktop&apos;s default PDF viewer</source>
        <translation>Das PDF mit dem Standard-PDF-Betrachter des Desktops öffnen</translation>
    </message>
    <message numerus="yes">
        <source>PDF document, %1, %n page(s).</source>
        <translation>
            <numerusform>PDF-Dokument, %1, %n Seite.</numerusform>
            <numerusform>PDF-Dokument, %1, %n Seiten.</numerusform>
        </translation>
    </message>
    <message>
        <source>This PDF cannot be shown here; try the PDF viewer.</source>
        <translation>Dieses PDF kann hier nicht angezeigt werden; versuchen Sie es mit dem PDF-Betrachter.</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Download-Fortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop receiving the response (Esc)</source>
        <translation>Den Empfang der Antwort beenden (Esc)</translation>
    </message>
    <message>
        <source>Waiting for the response …</source>
        <translation>Warte auf die Antwort …</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 received</source>
        <translation>%1 empfangen</translation>
    </message>
    <message>
        <source>The first %1 characters of the body are shown; save the body to see all of it.</source>
        <translation>Die ersten %1 Zeichen des Inhalts werden angezeigt; speichern Sie den Inhalt, um ihn vollständig zu sehen.</translation>
    </message>
    <message>
        <source>The whole body is shown.</source>
        <translation>Der ganze Inhalt wird angezeigt.</translation>
    </message>
    <message>
        <source>Highlighting follows the lines on screen.</source>
        <translation>Die Hervorhebung folgt den Zeilen auf dem Bildschirm.</translation>
    </message>
    <message>
        <source>Not highlighted.</source>
        <translation>Nicht hervorgehoben.</translation>
    </message>
    <message>
        <source>PDF document, %1.</source>
        <translation>PDF-Dokument, %1.</translation>
    </message>
    <message>
        <source>PDF document, %1. This build has no PDF preview: open it in your PDF viewer.</source>
        <translation>PDF-Dokument, %1. Dieser Build hat keine PDF-Vorschau: Öffnen Sie es in Ihrem PDF-Betrachter.</translation>
    </message>
    <message>
        <source>A preview is shown for HTML pages (up to %1), images and PDF documents.</source>
        <translation>Eine Vorschau wird für HTML-Seiten (bis %1), Bilder und PDF-Dokumente angezeigt.</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>PDF öffnen</translation>
    </message>
    <message>
        <source>No application to open PDF documents was found.</source>
        <translation>Es wurde keine Anwendung zum Öffnen von PDF-Dokumenten gefunden.</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;.</source>
        <translation>„%1“ kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The HTTP version the response came over</source>
        <translation>Die HTTP-Version, über die die Antwort kam</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::RunnerView</name>
    <message>
        <source>Stop at the first &amp;failure</source>
        <translation>Beim ersten &amp;Fehlschlag anhalten</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Run Collection</source>
        <translation>Sammlung ausführen</translation>
    </message>
    <message>
        <source>No environment</source>
        <translation>Keine Umgebung</translation>
    </message>
    <message>
        <source>one per data row (or 1)</source>
        <translation>eine je Datenzeile (oder 1)</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Optional: CSV or JSON, one row per iteration</source>
        <translation>Optional: CSV oder JSON, eine Zeile je Durchlauf</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>Iteration Data</source>
        <translation>Durchlaufdaten</translation>
    </message>
    <message>
        <source>Data (*.csv *.json);;All files (*)</source>
        <translation>Daten (*.csv *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Collection or folder:</source>
        <translation>&amp;Sammlung oder Ordner:</translation>
    </message>
    <message>
        <source>&amp;Environment:</source>
        <translation>&amp;Umgebung:</translation>
    </message>
    <message>
        <source>&amp;Iterations:</source>
        <translation>D&amp;urchläufe:</translation>
    </message>
    <message>
        <source>&amp;Delay between requests:</source>
        <translation>&amp;Pause zwischen Anfragen:</translation>
    </message>
    <message>
        <source>D&amp;ata file:</source>
        <translation>D&amp;atendatei:</translation>
    </message>
    <message>
        <source>Run results</source>
        <translation>Ergebnisse des Laufs</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <source>Choose a collection or folder to run.</source>
        <translation>Wählen Sie eine Sammlung oder einen Ordner zum Ausführen.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Running …</source>
        <translation>Läuft …</translation>
    </message>
    <message>
        <source>#%1  %2 %3</source>
        <translation>#%1  %2 %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>○ %1 (skipped)</source>
        <translation>○ %1 (übersprungen)</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>✗ %1 — %2</source>
        <translation>✗ %1 — %2</translation>
    </message>
    <message>
        <source>APIM: %1</source>
        <translation>APIM: %1</translation>
    </message>
    <message>
        <source>%1 of %2 failed</source>
        <translation>%1 von %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 passed</source>
        <translation>%1 bestanden</translation>
    </message>
    <message>
        <source>%1 requests (%2 failed), %3 assertions (%4 failed), average %5 ms</source>
        <translation>%1 Anfragen (%2 fehlgeschlagen), %3 Prüfungen (%4 fehlgeschlagen), im Mittel %5 ms</translation>
    </message>
    <message>
        <source>Stopped. %1</source>
        <translation>Angehalten. %1</translation>
    </message>
    <message>
        <source>Passed in %1 ms. %2</source>
        <translation>Bestanden in %1 ms. %2</translation>
    </message>
    <message>
        <source>Failed after %1 ms. %2</source>
        <translation>Fehlgeschlagen nach %1 ms. %2</translation>
    </message>
    <message>
        <source>Show only fai&amp;lures</source>
        <translation>Nur Fehlschläge &amp;zeigen</translation>
    </message>
    <message>
        <source>E&amp;xport Report…</source>
        <translation>Bericht e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Hide the requests that passed and the assertions that passed</source>
        <translation>Bestandene Anfragen und bestandene Prüfungen ausblenden</translation>
    </message>
    <message>
        <source>Save the report of the last run as JUnit XML (for CI) or JSON</source>
        <translation>Den Bericht des letzten Laufs als JUnit-XML (für CI) oder JSON speichern</translation>
    </message>
    <message>
        <source>There is no finished run to export.</source>
        <translation>Es gibt keinen abgeschlossenen Lauf zum Exportieren.</translation>
    </message>
    <message>
        <source>JUnit XML (*.xml)</source>
        <translation>JUnit-XML (*.xml)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Run Report</source>
        <translation>Laufbericht exportieren</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Bericht gespeichert unter %1.</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::SecretsDialog</name>
    <message>
        <source>Secrets for This Workspace</source>
        <translation>Geheimnisse für diesen Arbeitsbereich</translation>
    </message>
    <message>
        <source>This workspace needs secrets that this machine does not have yet. They are kept in %1, never in the workspace&apos;s shared files. Ask your team where to find them.</source>
        <translation>Dieser Arbeitsbereich braucht Geheimnisse, die dieser Rechner noch nicht hat. Sie werden in %1 aufbewahrt, nie in den geteilten Dateien des Arbeitsbereichs. Fragen Sie Ihr Team, wo Sie sie finden.</translation>
    </message>
    <message>
        <source>leave empty to skip</source>
        <translation>leer lassen zum Überspringen</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
</context>
<context>
    <name>gatehouse::ui::Sidebar</name>
    <message>
        <source>Filter requests by name or URL</source>
        <translation>Anfragen nach Name oder URL filtern</translation>
    </message>
    <message>
        <source>Filter requests</source>
        <translation>Anfragen filtern</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Collections, folders and requests. Enter opens a request; F2 renames, Del deletes, the context menu has more.</source>
        <translation>Sammlungen, Ordner und Anfragen. Eingabe öffnet eine Anfrage; F2 benennt um, Entf löscht, das Kontextmenü bietet mehr.</translation>
    </message>
    <message>
        <source>New &amp;Request</source>
        <translation>Neue &amp;Anfrage</translation>
    </message>
    <message>
        <source>New &amp;Folder</source>
        <translation>Neuer &amp;Ordner</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Umbe&amp;nennen …</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>R&amp;un…</source>
        <translation>A&amp;usführen …</translation>
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
<context>
    <name>gatehouse::ui::UrlField</name>
    <message>
        <source>{{%1}}: a dynamic value, new for every request</source>
        <translation>{{%1}}: ein dynamischer Wert, für jede Anfrage neu</translation>
    </message>
    <message>
        <source>{{%1}} has no value in the current environment; it is sent as written</source>
        <translation>{{%1}} hat in der aktuellen Umgebung keinen Wert; es wird so gesendet, wie es dasteht</translation>
    </message>
    <message>
        <source>{{%1}} = •••••• (secret)</source>
        <translation>{{%1}} = •••••• (geheim)</translation>
    </message>
    <message>
        <source>{{%1}} = %2</source>
        <translation>{{%1}} = %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
</context>
</TS>
