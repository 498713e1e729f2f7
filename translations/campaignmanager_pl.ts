<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>cm::AbTest</name>
    <message>
        <source>delivery rate</source>
        <translation>wskaźnik doręczeń</translation>
    </message>
    <message>
        <source>open rate</source>
        <translation>wskaźnik otwarć</translation>
    </message>
    <message>
        <source>click rate</source>
        <translation>wskaźnik kliknięć</translation>
    </message>
    <message>
        <source>cost per delivered message</source>
        <translation>koszt doręczonej wiadomości</translation>
    </message>
    <message>
        <source>cost per click</source>
        <translation>koszt kliknięcia</translation>
    </message>
    <message numerus="yes">
        <source>A/B test of %n variant(s) on %1% each, by %2, waiting %3</source>
        <translation>
            <numerusform>Test A/B %n wariantu po %1% każdy, według miary %2, oczekiwanie %3</numerusform>
            <numerusform>Test A/B %n wariantów po %1% każdy, według miary %2, oczekiwanie %3</numerusform>
            <numerusform>Test A/B %n wariantów po %1% każdy, według miary %2, oczekiwanie %3</numerusform>
        </translation>
    </message>
    <message>
        <source>A/B test: the variants are out; the winner goes to the rest at %1</source>
        <translation>Test A/B: warianty wysłane; zwycięzca trafi do pozostałych %1</translation>
    </message>
    <message>
        <source>A/B test: %1 won (picked by hand)</source>
        <translation>Test A/B: wygrał %1 (wybrany ręcznie)</translation>
    </message>
    <message>
        <source>A/B test: %1 went to the rest (no variant had a %2 to compare)</source>
        <translation>Test A/B: do pozostałych trafił %1 (żaden wariant nie miał wartości: %2)</translation>
    </message>
    <message>
        <source>A/B test: %1 won by %2</source>
        <translation>Test A/B: wygrał %1 (%2)</translation>
    </message>
</context>
<context>
    <name>cm::AbTestDialog</name>
    <message>
        <source>A/B test of “%1”</source>
        <translation>Test A/B „%1”</translation>
    </message>
    <message>
        <source>Each variant goes to its share of the audience, drawn at random. When the wait is over, the variant with the best measure goes to everyone else; you can also pick it yourself sooner. A variant may differ in its template, subject, sender or the account that carries it (the route).</source>
        <translation>Każdy wariant trafia do swojej części odbiorców, wylosowanej. Po upływie czasu oczekiwania wariant z najlepszym wynikiem trafia do wszystkich pozostałych; można go też wybrać wcześniej samemu. Wariant może różnić się szablonem, tematem, nadawcą lub kontem, które go wysyła (trasą).</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Szablon</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Nadawca</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Warianty</translation>
    </message>
    <message>
        <source>Share of the audience for each variant</source>
        <translation>Część odbiorców dla każdego wariantu</translation>
    </message>
    <message>
        <source>Winning measure</source>
        <translation>Miara zwycięstwa</translation>
    </message>
    <message>
        <source> h</source>
        <translation> godz.</translation>
    </message>
    <message>
        <source>Wait before the winner is picked, in hours</source>
        <translation>Czas oczekiwania przed wyborem zwycięzcy, w godzinach</translation>
    </message>
    <message>
        <source>&amp;Add variant</source>
        <translation>&amp;Dodaj wariant</translation>
    </message>
    <message>
        <source>&amp;Remove last variant</source>
        <translation>&amp;Usuń ostatni wariant</translation>
    </message>
    <message>
        <source>Remove the &amp;test</source>
        <translation>Usuń &amp;test</translation>
    </message>
    <message>
        <source>Each variant &amp;to:</source>
        <translation>Każdy wariant &amp;do:</translation>
    </message>
    <message>
        <source>The &amp;winner has the best:</source>
        <translation>&amp;Zwycięzca ma najlepszy:</translation>
    </message>
    <message>
        <source>Picked &amp;after:</source>
        <translation>Wybór &amp;po:</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>Zwycięzca</translation>
    </message>
    <message>
        <source>Variant %1 (%2, %3)</source>
        <translation>Wariant %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Send to the rest now:</source>
        <translation>Wyślij teraz do pozostałych:</translation>
    </message>
    <message>
        <source>&amp;Send the winner</source>
        <translation>&amp;Wyślij zwycięzcę</translation>
    </message>
    <message>
        <source>the template&apos;s</source>
        <translation>z szablonu</translation>
    </message>
    <message>
        <source>(email only)</source>
        <translation>(tylko e-mail)</translation>
    </message>
    <message>
        <source>the account&apos;s default</source>
        <translation>domyślny dla konta</translation>
    </message>
    <message>
        <source>Template of variant %1</source>
        <translation>Szablon wariantu %1</translation>
    </message>
    <message>
        <source>Account of variant %1</source>
        <translation>Konto wariantu %1</translation>
    </message>
    <message>
        <source>Variant A is the campaign itself: change it with Edit…</source>
        <translation>Wariant A to sama kampania: zmień go przez Edytuj…</translation>
    </message>
    <message>
        <source>Measures some variant&apos;s account does not report are not offered.</source>
        <translation>Miary, których konto któregoś wariantu nie raportuje, nie są oferowane.</translation>
    </message>
</context>
<context>
    <name>cm::AboutDialog</name>
    <message>
        <source>About Campaign Manager</source>
        <translation>O programie Campaign Manager</translation>
    </message>
    <message>
        <source>Campaign Manager</source>
        <translation>Campaign Manager</translation>
    </message>
    <message>
        <source>SMS and email campaigns through several providers, on your own computer.</source>
        <translation>Kampanie SMS i e-mail przez wielu dostawców, na Twoim własnym komputerze.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Wersja %1</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (zbudowano z %2)</translation>
    </message>
    <message>
        <source>SQLite %1</source>
        <translation>SQLite %1</translation>
    </message>
    <message>
        <source>Workspace %1 (version %2)</source>
        <translation>Obszar roboczy %1 (wersja %2)</translation>
    </message>
</context>
<context>
    <name>cm::AccountDialog</name>
    <message>
        <source>Add account</source>
        <translation>Dodaj konto</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Dostawca:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>Adres &amp;bazowy:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Użytkownik:</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Sekret:</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Ustawienia zaawansowane</translation>
    </message>
    <message>
        <source>Ad&amp;vanced:</source>
        <translation>Za&amp;awansowane:</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>Edytuj konto</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Leave empty to keep the current one</source>
        <translation>Zostaw puste, aby zachować obecny</translation>
    </message>
    <message>
        <source>The advanced settings are not a JSON object (%1). Write them as {&quot;key&quot;: &quot;value&quot;}, or {}.</source>
        <translation>Ustawienia zaawansowane nie są obiektem JSON (%1). Zapisz je jako {&quot;klucz&quot;: &quot;wartość&quot;} albo {}.</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>to nie obiekt</translation>
    </message>
    <message>
        <source>For example: %1 Türkiye</source>
        <translation>Na przykład: %1 Polska</translation>
    </message>
    <message>
        <source>Provider options as JSON, such as {&quot;time_zone&quot;: &quot;Europe/Istanbul&quot;} or the paths of a platform that documents none. Leave {} when unsure.</source>
        <translation>Opcje dostawcy w JSON, np. {&quot;time_zone&quot;: &quot;Europe/Istanbul&quot;} albo ścieżki platformy, która ich nie dokumentuje. Zostaw {}, jeśli nie masz pewności.</translation>
    </message>
    <message>
        <source>P&amp;rices:</source>
        <translation>&amp;Ceny:</translation>
    </message>
    <message>
        <source>What one SMS part costs, for the cost estimates before a send; leave empty when unsure.</source>
        <translation>Ile kosztuje jedna część SMS, do szacunków kosztu przed wysyłką; zostaw puste, jeśli nie masz pewności.</translation>
    </message>
    <message>
        <source>&amp;Mailbox password:</source>
        <translation>&amp;Hasło skrzynki:</translation>
    </message>
</context>
<context>
    <name>cm::AccountModel</name>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Dostawca</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Użytkownik</translation>
    </message>
</context>
<context>
    <name>cm::AccountService</name>
    <message>
        <source>Give the account a name.</source>
        <translation>Nadaj kontu nazwę.</translation>
    </message>
    <message>
        <source>“%1” is not a provider this version knows.</source>
        <translation>„%1” nie jest dostawcą znanym tej wersji.</translation>
    </message>
    <message>
        <source>An account named “%1” exists already. Choose another name.</source>
        <translation>Konto o nazwie „%1” już istnieje. Wybierz inną nazwę.</translation>
    </message>
    <message>
        <source>“%1” must start with https:// (plain http is allowed only for this computer).</source>
        <translation>„%1” musi zaczynać się od https:// (zwykłe http jest dozwolone tylko dla tego komputera).</translation>
    </message>
    <message>
        <source>Account “%1” added.</source>
        <translation>Dodano konto „%1”.</translation>
    </message>
    <message>
        <source>Account “%1” added; its secret is in %2.</source>
        <translation>Dodano konto „%1”; jego sekret jest w: %2.</translation>
    </message>
    <message>
        <source>Account “%1” added; its secret is kept in %2 until you quit.</source>
        <translation>Dodano konto „%1”; jego sekret jest przechowywany w: %2 do zamknięcia programu.</translation>
    </message>
    <message>
        <source>The secret of “%1” could not be stored in %2: %3. The account was not added. Unlock the keychain, or set %4 in the environment instead.</source>
        <translation>Nie udało się zapisać sekretu konta „%1” w: %2: %3. Konto nie zostało dodane. Odblokuj pęk kluczy albo ustaw zamiast tego zmienną środowiskową %4.</translation>
    </message>
    <message>
        <source>The secret of “%1” could not be read: %2. Unlock the keychain, or set %3.</source>
        <translation>Nie udało się odczytać sekretu konta „%1”: %2. Odblokuj pęk kluczy albo ustaw %3.</translation>
    </message>
    <message>
        <source>That account no longer exists.</source>
        <translation>To konto już nie istnieje.</translation>
    </message>
    <message>
        <source>Testing the connection of “%1”</source>
        <translation>Sprawdzanie połączenia „%1”</translation>
    </message>
    <message>
        <source>The secret of “%1” could not be removed from %2: %3. The account was kept; try again.</source>
        <translation>Nie udało się usunąć sekretu konta „%1” z: %2: %3. Konto zostało zachowane; spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Account “%1” removed. The keychain was not available, so its entry may remain there.</source>
        <translation>Usunięto konto „%1”. Pęk kluczy był niedostępny, więc jego wpis mógł tam pozostać.</translation>
    </message>
    <message>
        <source>Account “%1” removed.</source>
        <translation>Usunięto konto „%1”.</translation>
    </message>
    <message>
        <source>Account “%1” saved.</source>
        <translation>Zapisano konto „%1”.</translation>
    </message>
    <message>
        <source>The new secret of “%1” could not be stored in %2: %3. Nothing was changed.</source>
        <translation>Nie udało się zapisać nowego sekretu konta „%1” w: %2: %3. Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>“%1” and the account “%2” would both read their secret from %3. Choose a name that differs in its letters or digits.</source>
        <translation>„%1” i konto „%2” odczytywałyby sekret z %3. Wybierz nazwę, która różni się literami lub cyframi.</translation>
    </message>
    <message>
        <source>The secret of “%1” is not in the keychain: enter it again (Accounts → Edit…), or set %2.</source>
        <translation>Sekretu konta „%1” nie ma w pęku kluczy: wpisz go ponownie (Konta → Edytuj…) albo ustaw %2.</translation>
    </message>
    <message>
        <source>The setting “%1” must be a whole number greater than 0, such as 30000.</source>
        <translation>Ustawienie „%1” musi być liczbą całkowitą większą od 0, np. 30000.</translation>
    </message>
    <message>
        <source>The setting “%1” must be a number of 0 or more, such as 0.05.</source>
        <translation>Ustawienie „%1” musi być liczbą równą 0 lub większą, np. 0.05.</translation>
    </message>
    <message>
        <source>The setting “%1” must be a time zone such as Europe/Istanbul.</source>
        <translation>Ustawienie „%1” musi być strefą czasową, np. Europe/Warsaw.</translation>
    </message>
    <message>
        <source>The setting “%1” must be a web address such as https://example.com/unsubscribe.</source>
        <translation>Ustawienie „%1” musi być adresem internetowym, np. https://example.com/unsubscribe.</translation>
    </message>
    <message>
        <source>The setting “%1” must map countries to prices, such as {&quot;TR&quot;: 0.02}.</source>
        <translation>Ustawienie „%1” musi przypisywać ceny krajom, np. {&quot;PL&quot;: 0.02}.</translation>
    </message>
    <message>
        <source>The setting “%1” must map operations to paths, such as {&quot;send&quot;: &quot;/v2/send&quot;}.</source>
        <translation>Ustawienie „%1” musi przypisywać ścieżki operacjom, np. {&quot;send&quot;: &quot;/v2/send&quot;}.</translation>
    </message>
    <message>
        <source>The system keychain is locked, so the secret of “%1” cannot be read: unlock the keychain (log in to the desktop, or unlock it in your keyring manager) and try again, or set %2.</source>
        <translation>Systemowy pęk kluczy jest zablokowany, więc nie można odczytać sekretu konta „%1”: odblokuj pęk kluczy (zaloguj się do pulpitu albo odblokuj go w menedżerze kluczy) i spróbuj ponownie albo ustaw %2.</translation>
    </message>
    <message>
        <source>“%1” is not an address. Enter one such as %2.</source>
        <translation>„%1” nie jest adresem. Wpisz adres, np. %2.</translation>
    </message>
    <message>
        <source>“%1” must start with %2.</source>
        <translation>„%1” musi zaczynać się od %2.</translation>
    </message>
    <message>
        <source>“%1” has a login in it: put the user and the password in their own fields.</source>
        <translation>„%1” zawiera login: wpisz użytkownika i hasło w osobnych polach.</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <comment>one of two beginnings of an address</comment>
        <translation>%1 lub %2</translation>
    </message>
    <message>
        <source>The mailbox password of “%1” could not be read from the keychain (%2): enter it again (Accounts → Edit…).</source>
        <translation>Nie udało się odczytać z pęku kluczy hasła skrzynki „%1” (%2): wpisz je ponownie (Konta → Edytuj…).</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nie znaleziono</translation>
    </message>
    <message>
        <source>The mailbox password of “%1” could not be stored in %2: %3.</source>
        <translation>Nie udało się zapisać hasła skrzynki „%1” w %2: %3.</translation>
    </message>
    <message>
        <source>The setting “%1” must be a share between 0 and 1, such as 0.2.</source>
        <translation>Ustawienie „%1” musi być udziałem od 0 do 1, np. 0.2.</translation>
    </message>
</context>
<context>
    <name>cm::AccountStore</name>
    <message>
        <source>save the account</source>
        <translation>zapisać konta</translation>
    </message>
    <message>
        <source>remove the account</source>
        <translation>usunąć konta</translation>
    </message>
</context>
<context>
    <name>cm::AccountsPane</name>
    <message>
        <source>Provider:</source>
        <translation>Dostawca:</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>Adres bazowy:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Użytkownik:</translation>
    </message>
    <message>
        <source>Can do:</source>
        <translation>Potrafi:</translation>
    </message>
    <message>
        <source>Last test:</source>
        <translation>Ostatni test:</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konta</translation>
    </message>
    <message>
        <source>No accounts yet.
Add one for each provider you send through (Ctrl+N), or try the Sandbox, which sends nothing.</source>
        <translation>Nie ma jeszcze kont.
Dodaj po jednym dla każdego dostawcy, przez którego wysyłasz (Ctrl+N), albo wypróbuj Sandbox, który niczego nie wysyła.</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Dodaj konto…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Sprawdź połączenie</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Usuń…</translation>
    </message>
    <message>
        <source>This version does not know this provider.</source>
        <translation>Ta wersja nie zna tego dostawcy.</translation>
    </message>
    <message>
        <source>(built in)</source>
        <translation>(wbudowany)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Sprawdzanie…</translation>
    </message>
    <message>
        <source>Balance: %1.</source>
        <translation>Saldo: %1.</translation>
    </message>
    <message>
        <source>Works. %1</source>
        <translation>Działa. %1</translation>
    </message>
    <message>
        <source>The connection works. %1</source>
        <translation>Połączenie działa. %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Usuń konto</translation>
    </message>
    <message>
        <source>Remove the account “%1” and its secret from the keychain? Its campaigns and reports stay in the workspace.</source>
        <translation>Usunąć konto „%1” i jego sekret z pęku kluczy? Jego kampanie i raporty pozostaną w obszarze roboczym.</translation>
    </message>
    <message>
        <source>Groups there:</source>
        <translation>Grupy u dostawcy:</translation>
    </message>
    <message>
        <source>Groups at the provider</source>
        <translation>Grupy u dostawcy</translation>
    </message>
    <message>
        <source>Not read yet (Ctrl+G).</source>
        <translation>Jeszcze nie odczytano (Ctrl+G).</translation>
    </message>
    <message>
        <source>This provider keeps no groups.</source>
        <translation>Ten dostawca nie przechowuje grup.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Odczytywanie…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n contact(s))</source>
        <translation>
            <numerusform>%1 (%n kontakt)</numerusform>
            <numerusform>%1 (%n kontakty)</numerusform>
            <numerusform>%1 (%n kontaktów)</numerusform>
        </translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Jeszcze żadnych.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <source>WhatsApp conversations…</source>
        <translation>Rozmowy WhatsApp…</translation>
    </message>
    <message>
        <source>Read and answer the WhatsApp conversations</source>
        <translation>Czytaj rozmowy WhatsApp i odpowiadaj na nie</translation>
    </message>
    <message>
        <source>%1 has no WhatsApp conversations.</source>
        <translation>%1 nie ma rozmów WhatsApp.</translation>
    </message>
    <message>
        <source>Works (%1). %2</source>
        <translation>Działa (%1). %2</translation>
    </message>
    <message>
        <source>Failed (%1): %2</source>
        <translation>Nie powiodło się (%1): %2</translation>
    </message>
    <message>
        <source>Not tested yet (Ctrl+T).</source>
        <translation>Jeszcze nie sprawdzono (Ctrl+T).</translation>
    </message>
</context>
<context>
    <name>cm::CampaignDialog</name>
    <message>
        <source>New campaign</source>
        <translation>Nowa kampania</translation>
    </message>
    <message>
        <source>November offer</source>
        <translation>Oferta listopadowa</translation>
    </message>
    <message>
        <source>%1 (%2 contacts)</source>
        <translation>%1 (%2 kontaktów)</translation>
    </message>
    <message>
        <source>the account&apos;s default</source>
        <translation>domyślny dla konta</translation>
    </message>
    <message>
        <source>The sender name or number an SMS shows, or the from address of an email.</source>
        <translation>Nazwa lub numer nadawcy widoczny w SMS-ie albo adres nadawcy e-maila.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Szablon:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>&amp;Sender:</source>
        <translation>&amp;Nadawca:</translation>
    </message>
    <message>
        <source>&amp;Now, when I press Send</source>
        <translation>&amp;Teraz, gdy nacisnę Wyślij</translation>
    </message>
    <message>
        <source>A&amp;t</source>
        <translation>&amp;O</translation>
    </message>
    <message>
        <source>Only send &amp;between</source>
        <translation>Wysyłaj tylko &amp;między</translation>
    </message>
    <message>
        <source>Edit campaign “%1”</source>
        <translation>Edytuj kampanię „%1”</translation>
    </message>
    <message>
        <source>Groups to send to</source>
        <translation>Grupy, do których wysłać</translation>
    </message>
    <message>
        <source>Groups whose contacts are left out</source>
        <translation>Grupy, których kontakty są pomijane</translation>
    </message>
    <message>
        <source>Date and time to send</source>
        <translation>Data i godzina wysyłki</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Strefa czasowa</translation>
    </message>
    <message>
        <source>My time zone (%1)</source>
        <translation>Moja strefa czasowa (%1)</translation>
    </message>
    <message>
        <source>Sending window starts</source>
        <translation>Początek okna wysyłki</translation>
    </message>
    <message>
        <source>Sending window ends</source>
        <translation>Koniec okna wysyłki</translation>
    </message>
    <message>
        <source>Quiet hours: outside this window (in the campaign&apos;s time zone) the send pauses and continues by itself when the window opens.</source>
        <translation>Godziny ciszy: poza tym oknem (w strefie czasowej kampanii) wysyłka wstrzymuje się i sama wznawia, gdy okno się otworzy.</translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation>Wyślij &amp;do:</translation>
    </message>
    <message>
        <source>&amp;Leave out:</source>
        <translation>&amp;Pomiń:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Kiedy:</translation>
    </message>
    <message>
        <source>and</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Quiet hours:</source>
        <translation>Godziny ciszy:</translation>
    </message>
    <message>
        <source>Saving sends nothing: Send… (Ctrl+Return) shows who the campaign will reach, then sends it or schedules it for the time above.</source>
        <translation>Zapisanie niczego nie wysyła: Wyślij… (Ctrl+Enter) pokazuje, do kogo trafi kampania, a potem ją wysyła lub planuje na podany wyżej czas.</translation>
    </message>
    <message>
        <source>%1 options</source>
        <translation>Opcje %1</translation>
    </message>
    <message>
        <source>%1 (segment: %2)</source>
        <translation>%1 (segment: %2)</translation>
    </message>
    <message>
        <source>Whoever matches the rule when the send starts.</source>
        <translation>Każdy, kto spełnia regułę w chwili rozpoczęcia wysyłki.</translation>
    </message>
    <message>
        <source>At each recipient&apos;s &amp;local time:</source>
        <translation>O czasie &amp;lokalnym każdego odbiorcy:</translation>
    </message>
    <message>
        <source>Local time of day</source>
        <translation>Lokalna godzina</translation>
    </message>
    <message>
        <source>where that time has passed, the next day</source>
        <translation>tam, gdzie ta godzina minęła, następnego dnia</translation>
    </message>
    <message>
        <source>where that time has passed, at once</source>
        <translation>tam, gdzie ta godzina minęła, od razu</translation>
    </message>
    <message>
        <source>Where the local time has passed</source>
        <translation>Tam, gdzie lokalna godzina minęła</translation>
    </message>
    <message>
        <source>Each recipient gets it at this time in their own time zone: from their time_zone field, else their phone number&apos;s country and area, else the campaign&apos;s zone. The quiet hours then apply in each recipient&apos;s zone.</source>
        <translation>Każdy odbiorca dostaje ją o tej godzinie w swojej strefie czasowej: z pola time_zone, w przeciwnym razie z kraju i obszaru numeru telefonu, w przeciwnym razie ze strefy kampanii. Godziny ciszy obowiązują wtedy w strefie każdego odbiorcy.</translation>
    </message>
    <message>
        <source>Local time:</source>
        <translation>Czas lokalny:</translation>
    </message>
</context>
<context>
    <name>cm::CampaignModel</name>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Odbiorcy</translation>
    </message>
</context>
<context>
    <name>cm::CampaignStore</name>
    <message>
        <source>save the campaign “%1”</source>
        <translation>zapisać kampanii „%1”</translation>
    </message>
    <message>
        <source>change the campaign&apos;s state</source>
        <translation>zmienić stanu kampanii</translation>
    </message>
    <message>
        <source>save the campaign&apos;s recipients</source>
        <translation>zapisać odbiorców kampanii</translation>
    </message>
    <message>
        <source>save the send results</source>
        <translation>zapisać wyników wysyłki</translation>
    </message>
    <message>
        <source>save the delivery events</source>
        <translation>zapisać zdarzeń doręczenia</translation>
    </message>
    <message>
        <source>save the report</source>
        <translation>zapisać raportu</translation>
    </message>
    <message>
        <source>save the groups of “%1”</source>
        <translation>zapisać grupy kampanii „%1”</translation>
    </message>
    <message>
        <source>“%1” can no longer be changed: its send has started. Clone it to change a copy.</source>
        <translation>Kampanii „%1” nie można już zmienić: jej wysyłka się rozpoczęła. Sklonuj ją, aby zmienić kopię.</translation>
    </message>
    <message>
        <source>schedule the campaign</source>
        <translation>zaplanować kampanię</translation>
    </message>
    <message>
        <source>Only a draft or a scheduled campaign can be scheduled; this one has started.</source>
        <translation>Zaplanować można tylko szkic lub zaplanowaną kampanię; ta już się rozpoczęła.</translation>
    </message>
    <message>
        <source>cancel the campaign</source>
        <translation>anulować kampanię</translation>
    </message>
    <message>
        <source>Only a draft, a scheduled or a paused campaign can be cancelled; this one has finished.</source>
        <translation>Anulować można tylko szkic, kampanię zaplanowaną lub wstrzymaną; ta już się zakończyła.</translation>
    </message>
    <message>
        <source>That campaign no longer exists.</source>
        <translation>Ta kampania już nie istnieje.</translation>
    </message>
    <message>
        <source>record when the send continues</source>
        <translation>zapisać, kiedy wysyłka zostanie wznowiona</translation>
    </message>
    <message>
        <source>campaign “%1”</source>
        <translation>kampania „%1”</translation>
    </message>
    <message>
        <source>The provider holds this send: move or cancel it there (Reschedule…, Cancel campaign).</source>
        <translation>Tę wysyłkę przechowuje dostawca: przenieś ją lub anuluj u niego (Zmień termin…, Anuluj kampanię).</translation>
    </message>
    <message>
        <source>The provider holds this send: cancel it there first (Cancel campaign does).</source>
        <translation>Tę wysyłkę przechowuje dostawca: najpierw anuluj ją u niego (robi to Anuluj kampanię).</translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Anulowano przed wysłaniem.</translation>
    </message>
</context>
<context>
    <name>cm::CampaignsPane</name>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Szablon:</translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation>Nadawca:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Kiedy:</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>Odbiorcy:</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampanie</translation>
    </message>
    <message>
        <source>No campaigns yet.
A campaign sends a template to a group through an account, now or at a time you choose.</source>
        <translation>Nie ma jeszcze kampanii.
Kampania wysyła szablon do grupy przez konto, teraz albo o wybranej porze.</translation>
    </message>
    <message>
        <source>Open report</source>
        <translation>Otwórz raport</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>Scheduled for %1 (your time)</source>
        <translation>Zaplanowano na %1 (Twój czas)</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 w strefie %2</translation>
    </message>
    <message>
        <source>Finished %1</source>
        <translation>Zakończono %1</translation>
    </message>
    <message>
        <source>Sending since %1</source>
        <translation>Wysyłana od %1</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Nie zaplanowano</translation>
    </message>
    <message>
        <source>Chosen when the campaign is sent.</source>
        <translation>Zostaną wybrani przy wysyłce kampanii.</translation>
    </message>
    <message>
        <source>%1 in all: %2</source>
        <translation>Łącznie %1: %2</translation>
    </message>
    <message>
        <source>New campaign…</source>
        <translation>Nowa kampania…</translation>
    </message>
    <message>
        <source>Send…</source>
        <translation>Wyślij…</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Ponów nieudane</translation>
    </message>
    <message>
        <source>A campaign named “%1” exists already. Choose another name.</source>
        <translation>Kampania o nazwie „%1” już istnieje. Wybierz inną nazwę.</translation>
    </message>
    <message>
        <source>Campaign “%1” saved as a draft.</source>
        <translation>Zapisano kampanię „%1” jako szkic.</translation>
    </message>
    <message>
        <source>“%1” would reach nobody. %2</source>
        <translation>„%1” nie dotarłaby do nikogo. %2</translation>
    </message>
    <message>
        <source>Send “%1” now?</source>
        <translation>Wysłać „%1” teraz?</translation>
    </message>
    <message>
        <source>Send campaign</source>
        <translation>Wyślij kampanię</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Wyślij</translation>
    </message>
    <message>
        <source>No recipient of this campaign failed.</source>
        <translation>Żaden odbiorca tej kampanii nie zawiódł.</translation>
    </message>
    <message>
        <source>Test send…</source>
        <translation>Wysyłka testowa…</translation>
    </message>
    <message>
        <source>Test send</source>
        <translation>Wysyłka testowa</translation>
    </message>
    <message>
        <source>Send this campaign&apos;s text, personalised for the first contact of its group, to (separate several with commas):</source>
        <translation>Wyślij tekst tej kampanii, spersonalizowany dla pierwszego kontaktu jej grupy, do (kilka oddziel przecinkami):</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>Grupy:</translation>
    </message>
    <message>
        <source>Quiet hours:</source>
        <translation>Godziny ciszy:</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <source>Clone…</source>
        <translation>Klonuj…</translation>
    </message>
    <message>
        <source>Clone campaign</source>
        <translation>Klonuj kampanię</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>Nazwa kopii:</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopia)</translation>
    </message>
    <message>
        <source>Cancel campaign…</source>
        <translation>Anuluj kampanię…</translation>
    </message>
    <message>
        <source>Send now…</source>
        <translation>Wyślij teraz…</translation>
    </message>
    <message>
        <source>Resume sending</source>
        <translation>Wznów wysyłkę</translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation>Zaplanuj…</translation>
    </message>
    <message>
        <source>leaving out the contacts of %1</source>
        <translation>z pominięciem kontaktów z %1</translation>
    </message>
    <message>
        <source>Sends only between %1 (%2); pauses outside it.</source>
        <translation>Wysyła tylko w godzinach %1 (%2); poza nimi wstrzymuje się.</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>O każdej porze</translation>
    </message>
    <message>
        <source>Paused for quiet hours; continues at %1</source>
        <translation>Wstrzymana na godziny ciszy; wznowienie o %1</translation>
    </message>
    <message>
        <source>To be scheduled for %1 (your time) once checked: press Schedule…</source>
        <translation>Zostanie zaplanowana na %1 (Twój czas) po sprawdzeniu: naciśnij Zaplanuj…</translation>
    </message>
    <message>
        <source>Campaign “%1” saved.</source>
        <translation>Zapisano kampanię „%1”.</translation>
    </message>
    <message>
        <source>Cloned as the draft “%1”: change it with Edit…, then send it.</source>
        <translation>Sklonowano jako szkic „%1”: zmień go przez Edytuj…, a potem wyślij.</translation>
    </message>
    <message>
        <source>Cancel “%1”? The recipients not sent yet will not get it; the ones sent stay in the report.</source>
        <translation>Anulować „%1”? Odbiorcy, do których jeszcze nie wysłano, jej nie dostaną; wysłane zostają w raporcie.</translation>
    </message>
    <message>
        <source>Cancel “%1”? It will not be sent; you can clone it later.</source>
        <translation>Anulować „%1”? Nie zostanie wysłana; możesz ją później sklonować.</translation>
    </message>
    <message>
        <source>Cancel campaign</source>
        <translation>Anuluj kampanię</translation>
    </message>
    <message>
        <source>“%1” cancelled; nothing more of it is sent.</source>
        <translation>Anulowano „%1”; nic więcej z niej nie zostanie wysłane.</translation>
    </message>
    <message>
        <source>Schedule “%1” for %2?</source>
        <translation>Zaplanować „%1” na %2?</translation>
    </message>
    <message>
        <source>It sends only between %1, %2 time.</source>
        <translation>Wysyła tylko w godzinach %1 czasu %2.</translation>
    </message>
    <message>
        <source>Schedule campaign</source>
        <translation>Zaplanuj kampanię</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zaplanuj</translation>
    </message>
    <message>
        <source>“%1” is scheduled for %2. It goes out then while Campaign Manager is open, or through campaignctl run-due.</source>
        <translation>„%1” zaplanowano na %2. Zostanie wtedy wysłana, jeśli Campaign Manager będzie otwarty, albo przez campaignctl run-due.</translation>
    </message>
    <message>
        <source>Resolve unknown…</source>
        <translation>Rozstrzygnij nieznane…</translation>
    </message>
    <message>
        <source>Resolve unknown recipients</source>
        <translation>Rozstrzygnij nieznanych odbiorców</translation>
    </message>
    <message>
        <source>The provider may or may not have these messages: the answer to their request was lost. Check in the provider&apos;s own panel, then say what happened. Recipients marked as not sent can be retried.</source>
        <translation>Dostawca może mieć te wiadomości albo nie: odpowiedź na ich żądanie zaginęła. Sprawdź w panelu dostawcy, a potem powiedz, co się stało. Odbiorców oznaczonych jako niewysłanych można wysłać ponownie.</translation>
    </message>
    <message>
        <source>They were sent</source>
        <translation>Zostały wysłane</translation>
    </message>
    <message>
        <source>They were not sent</source>
        <translation>Nie zostały wysłane</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) recorded as sent.</source>
        <translation>
            <numerusform>%n odbiorcę zapisano jako wysłanego.</numerusform>
            <numerusform>%n odbiorców zapisano jako wysłanych.</numerusform>
            <numerusform>%n odbiorców zapisano jako wysłanych.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) recorded as not sent; Retry failed sends them.</source>
        <translation>
            <numerusform>%n odbiorcę zapisano jako niewysłanego; Ponów nieudane wyśle do niego.</numerusform>
            <numerusform>%n odbiorców zapisano jako niewysłanych; Ponów nieudane wyśle do nich.</numerusform>
            <numerusform>%n odbiorców zapisano jako niewysłanych; Ponów nieudane wyśle do nich.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix this before sending “%1”: %2</source>
        <translation>Popraw to przed wysłaniem „%1”: %2</translation>
    </message>
    <message>
        <source>Reschedule campaign</source>
        <translation>Zmień termin kampanii</translation>
    </message>
    <message>
        <source>Its provider holds “%1”. New time (YYYY-MM-DD HH:MM, %2 time):</source>
        <translation>„%1” czeka u dostawcy. Nowy termin (RRRR-MM-DD GG:MM, czas %2):</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Zmień termin…</translation>
    </message>
    <message>
        <source>Held by %1 for %2 (your time); it goes out then even if Campaign Manager is closed</source>
        <translation>Przechowywana przez %1 na %2 (twój czas); wyjdzie wtedy, nawet gdy Campaign Manager będzie zamknięty</translation>
    </message>
    <message>
        <source>%1 will hold it and send it at that time, even if Campaign Manager is closed. Until then you can reschedule or cancel it here.</source>
        <translation>%1 przechowa ją i wyśle o tej porze, nawet gdy Campaign Manager będzie zamknięty. Do tego czasu możesz tu zmienić jej termin lub ją anulować.</translation>
    </message>
    <message>
        <source>Send the campaign to a few addresses of your own</source>
        <translation>Wyślij kampanię na kilka własnych adresów</translation>
    </message>
    <message>
        <source>Ask the provider</source>
        <translation>Zapytaj dostawcę</translation>
    </message>
    <message>
        <source>Paused; continues by itself at %1</source>
        <translation>Wstrzymana; sama wznowi się %1</translation>
    </message>
    <message>
        <source>the default of the account “%1”</source>
        <translation>domyślny nadawca konta „%1”</translation>
    </message>
    <message>
        <source>segment “%1”</source>
        <translation>segment „%1”</translation>
    </message>
    <message>
        <source>It sends only between %1, in each recipient&apos;s time zone.</source>
        <translation>Wysyła tylko w godzinach %1, w strefie czasowej każdego odbiorcy.</translation>
    </message>
    <message>
        <source>Local time:</source>
        <translation>Czas lokalny:</translation>
    </message>
    <message>
        <source>A/B test:</source>
        <translation>Test A/B:</translation>
    </message>
    <message>
        <source>A/B test…</source>
        <translation>Test A/B…</translation>
    </message>
    <message>
        <source>Send variants of this campaign to a share of its audience each, then the best one to the rest</source>
        <translation>Wyślij warianty tej kampanii do części odbiorców każdy, a potem najlepszy do pozostałych</translation>
    </message>
    <message>
        <source>Pick winner…</source>
        <translation>Wybierz zwycięzcę…</translation>
    </message>
    <message>
        <source>At %1 in each recipient&apos;s time zone; where it has passed, at once</source>
        <translation>O %1 w strefie czasowej każdego odbiorcy; tam, gdzie minęła, od razu</translation>
    </message>
    <message>
        <source>At %1 in each recipient&apos;s time zone; where it has passed, the next day</source>
        <translation>O %1 w strefie czasowej każdego odbiorcy; tam, gdzie minęła, następnego dnia</translation>
    </message>
    <message>
        <source>A/B test: stopped with the campaign</source>
        <translation>Test A/B: zatrzymany wraz z kampanią</translation>
    </message>
</context>
<context>
    <name>cm::Cli</name>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 wymaga wartości.</translation>
    </message>
    <message>
        <source>Unknown command “%1”. Run campaignctl --help for the list.</source>
        <translation>Nieznane polecenie „%1”. Uruchom campaignctl --help, aby zobaczyć listę.</translation>
    </message>
    <message>
        <source>Give exactly one name.</source>
        <translation>Podaj dokładnie jedną nazwę.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Nieoczekiwany argument „%1”.</translation>
    </message>
    <message>
        <source>--secret-stdin was given, but standard input was empty.</source>
        <translation>Podano --secret-stdin, ale standardowe wejście było puste.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAZWA</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>DOSTAWCA</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>UŻYTKOWNIK</translation>
    </message>
    <message>
        <source>BASE URL</source>
        <translation>ADRES BAZOWY</translation>
    </message>
    <message>
        <source>There is no account named “%1”. See campaignctl accounts list.</source>
        <translation>Nie ma konta o nazwie „%1”. Zobacz campaignctl accounts list.</translation>
    </message>
    <message>
        <source>The connection works. %1</source>
        <translation>Połączenie działa. %1</translation>
    </message>
    <message>
        <source>Balance: %1 %2</source>
        <translation>Saldo: %1 %2</translation>
    </message>
    <message>
        <source>Can do: %1</source>
        <translation>Potrafi: %1</translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation>Grupa musi mieć nazwę.</translation>
    </message>
    <message>
        <source>A group named “%1” exists already. Choose another name.</source>
        <translation>Grupa o nazwie „%1” już istnieje. Wybierz inną nazwę.</translation>
    </message>
    <message>
        <source>Group “%1” created.</source>
        <translation>Utworzono grupę „%1”.</translation>
    </message>
    <message>
        <source>CONTACTS</source>
        <translation>KONTAKTY</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>KONTO</translation>
    </message>
    <message>
        <source>REMOTE ID</source>
        <translation>ZDALNY ID</translation>
    </message>
    <message>
        <source>CHANNEL</source>
        <translation>KANAŁ</translation>
    </message>
    <message>
        <source>SUBJECT OR TEXT</source>
        <translation>TEMAT LUB TREŚĆ</translation>
    </message>
    <message>
        <source>There is no campaign named “%1”. See campaignctl campaigns list.</source>
        <translation>Nie ma kampanii o nazwie „%1”. Zobacz campaignctl campaigns list.</translation>
    </message>
    <message>
        <source>“%1” has no report yet. Run campaignctl reports show “%1” --refresh once it is sent.</source>
        <translation>„%1” nie ma jeszcze raportu. Po wysłaniu uruchom campaignctl reports show „%1” --refresh.</translation>
    </message>
    <message>
        <source>not reported by %1</source>
        <translation>%1 tego nie raportuje</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Koszt</translation>
    </message>
    <message>
        <source>%1, updated %2</source>
        <translation>%1, zaktualizowano %2</translation>
    </message>
    <message>
        <source>COUNTER</source>
        <translation>LICZNIK</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>WARTOŚĆ</translation>
    </message>
    <message>
        <source>Name the account with --account.</source>
        <translation>Wskaż konto przez --account.</translation>
    </message>
    <message>
        <source>Choose --push or --pull, not both.</source>
        <translation>Wybierz --push albo --pull, nie oba.</translation>
    </message>
    <message>
        <source>There is no group named “%1”. See campaignctl groups list.</source>
        <translation>Nie ma grupy o nazwie „%1”. Zobacz campaignctl groups list.</translation>
    </message>
    <message>
        <source>--setting takes KEY=VALUE, not “%1”.</source>
        <translation>--setting przyjmuje KLUCZ=WARTOŚĆ, a nie „%1”.</translation>
    </message>
    <message>
        <source>Use: campaignctl accounts add|edit|list|verify|remove …</source>
        <translation>Użycie: campaignctl accounts add|edit|list|verify|remove …</translation>
    </message>
    <message>
        <source>Give the import&apos;s number, as contacts import printed it.</source>
        <translation>Podaj numer importu, tak jak wypisało go contacts import.</translation>
    </message>
    <message>
        <source>Name the group with --group; it is created if it does not exist.</source>
        <translation>Wskaż grupę przez --group; zostanie utworzona, jeśli nie istnieje.</translation>
    </message>
    <message>
        <source>--on-duplicate takes skip or update.</source>
        <translation>--on-duplicate przyjmuje skip albo update.</translation>
    </message>
    <message>
        <source>--delimiter takes one character, such as ; or tab.</source>
        <translation>--delimiter przyjmuje jeden znak, np. ; albo tab.</translation>
    </message>
    <message>
        <source>--map takes CSVCOLUMN=FIELD, not “%1”.</source>
        <translation>--map przyjmuje KOLUMNACSV=POLE, a nie „%1”.</translation>
    </message>
    <message>
        <source>Import %1: %2</source>
        <translation>Import %1: %2</translation>
    </message>
    <message>
        <source>Undo it with: campaignctl contacts undo-import %1</source>
        <translation>Aby go cofnąć: campaignctl contacts undo-import %1</translation>
    </message>
    <message>
        <source>Name the group with --group.</source>
        <translation>Wskaż grupę przez --group.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) written to “%1”.</source>
        <translation>
            <numerusform>Zapisano %n kontakt do „%1”.</numerusform>
            <numerusform>Zapisano %n kontakty do „%1”.</numerusform>
            <numerusform>Zapisano %n kontaktów do „%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>--header takes auto, yes or no.</source>
        <translation>--header przyjmuje auto, yes lub no.</translation>
    </message>
    <message>
        <source>The first line holds a contact, not column names, so it was imported and the columns were numbered (%1). If it does name the columns, import again with --header yes.</source>
        <translation>Pierwszy wiersz zawiera kontakt, a nie nazwy kolumn, więc został zaimportowany, a kolumny ponumerowano (%1). Jeśli jednak zawiera nazwy kolumn, zaimportuj ponownie z --header yes.</translation>
    </message>
    <message>
        <source>--search needs a word: a name, an email address, a phone number or a city.</source>
        <translation>--search wymaga słowa: imienia, adresu e-mail, numeru telefonu lub miasta.</translation>
    </message>
    <message>
        <source>No contact of “%1” matches “%2”; no file was written.</source>
        <translation>Żaden kontakt z „%1” nie pasuje do „%2”; nie zapisano pliku.</translation>
    </message>
    <message>
        <source>Use: campaignctl contacts list|add|delete|import|export|undo-import …</source>
        <translation>Użycie: campaignctl contacts list|add|delete|import|export|undo-import …</translation>
    </message>
    <message>
        <source>Use: campaignctl groups rename NAME NEW_NAME</source>
        <translation>Użycie: campaignctl groups rename NAZWA NOWA_NAZWA</translation>
    </message>
    <message>
        <source>Name the group to merge into with --into.</source>
        <translation>Podaj grupę docelową scalenia w --into.</translation>
    </message>
    <message>
        <source>Group “%1” renamed to “%2”.</source>
        <translation>Zmieniono nazwę grupy „%1” na „%2”.</translation>
    </message>
    <message>
        <source>“%1” has %2 contacts. Add --yes to delete the group and its contacts.</source>
        <translation>„%1” ma %2 kontaktów. Dodaj --yes, aby usunąć grupę i jej kontakty.</translation>
    </message>
    <message>
        <source>Group “%1” deleted.</source>
        <translation>Usunięto grupę „%1”.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” merged into “%2”: %n contact(s) moved, %3 already there.</source>
        <translation>
            <numerusform>Scalono „%1” z „%2”: przeniesiono %n kontakt, %3 już tam było.</numerusform>
            <numerusform>Scalono „%1” z „%2”: przeniesiono %n kontakty, %3 już tam było.</numerusform>
            <numerusform>Scalono „%1” z „%2”: przeniesiono %n kontaktów, %3 już tam było.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the email addresses or phone numbers to delete.</source>
        <translation>Podaj adresy e-mail lub numery telefonów do usunięcia.</translation>
    </message>
    <message>
        <source>--field takes KEY=VALUE, not “%1”.</source>
        <translation>--field przyjmuje KLUCZ=WARTOŚĆ, a nie „%1”.</translation>
    </message>
    <message>
        <source>Contact %1 added to “%2”.</source>
        <translation>Dodano kontakt %1 do „%2”.</translation>
    </message>
    <message>
        <source>“%1” has no contact %2; nothing was deleted.</source>
        <translation>„%1” nie ma kontaktu %2; nic nie usunięto.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) deleted.</source>
        <translation>
            <numerusform>Usunięto %n kontakt.</numerusform>
            <numerusform>Usunięto %n kontakty.</numerusform>
            <numerusform>Usunięto %n kontaktów.</numerusform>
        </translation>
    </message>
    <message>
        <source>--sort takes email, phone, first_name, last_name, city, country or id, with :desc for the reverse order.</source>
        <translation>--sort przyjmuje email, phone, first_name, last_name, city, country lub id, z :desc dla odwrotnej kolejności.</translation>
    </message>
    <message>
        <source>--limit takes a number of contacts (0: all of them).</source>
        <translation>--limit przyjmuje liczbę kontaktów (0: wszystkie).</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>TELEFON</translation>
    </message>
    <message>
        <source>FIRST NAME</source>
        <translation>IMIĘ</translation>
    </message>
    <message>
        <source>LAST NAME</source>
        <translation>NAZWISKO</translation>
    </message>
    <message>
        <source>CITY</source>
        <translation>MIASTO</translation>
    </message>
    <message>
        <source>COUNTRY</source>
        <translation>KRAJ</translation>
    </message>
    <message>
        <source>… %1 of %2 shown; --limit 0 shows them all.</source>
        <translation>… pokazano %1 z %2; --limit 0 pokazuje wszystkie.</translation>
    </message>
    <message>
        <source>Give exactly one file.</source>
        <translation>Podaj dokładnie jeden plik.</translation>
    </message>
    <message>
        <source>Give the email addresses or phone numbers.</source>
        <translation>Podaj adresy e-mail lub numery telefonów.</translation>
    </message>
    <message>
        <source>campaignctl</source>
        <translation>campaignctl</translation>
    </message>
    <message>
        <source>%1 added, %2 listed already.</source>
        <translation>Dodano %1, %2 już było na liście.</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) removed from the suppression list.</source>
        <translation>
            <numerusform>Usunięto %n adres z listy wykluczeń.</numerusform>
            <numerusform>Usunięto %n adresy z listy wykluczeń.</numerusform>
            <numerusform>Usunięto %n adresów z listy wykluczeń.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) written to “%1”.</source>
        <translation>
            <numerusform>Zapisano %n adres do „%1”.</numerusform>
            <numerusform>Zapisano %n adresy do „%1”.</numerusform>
            <numerusform>Zapisano %n adresów do „%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRES</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>POWÓD</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>ŹRÓDŁO</translation>
    </message>
    <message>
        <source>ADDED</source>
        <translation>DODANO</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STAN</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>KIEDY</translation>
    </message>
    <message>
        <source>RECIPIENTS</source>
        <translation>ODBIORCY</translation>
    </message>
    <message>
        <source>There is no template named “%1”. See campaignctl templates list.</source>
        <translation>Nie ma szablonu o nazwie „%1”. Zobacz campaignctl templates list.</translation>
    </message>
    <message>
        <source>A campaign named “%1” exists already. Choose another name.</source>
        <translation>Kampania o nazwie „%1” już istnieje. Wybierz inną nazwę.</translation>
    </message>
    <message>
        <source>“%1” has no failed recipients.</source>
        <translation>„%1” nie ma nieudanych odbiorców.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1”: %2</translation>
    </message>
    <message>
        <source>COUNT</source>
        <translation>LICZBA</translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation>nieznany: %1</translation>
    </message>
    <message>
        <source>Give the name and the new name.</source>
        <translation>Podaj nazwę i nową nazwę.</translation>
    </message>
    <message>
        <source>Give the sending window as HH:MM-HH:MM, e.g. 09:00-20:00.</source>
        <translation>Podaj okno wysyłki jako GG:MM-GG:MM, np. 09:00-20:00.</translation>
    </message>
    <message>
        <source>Campaign “%1” created: %2 recipients (%3 left out: no address for the channel, suppressed, in an excluded group or twice).</source>
        <translation>Utworzono kampanię „%1”: odbiorców: %2 (pominięto %3: brak adresu dla kanału, na liście wykluczeń, w wykluczonej grupie lub powtórzeni).</translation>
    </message>
    <message>
        <source>Scheduled for %1 (%2); campaignctl run-due or the open app sends it then.</source>
        <translation>Zaplanowano na %1 (%2); wyśle ją wtedy campaignctl run-due lub otwarta aplikacja.</translation>
    </message>
    <message>
        <source>Give the text with --body TEXT or --body-file FILE (one of them).</source>
        <translation>Podaj tekst przez --body TEKST lub --body-file PLIK (tylko jedno z nich).</translation>
    </message>
    <message>
        <source>Cannot read “%1”; check the path.</source>
        <translation>Nie można odczytać „%1”; sprawdź ścieżkę.</translation>
    </message>
    <message>
        <source>A template named “%1” exists already. Choose another name.</source>
        <translation>Szablon o nazwie „%1” już istnieje. Wybierz inną nazwę.</translation>
    </message>
    <message numerus="yes">
        <source>Template “%1” added: %2, %n part(s) before personalisation.</source>
        <translation>
            <numerusform>Dodano szablon „%1”: %2, %n część przed personalizacją.</numerusform>
            <numerusform>Dodano szablon „%1”: %2, %n części przed personalizacją.</numerusform>
            <numerusform>Dodano szablon „%1”: %2, %n części przed personalizacją.</numerusform>
        </translation>
    </message>
    <message>
        <source>GSM-7</source>
        <translation>GSM-7</translation>
    </message>
    <message>
        <source>Unicode (UCS-2)</source>
        <translation>Unicode (UCS-2)</translation>
    </message>
    <message>
        <source>Template “%1” added.</source>
        <translation>Dodano szablon „%1”.</translation>
    </message>
    <message>
        <source>Template “%1” deleted.</source>
        <translation>Usunięto szablon „%1”.</translation>
    </message>
    <message>
        <source>Name the contact to render for: --contact EMAIL_OR_PHONE.</source>
        <translation>Podaj kontakt, dla którego wygenerować tekst: --contact EMAIL_LUB_TELEFON.</translation>
    </message>
    <message>
        <source>No contact “%1” in %2.</source>
        <translation>Brak kontaktu „%1” w: %2.</translation>
    </message>
    <message>
        <source>the group “%1”</source>
        <translation>grupa „%1”</translation>
    </message>
    <message>
        <source>any group</source>
        <translation>żadna grupa</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Temat: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n character(s)</source>
        <translation>
            <numerusform>%1, %n znak</numerusform>
            <numerusform>%1, %n znaki</numerusform>
            <numerusform>%1, %n znaków</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n part(s)</source>
        <translation>
            <numerusform>%n część</numerusform>
            <numerusform>%n części</numerusform>
            <numerusform>%n części</numerusform>
        </translation>
    </message>
    <message>
        <source>Unicode because of: %1</source>
        <translation>Unicode z powodu: %1</translation>
    </message>
    <message>
        <source>This contact has no value for: %1</source>
        <translation>Ten kontakt nie ma wartości dla: %1</translation>
    </message>
    <message>
        <source>Give the time with --at &quot;YYYY-MM-DD HH:MM&quot; [--tz ZONE], or --now to unschedule.</source>
        <translation>Podaj czas przez --at &quot;RRRR-MM-DD GG:MM&quot; [--tz STREFA] lub --now, aby anulować plan.</translation>
    </message>
    <message>
        <source>“%1” cloned as the draft “%2”.</source>
        <translation>Sklonowano „%1” jako szkic „%2”.</translation>
    </message>
    <message>
        <source>“%1” is being sent; stop the send first.</source>
        <translation>„%1” jest właśnie wysyłana; najpierw zatrzymaj wysyłkę.</translation>
    </message>
    <message>
        <source>“%1” cancelled; nothing more of it is sent.</source>
        <translation>Anulowano „%1”; nic więcej z niej nie zostanie wysłane.</translation>
    </message>
    <message>
        <source>“%1” is %2; only a draft or a scheduled campaign can be scheduled.</source>
        <translation>„%1” ma stan: %2; zaplanować można tylko szkic lub zaplanowaną kampanię.</translation>
    </message>
    <message>
        <source>“%1” is scheduled for %2 (%3); campaignctl run-due or the open app sends it then.</source>
        <translation>„%1” zaplanowano na %2 (%3); wyśle ją wtedy campaignctl run-due lub otwarta aplikacja.</translation>
    </message>
    <message>
        <source>“%1” is a draft again; send it with campaignctl campaigns send.</source>
        <translation>„%1” jest znowu szkicem; wyślij ją przez campaignctl campaigns send.</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>Nic nie czeka na wysłanie.</translation>
    </message>
    <message>
        <source>Recipients marked unknown may have been sent: check them at the provider (campaignctl campaigns status lists them), then campaignctl campaigns resolve NAME --as sent|failed.</source>
        <translation>Do odbiorców oznaczonych jako nieznani mogło zostać wysłane: sprawdź u dostawcy (campaignctl campaigns status ich wymienia), a potem użyj campaignctl campaigns resolve NAZWA --as sent|failed.</translation>
    </message>
    <message>
        <source>Say what happened to the unknown recipients: --as sent or --as failed.</source>
        <translation>Powiedz, co stało się z nieznanymi odbiorcami: --as sent lub --as failed.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) of “%1” recorded as sent.</source>
        <translation>
            <numerusform>%n odbiorcę kampanii „%1” zapisano jako wysłanego.</numerusform>
            <numerusform>%n odbiorców kampanii „%1” zapisano jako wysłanych.</numerusform>
            <numerusform>%n odbiorców kampanii „%1” zapisano jako wysłanych.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) of “%1” recorded as not sent; campaignctl campaigns retry sends them.</source>
        <translation>
            <numerusform>%n odbiorcę kampanii „%1” zapisano jako niewysłanego; campaignctl campaigns retry wyśle do niego.</numerusform>
            <numerusform>%n odbiorców kampanii „%1” zapisano jako niewysłanych; campaignctl campaigns retry wyśle do nich.</numerusform>
            <numerusform>%n odbiorców kampanii „%1” zapisano jako niewysłanych; campaignctl campaigns retry wyśle do nich.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: campaignctl reports export NAME FILE [--delimiter C] [--bom]</source>
        <translation>Użycie: campaignctl reports export NAZWA PLIK [--delimiter Z] [--bom]</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) of “%1” written to “%2”.</source>
        <translation>
            <numerusform>Zapisano %n odbiorcę kampanii „%1” do „%2”.</numerusform>
            <numerusform>Zapisano %n odbiorców kampanii „%1” do „%2”.</numerusform>
            <numerusform>Zapisano %n odbiorców kampanii „%1” do „%2”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: campaignctl reports retarget NAME --who clicked|opened|failed|… --group NEW_GROUP</source>
        <translation>Użycie: campaignctl reports retarget NAZWA --who clicked|opened|failed|… --group NOWA_GRUPA</translation>
    </message>
    <message>
        <source>--who takes a recipient state (delivered, failed, bounced, accepted, unknown) or what they did (opened, clicked, unsubscribed, complained).</source>
        <translation>--who przyjmuje stan odbiorcy (delivered, failed, bounced, accepted, unknown) albo to, co zrobił (opened, clicked, unsubscribed, complained).</translation>
    </message>
    <message>
        <source>No contact in the workspace matches this filter.</source>
        <translation>Żaden kontakt w obszarze roboczym nie pasuje do tego filtra.</translation>
    </message>
    <message numerus="yes">
        <source>Group “%1” made with %n contact(s); send them a follow-up from Campaigns.</source>
        <translation>
            <numerusform>Utworzono grupę „%1” z %n kontaktem; wyślij mu kontynuację z Kampanii.</numerusform>
            <numerusform>Utworzono grupę „%1” z %n kontaktami; wyślij im kontynuację z Kampanii.</numerusform>
            <numerusform>Utworzono grupę „%1” z %n kontaktami; wyślij im kontynuację z Kampanii.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: campaignctl reports show NAME [--refresh] | export NAME FILE | retarget NAME …</source>
        <translation>Użycie: campaignctl reports show NAZWA [--refresh] | export NAZWA PLIK | retarget NAZWA …</translation>
    </message>
    <message>
        <source>Use: campaignctl reports compare NAME [NAME…]</source>
        <translation>Użycie: campaignctl reports compare NAZWA [NAZWA…]</translation>
    </message>
    <message>
        <source>CAMPAIGN</source>
        <translation>KAMPANIA</translation>
    </message>
    <message>
        <source>SENT</source>
        <translation>WYSŁANE</translation>
    </message>
    <message>
        <source>DELIVERY</source>
        <translation>DORĘCZENIE</translation>
    </message>
    <message>
        <source>OPEN</source>
        <translation>OTWARCIA</translation>
    </message>
    <message>
        <source>CLICK</source>
        <translation>KLIKNIĘCIA</translation>
    </message>
    <message>
        <source>BOUNCE</source>
        <translation>ODBICIA</translation>
    </message>
    <message>
        <source>UNSUBSCRIBE</source>
        <translation>WYPISANIA</translation>
    </message>
    <message>
        <source>COST/DELIVERED</source>
        <translation>KOSZT/DORĘCZONE</translation>
    </message>
    <message>
        <source>Its provider holds “%1”: give a new time with --at, or cancel it.</source>
        <translation>„%1” czeka u dostawcy: podaj nowy termin przez --at albo ją anuluj.</translation>
    </message>
    <message>
        <source>Use: campaignctl suppressions list|add|remove|import|export|sync …</source>
        <translation>Użycie: campaignctl suppressions list|add|remove|import|export|sync …</translation>
    </message>
    <message>
        <source>Use: campaignctl suppressions sync --account NAME</source>
        <translation>Użycie: campaignctl suppressions sync --account NAZWA</translation>
    </message>
    <message>
        <source>Say which account with --account NAME.</source>
        <translation>Wskaż konto przez --account NAZWA.</translation>
    </message>
    <message>
        <source>Use: campaignctl templates list|add|render|delete|push|pull …</source>
        <translation>Użycie: campaignctl templates list|add|render|delete|push|pull …</translation>
    </message>
    <message>
        <source>Use: campaignctl groups list|create|sync|validate …</source>
        <translation>Użycie: campaignctl groups list|create|sync|validate …</translation>
    </message>
    <message>
        <source>--option takes KEY=VALUE, not “%1”.</source>
        <translation>--option przyjmuje KLUCZ=WARTOŚĆ, nie „%1”.</translation>
    </message>
    <message>
        <source>“%1” is not linked to a group at a provider that can delete it; without --remote it is deleted here only.</source>
        <translation>„%1” nie jest powiązana z grupą u dostawcy, który może ją usunąć; bez --remote zostanie usunięta tylko tutaj.</translation>
    </message>
    <message>
        <source>Use: campaignctl conversations list|show|reply …</source>
        <translation>Użycie: campaignctl conversations list|show|reply …</translation>
    </message>
    <message>
        <source>Give the user&apos;s number.</source>
        <translation>Podaj numer użytkownika.</translation>
    </message>
    <message>
        <source>Give the user&apos;s number and the answer.</source>
        <translation>Podaj numer użytkownika i odpowiedź.</translation>
    </message>
    <message>
        <source>Say which business number with --from NUMBER (conversations list shows it).</source>
        <translation>Wskaż numer firmowy przez --from NUMER (pokazuje go conversations list).</translation>
    </message>
    <message>
        <source>open until %1</source>
        <translation>otwarta do %1</translation>
    </message>
    <message>
        <source>closed: templates only</source>
        <translation>zamknięta: tylko szablony</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>OD</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>DO</translation>
    </message>
    <message>
        <source>CONTACT</source>
        <translation>KONTAKT</translation>
    </message>
    <message>
        <source>MESSAGES</source>
        <translation>WIADOMOŚCI</translation>
    </message>
    <message>
        <source>SESSION</source>
        <translation>SESJA</translation>
    </message>
    <message>
        <source>LAST</source>
        <translation>OSTATNIA</translation>
    </message>
    <message>
        <source>The session is open until %1: you can answer with conversations reply.</source>
        <translation>Sesja jest otwarta do %1: możesz odpowiedzieć przez conversations reply.</translation>
    </message>
    <message>
        <source>Answered: %1</source>
        <translation>Wysłano odpowiedź: %1</translation>
    </message>
    <message>
        <source>Usage: campaignctl [--db PATH] [--json] [--lang CODE] COMMAND …

Commands:
%1

Options:
  --db PATH        the workspace database (default: the app&apos;s own, in your data folder)
  --json           machine-readable output: one JSON document on stdout
  --lang CODE      the language of messages: en, tr, es or pl (default: the system&apos;s)
  --help           this help; campaignctl COMMAND --help (or campaignctl help COMMAND) shows the
                   command&apos;s subcommands and their options
  --version        the version of campaignctl

A secret is never an argument: --secret-stdin reads it from standard input, and CM_SECRET_&lt;ACCOUNT&gt;
in the environment is used instead of the keychain.
Exit status: 0 success, 1 the operation failed, 2 bad usage.</source>
        <translation>Użycie: campaignctl [--db ŚCIEŻKA] [--json] [--lang KOD] POLECENIE …

Polecenia:
%1

Opcje:
  --db ŚCIEŻKA     baza danych obszaru roboczego (domyślnie: własna baza aplikacji, w folderze danych)
  --json           wyjście dla programów: jeden dokument JSON na standardowym wyjściu
  --lang KOD       język komunikatów: en, tr, es lub pl (domyślnie: język systemu)
  --help           ta pomoc; campaignctl POLECENIE --help (lub campaignctl help POLECENIE) pokazuje
                   podpolecenia danego polecenia i ich opcje
  --version        wersja campaignctl

Sekret nigdy nie jest argumentem: --secret-stdin czyta go ze standardowego wejścia, a zmienna
CM_SECRET_&lt;KONTO&gt; w środowisku jest używana zamiast pęku kluczy.
Kod wyjścia: 0 sukces, 1 operacja się nie powiodła, 2 błędne użycie.</translation>
    </message>
    <message>
        <source>provider accounts and their credentials</source>
        <translation>konta dostawców i ich dane uwierzytelniające</translation>
    </message>
    <message>
        <source>contact groups, here and at a provider</source>
        <translation>grupy kontaktów, tutaj i u dostawcy</translation>
    </message>
    <message>
        <source>the contacts of a group: list, add, delete, import, export</source>
        <translation>kontakty grupy: wyświetlanie, dodawanie, usuwanie, import, eksport</translation>
    </message>
    <message>
        <source>addresses never sent to: opt-outs, bounces, blocks</source>
        <translation>adresy, na które nic nie jest wysyłane: rezygnacje, odbicia, blokady</translation>
    </message>
    <message>
        <source>create, check, schedule and send campaigns</source>
        <translation>tworzenie, sprawdzanie, planowanie i wysyłanie kampanii</translation>
    </message>
    <message>
        <source>what came of a campaign: counters, exports, follow-up groups</source>
        <translation>wyniki kampanii: liczniki, eksporty, grupy do kontynuacji</translation>
    </message>
    <message>
        <source>send what is due, then exit (for cron)</source>
        <translation>wysyła to, na co przyszła pora, i kończy działanie (dla crona)</translation>
    </message>
    <message>
        <source>campaignctl %1: %2</source>
        <translation>campaignctl %1: %2</translation>
    </message>
    <message>
        <source>Options for every command: [--db PATH] [--json] [--lang CODE]; see campaignctl --help.</source>
        <translation>Opcje wspólne dla wszystkich poleceń: [--db ŚCIEŻKA] [--json] [--lang KOD]; zobacz campaignctl --help.</translation>
    </message>
    <message>
        <source>SMS, email, call and WhatsApp templates: add, render, share with a provider</source>
        <translation>szablony SMS, e-maili, połączeń i WhatsApp: dodawanie, generowanie tekstu, udostępnianie dostawcy</translation>
    </message>
    <message>
        <source>the workspace&apos;s own settings</source>
        <translation>własne ustawienia obszaru roboczego</translation>
    </message>
    <message>
        <source>WhatsApp conversations: read and answer</source>
        <translation>rozmowy WhatsApp: odczytywanie i odpowiadanie</translation>
    </message>
    <message>
        <source>Name the provider with --provider (%1).</source>
        <translation>Wskaż dostawcę przez --provider (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s): %1</source>
        <translation>
            <numerusform>%n odbiorca: %1</numerusform>
            <numerusform>%n odbiorcy: %1</numerusform>
            <numerusform>%n odbiorców: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was accepted.</source>
        <translation>Nic nie zostało przyjęte.</translation>
    </message>
    <message>
        <source>  conversations list --account NAME   # WhatsApp conversations, where the provider keeps them
  conversations show NUMBER --account NAME --from NUMBER
  conversations reply NUMBER TEXT --account NAME --from NUMBER   # within the 24-hour session only</source>
        <translation>  conversations list --account NAZWA   # rozmowy WhatsApp, tam gdzie dostawca je przechowuje
  conversations show NUMER --account NAZWA --from NUMER
  conversations reply NUMER TEKST --account NAZWA --from NUMER   # tylko w ramach 24-godzinnej sesji</translation>
    </message>
    <message>
        <source>The session is closed: only an approved template can be sent (a WhatsApp campaign).</source>
        <translation>Sesja jest zamknięta: można wysłać tylko zatwierdzony szablon (kampanię WhatsApp).</translation>
    </message>
    <message>
        <source>  groups list [--account NAME]
  groups create NAME [--account ACCOUNT]
  groups list --account NAME --remote
  groups sync NAME --account ACCOUNT [--push|--pull]
  groups validate NAME --account ACCOUNT   # the provider checks the emails; bad ones suppressed
  groups rename NAME NEW_NAME
  groups delete NAME [--yes] [--remote]   # --remote: at the linked provider group too, first
  groups merge NAME --into TARGET</source>
        <translation>  groups list [--account NAZWA]
  groups create NAZWA [--account KONTO]
  groups list --account NAZWA --remote
  groups sync NAZWA --account KONTO [--push|--pull]
  groups validate NAZWA --account KONTO   # dostawca sprawdza adresy e-mail; błędne trafiają na listę wykluczeń
  groups rename NAZWA NOWA_NAZWA
  groups delete NAZWA [--yes] [--remote]   # --remote: najpierw także powiązaną grupę u dostawcy
  groups merge NAZWA --into CEL</translation>
    </message>
    <message>
        <source>  suppressions list [--search TEXT]
  suppressions add ADDRESS… [--channel sms|email|voice|all] [--reason opt_out|block|bounce|complaint]
                   [--region CC]
  suppressions remove ADDRESS…
  suppressions import FILE [--region CC]
  suppressions export FILE [--delimiter C] [--bom]
  suppressions sync --account NAME     # with the account&apos;s opt-out list, both ways</source>
        <translation>  suppressions list [--search TEKST]
  suppressions add ADRES… [--channel sms|email|voice|all] [--reason opt_out|block|bounce|complaint]
                   [--region KRAJ]
  suppressions remove ADRES…
  suppressions import PLIK [--region KRAJ]
  suppressions export PLIK [--delimiter Z] [--bom]
  suppressions sync --account NAZWA    # z listą rezygnacji konta, w obie strony</translation>
    </message>
    <message>
        <source>Give the channel: --channel sms, email, voice (a call) or whatsapp.</source>
        <translation>Podaj kanał: --channel sms, email, voice (połączenie) lub whatsapp.</translation>
    </message>
    <message>
        <source>  workspace show                      # the workspace&apos;s file, id and settings
  workspace region [CODE]             # the region of phone numbers written without a country
                                      # code (TR, ES, PL, US…): shows it, or sets it</source>
        <translation>  workspace show                      # plik, identyfikator i ustawienia obszaru roboczego
  workspace region [KOD]              # region numerów telefonów zapisanych bez kodu
                                      # kraju (TR, ES, PL, US…): pokazuje go albo ustawia</translation>
    </message>
    <message>
        <source>Unknown workspace command “%1”.</source>
        <translation>Nieznane polecenie workspace „%1”.</translation>
    </message>
    <message>
        <source>Phone numbers without a country code are now read as %1 numbers.</source>
        <translation>Numery telefonów bez kodu kraju są teraz odczytywane jako numery z regionu %1.</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Obszar roboczy: %1</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>Identyfikator: %1</translation>
    </message>
    <message>
        <source>Phone region: %1</source>
        <translation>Region numerów telefonów: %1</translation>
    </message>
    <message>
        <source>  contacts list --group NAME [--search WORDS] [--sort FIELD[:desc]] [--limit N]
  contacts add --group NAME [--email E] [--phone P] [--first-name T] [--last-name T] [--city T]
               [--country CC] [--field KEY=VALUE]… [--region CC]
  contacts delete --group NAME ADDRESS…
  contacts import FILE --group NAME [--region CC] [--delimiter C] [--encoding NAME]
                  [--map CSVCOLUMN=FIELD]… [--on-duplicate skip|update] [--empty-cells keep|clear]
                  [--header auto|yes|no] [--title-line auto|yes|no] [--sheet NAME] [--report REPORT.csv]
                  (FILE: .csv, or an Excel workbook .xlsx)
  contacts export FILE --group NAME [--search WORDS] [--delimiter C] [--encoding NAME] [--bom]
                  (FILE.xlsx: an Excel workbook; otherwise CSV)
  contacts undo-import IMPORT_ID</source>
        <translation>  contacts list --group NAZWA [--search SŁOWA] [--sort POLE[:desc]] [--limit N]
  contacts add --group NAZWA [--email E] [--phone T] [--first-name X] [--last-name X] [--city X]
               [--country KK] [--field KLUCZ=WARTOŚĆ]… [--region KK]
  contacts delete --group NAZWA ADRES…
  contacts import PLIK --group NAZWA [--region KK] [--delimiter Z] [--encoding NAZWA]
                  [--map KOLUMNACSV=POLE]… [--on-duplicate skip|update] [--empty-cells keep|clear]
                  [--header auto|yes|no] [--title-line auto|yes|no] [--sheet NAZWA] [--report RAPORT.csv]
                  (PLIK: .csv albo skoroszyt Excela .xlsx)
  contacts export PLIK --group NAZWA [--search SŁOWA] [--delimiter Z] [--encoding NAZWA] [--bom]
                  (PLIK.xlsx: skoroszyt Excela; w przeciwnym razie CSV)
  contacts undo-import NR_IMPORTU</translation>
    </message>
    <message>
        <source>--empty-cells takes keep (an empty cell leaves the field as it is) or clear.</source>
        <translation>--empty-cells przyjmuje keep (pusta komórka zostawia pole bez zmian) albo clear.</translation>
    </message>
    <message>
        <source>--empty-cells clear changes what an update writes; use it with --on-duplicate update.</source>
        <translation>--empty-cells clear zmienia to, co zapisuje aktualizacja; użyj go z --on-duplicate update.</translation>
    </message>
    <message>
        <source>--title-line takes auto, yes or no.</source>
        <translation>--title-line przyjmuje auto, yes albo no.</translation>
    </message>
    <message>
        <source>  accounts add NAME --provider PROVIDER [--base-url URL] [--user USER] [--secret-stdin]
               [--setting KEY=VALUE]…
  accounts edit NAME [--base-url URL] [--user USER] [--secret-stdin | --mailbox-secret-stdin]
               [--setting KEY=VALUE]…
  accounts list
  accounts verify NAME
  accounts remove NAME</source>
        <translation>  accounts add NAME --provider PROVIDER [--base-url URL] [--user USER] [--secret-stdin]
               [--setting KEY=VALUE]…
  accounts edit NAME [--base-url URL] [--user USER] [--secret-stdin | --mailbox-secret-stdin]
               [--setting KEY=VALUE]…
  accounts list
  accounts verify NAME
  accounts remove NAME</translation>
    </message>
    <message>
        <source>Give --secret-stdin and --mailbox-secret-stdin one at a time: both read standard input.</source>
        <translation>Podaj --secret-stdin i --mailbox-secret-stdin osobno: obie czytają standardowe wejście.</translation>
    </message>
    <message>
        <source>--mailbox-secret-stdin was given, but standard input was empty.</source>
        <translation>Podano --mailbox-secret-stdin, ale standardowe wejście było puste.</translation>
    </message>
    <message>
        <source>saved rules over contacts (country, fields, what they opened…) to send to</source>
        <translation>zapisane reguły dla kontaktów (kraj, pola, co otworzyli…), do których można wysyłać</translation>
    </message>
    <message>
        <source>Name the account, the groups or segments and the template: --account, --group or --segment, --template.</source>
        <translation>Podaj konto, grupy lub segmenty i szablon: --account, --group lub --segment, --template.</translation>
    </message>
    <message>
        <source>There is no segment named “%1”. See campaignctl segments list.</source>
        <translation>Nie ma segmentu o nazwie „%1”. Zobacz campaignctl segments list.</translation>
    </message>
    <message>
        <source>Give the segment&apos;s rule: --rule &apos;country = ES and opened any campaign&apos;.</source>
        <translation>Podaj regułę segmentu: --rule &apos;country = ES and opened any campaign&apos;.</translation>
    </message>
    <message>
        <source>--limit takes a number of contacts.</source>
        <translation>--limit przyjmuje liczbę kontaktów.</translation>
    </message>
    <message>
        <source>No segments yet. Create one with campaignctl segments create NAME --rule RULE.</source>
        <translation>Nie ma jeszcze segmentów. Utwórz go poleceniem campaignctl segments create NAZWA --rule REGUŁA.</translation>
    </message>
    <message numerus="yes">
        <source>Segment “%1” created: %n contact(s) match it now.</source>
        <translation>
            <numerusform>Utworzono segment „%1”: pasuje teraz %n kontakt.</numerusform>
            <numerusform>Utworzono segment „%1”: pasują teraz %n kontakty.</numerusform>
            <numerusform>Utworzono segment „%1”: pasuje teraz %n kontaktów.</numerusform>
        </translation>
    </message>
    <message>
        <source>Segment “%1” deleted.</source>
        <translation>Usunięto segment „%1”.</translation>
    </message>
    <message>
        <source>Segment “%1” saved.</source>
        <translation>Zapisano segment „%1”.</translation>
    </message>
    <message>
        <source>The rule of “%1” no longer reads: %2</source>
        <translation>Reguły „%1” nie da się już odczytać: %2</translation>
    </message>
    <message>
        <source>The segment “%1” cannot be counted: %2</source>
        <translation>Nie można policzyć segmentu „%1”: %2</translation>
    </message>
    <message>
        <source>Segment “%1”: %2</source>
        <translation>Segment „%1”: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) match it now.</source>
        <translation>
            <numerusform>Pasuje teraz %n kontakt.</numerusform>
            <numerusform>Pasują teraz %n kontakty.</numerusform>
            <numerusform>Pasuje teraz %n kontaktów.</numerusform>
        </translation>
    </message>
    <message>
        <source>  segments create NAME --rule RULE    # e.g. --rule &apos;country = ES and not opened &quot;March newsletter&quot;&apos;
  segments edit NAME [--rule RULE] [--name NEW]
  segments list
  segments show NAME [--limit N]     # the rule, the count and the first matching contacts
  segments count NAME
  segments delete NAME
  segments export NAME FILE [--delimiter C] [--bom]   # the contacts that match now: CSV, or .xlsx
The rule language is described in the README and in the guide (Groups).</source>
        <translation>  segments create NAZWA --rule REGUŁA    # np. --rule &apos;country = ES and not opened &quot;March newsletter&quot;&apos;
  segments edit NAZWA [--rule REGUŁA] [--name NOWA]
  segments list
  segments show NAZWA [--limit N]     # reguła, liczba i pierwsze pasujące kontakty
  segments count NAZWA
  segments delete NAZWA
  segments export NAZWA PLIK [--delimiter Z] [--bom]   # kontakty, które pasują teraz: CSV lub .xlsx
Język reguł opisano w README i w przewodniku (Grupy).</translation>
    </message>
    <message>
        <source>Use: campaignctl segments create|edit|list|show|count|delete|export …</source>
        <translation>Użycie: campaignctl segments create|edit|list|show|count|delete|export …</translation>
    </message>
    <message>
        <source>automated series: welcome and follow-up messages that run by themselves</source>
        <translation>serie automatyczne: wiadomości powitalne i przypominające, które wysyłają się same</translation>
    </message>
    <message>
        <source>  run-due                             # sends what is due (scheduled, paused by its window, series steps)</source>
        <translation>  run-due                             # wysyła to, na co przyszła pora (zaplanowane, wstrzymane przez okno wysyłki, kroki serii)</translation>
    </message>
    <message>
        <source>  series create NAME --file FILE      # the entry and the steps, in the format the README describes
  series edit NAME --file FILE        # says whom the change affects, then saves it
  series list
  series show NAME [--contact EMAIL_OR_PHONE] [--as-file]   # the steps and their reports; a contact&apos;s timeline
  series start|pause|resume|stop|delete NAME
campaignctl run-due sends the series&apos; due steps along with the campaigns.</source>
        <translation>  series create NAME --file FILE      # wejście i kroki, w formacie opisanym w README
  series edit NAME --file FILE        # mówi, kogo dotyczy zmiana, i ją zapisuje
  series list
  series show NAME [--contact EMAIL_OR_PHONE] [--as-file]   # kroki i ich raporty; oś czasu kontaktu
  series start|pause|resume|stop|delete NAME
campaignctl run-due wysyła należne kroki serii razem z kampaniami.</translation>
    </message>
    <message>
        <source>Use: campaignctl series create|edit|list|show|start|pause|resume|stop|delete …</source>
        <translation>Użycie: campaignctl series create|edit|list|show|start|pause|resume|stop|delete …</translation>
    </message>
    <message>
        <source>Give the series&apos; file: --file welcome.series (its format is in the README).</source>
        <translation>Podaj plik serii: --file welcome.series (jego format jest w README).</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Nie można odczytać „%1”: %2</translation>
    </message>
    <message>
        <source>No series yet. Write one in a file and run campaignctl series create NAME --file FILE.</source>
        <translation>Nie ma jeszcze serii. Zapisz ją w pliku i uruchom campaignctl series create NAME --file FILE.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Wejście</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Kroki</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Czekający</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Ukończeni</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Odeszli</translation>
    </message>
    <message>
        <source>There is already a series named “%1”; choose another name, or edit it.</source>
        <translation>Seria o nazwie „%1” już istnieje; wybierz inną nazwę albo ją edytuj.</translation>
    </message>
    <message numerus="yes">
        <source>Series “%1” created with %n step(s). Start it with campaignctl series start.</source>
        <translation>
            <numerusform>Seria „%1” utworzona z %n krokiem. Uruchom ją przez campaignctl series start.</numerusform>
            <numerusform>Seria „%1” utworzona z %n krokami. Uruchom ją przez campaignctl series start.</numerusform>
            <numerusform>Seria „%1” utworzona z %n krokami. Uruchom ją przez campaignctl series start.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no series named “%1”. See campaignctl series list.</source>
        <translation>Nie ma serii o nazwie „%1”. Zobacz campaignctl series list.</translation>
    </message>
    <message>
        <source>Series “%1” saved.</source>
        <translation>Seria „%1” zapisana.</translation>
    </message>
    <message>
        <source>Series “%1” started.</source>
        <translation>Seria „%1” uruchomiona.</translation>
    </message>
    <message>
        <source>Series “%1” paused: nothing is sent until it resumes.</source>
        <translation>Seria „%1” wstrzymana: nic nie zostanie wysłane, dopóki nie zostanie wznowiona.</translation>
    </message>
    <message>
        <source>Series “%1” resumed.</source>
        <translation>Seria „%1” wznowiona.</translation>
    </message>
    <message>
        <source>Series “%1” stopped.</source>
        <translation>Seria „%1” zatrzymana.</translation>
    </message>
    <message>
        <source>Series “%1” deleted.</source>
        <translation>Seria „%1” usunięta.</translation>
    </message>
    <message>
        <source>“%1” is not in the series “%2”.</source>
        <translation>„%1” nie jest w serii „%2”.</translation>
    </message>
    <message>
        <source>%1 entered “%2” on %3.</source>
        <translation>%1 wszedł do „%2” %3.</translation>
    </message>
    <message>
        <source>sent (%1%2%3)</source>
        <translation>wysłano (%1%2%3)</translation>
    </message>
    <message>
        <source>being sent</source>
        <translation>w trakcie wysyłki</translation>
    </message>
    <message>
        <source>, opened</source>
        <translation>, otwarta</translation>
    </message>
    <message>
        <source>, clicked</source>
        <translation>, kliknięta</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>pominięto: %1</translation>
    </message>
    <message>
        <source>left the series: %1</source>
        <translation>opuścił serię: %1</translation>
    </message>
    <message>
        <source>waits for %1, due %2</source>
        <translation>czeka na %1, termin %2</translation>
    </message>
    <message>
        <source>finished the series</source>
        <translation>ukończył serię</translation>
    </message>
    <message>
        <source>left: %1</source>
        <translation>odszedł: %1</translation>
    </message>
    <message>
        <source>Series “%1” (%2), entry: %3</source>
        <translation>Seria „%1” (%2), wejście: %3</translation>
    </message>
    <message>
        <source>%1 waiting, %2 finished, %3 left.</source>
        <translation>%1 czeka, %2 ukończyło, %3 odeszło.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Krok</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Szablon</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Wysłane</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Pominięte</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Dostarczone</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Otwarte</translation>
    </message>
    <message>
        <source>Clicked</source>
        <translation>Kliknięte</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n message(s) may or may not have been sent; see campaignctl campaigns reconcile|resolve &quot;%1&quot;.</source>
        <translation>
            <numerusform>„%1”: %n wiadomość mogła zostać wysłana albo nie; zobacz campaignctl campaigns reconcile|resolve &quot;%1&quot;.</numerusform>
            <numerusform>„%1”: %n wiadomości mogły zostać wysłane albo nie; zobacz campaignctl campaigns reconcile|resolve &quot;%1&quot;.</numerusform>
            <numerusform>„%1”: %n wiadomości mogło zostać wysłanych albo nie; zobacz campaignctl campaigns reconcile|resolve &quot;%1&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>  campaigns list
  campaigns create NAME --account ACCOUNT (--group GROUP | --segment SEGMENT)… --template TEMPLATE
                   [--sender ID] [--exclude-group GROUP]… [--exclude-segment SEGMENT]…
                   [--at &quot;YYYY-MM-DD HH:MM&quot; [--tz ZONE]] [--window HH:MM-HH:MM]
                   [--option KEY=VALUE]… [--in-app]  # the provider&apos;s own for the channel, e.g. tags=spring
                   [--variant &apos;KEY=VALUE;…&apos;]…  # an A/B test: variant B, C, D differ from the campaign (A)
                                               # in template, subject, sender or account
                   [--test-share PCT] [--winner-by delivery|open|click|cost_delivered|cost_click]
                   [--wait DURATION]   # each variant to PCT% (10), the winner to the rest after 4h
                   [--local-time HH:MM [--if-passed tomorrow|now]]  # at each recipient&apos;s own time
                   # the channel is the template&apos;s: SMS, email, a call (voice) or WhatsApp
  campaigns schedule NAME --at &quot;YYYY-MM-DD HH:MM&quot; [--tz ZONE]  # or --now: back to a draft
                   [--in-app]        # not handed to a provider that holds scheduled sends
  campaigns check NAME                # the pre-send check: recipients, parts, cost, missing fields
  campaigns send NAME [--test-to ADDRESS_OR_PHONE]…  # resumes an interrupted send; never twice
                   # with an A/B test: its variants; the winner goes to the rest when the wait ends
  campaigns winner NAME [--pick VARIANT]  # the A/B test&apos;s standings, or the winner picked by hand
  campaigns status NAME
  campaigns retry NAME                # sends the failed recipients again
  campaigns reconcile NAME            # asks the provider which unknown recipients it has
  campaigns resolve NAME --as sent|failed  # what happened to the unknown recipients
  campaigns cancel NAME
  campaigns clone NAME NEW_NAME</source>
        <translation>  campaigns list
  campaigns create NAZWA --account KONTO (--group GRUPA | --segment SEGMENT)… --template SZABLON
                   [--sender ID] [--exclude-group GRUPA]… [--exclude-segment SEGMENT]…
                   [--at &quot;RRRR-MM-DD GG:MM&quot; [--tz STREFA]] [--window GG:MM-GG:MM]
                   [--option KLUCZ=WARTOŚĆ]… [--in-app]  # własne opcje dostawcy dla kanału, np. tags=spring
                   [--variant &apos;KLUCZ=WARTOŚĆ;…&apos;]…  # test A/B: warianty B, C, D różnią się od kampanii (A)
                                               # szablonem, tematem, nadawcą lub kontem
                   [--test-share PROC] [--winner-by delivery|open|click|cost_delivered|cost_click]
                   [--wait CZAS]       # każdy wariant do PROC% (10), zwycięzca do pozostałych po 4h
                   [--local-time GG:MM [--if-passed tomorrow|now]]  # o godzinie każdego odbiorcy
                   # kanał wynika z szablonu: SMS, e-mail, połączenie (voice) lub WhatsApp
  campaigns schedule NAZWA --at &quot;RRRR-MM-DD GG:MM&quot; [--tz STREFA]  # lub --now: z powrotem do szkicu
                   [--in-app]        # nie jest przekazywana dostawcy, który przechowuje zaplanowane wysyłki
  campaigns check NAZWA               # sprawdzenie przed wysyłką: odbiorcy, części, koszt, brakujące pola
  campaigns send NAZWA [--test-to ADRES_LUB_TELEFON]…  # wznawia przerwaną wysyłkę; nigdy dwa razy
                   # z testem A/B: jego warianty; zwycięzca trafia do pozostałych po oczekiwaniu
  campaigns winner NAZWA [--pick WARIANT]  # wyniki testu A/B albo zwycięzca wybrany ręcznie
  campaigns status NAZWA
  campaigns retry NAZWA               # wysyła ponownie do nieudanych odbiorców
  campaigns reconcile NAZWA           # pyta dostawcę, których nieznanych odbiorców ma u siebie
  campaigns resolve NAZWA --as sent|failed  # co stało się z nieznanymi odbiorcami
  campaigns cancel NAZWA
  campaigns clone NAZWA NOWA_NAZWA</translation>
    </message>
    <message>
        <source>Use: campaignctl campaigns list|create|check|schedule|send|status|retry|reconcile|resolve|cancel|clone|winner …</source>
        <translation>Użycie: campaignctl campaigns list|create|check|schedule|send|status|retry|reconcile|resolve|cancel|clone|winner …</translation>
    </message>
    <message>
        <source>--local-time takes the time of day each recipient gets it, such as 09:30.</source>
        <translation>--local-time przyjmuje godzinę, o której każdy odbiorca ją dostanie, np. 09:30.</translation>
    </message>
    <message>
        <source>--if-passed takes tomorrow or now: when a zone&apos;s local time has passed on the day of the send.</source>
        <translation>--if-passed przyjmuje tomorrow lub now: gdy lokalna godzina strefy minęła w dniu wysyłki.</translation>
    </message>
    <message>
        <source>--test-share, --winner-by and --wait belong to an A/B test: add its variants with --variant.</source>
        <translation>--test-share, --winner-by i --wait należą do testu A/B: dodaj jego warianty przez --variant.</translation>
    </message>
    <message>
        <source>--variant takes KEY=VALUE pairs separated by &apos;;&apos; (template, subject, sender, account), not “%1”.</source>
        <translation>--variant przyjmuje pary KLUCZ=WARTOŚĆ rozdzielone &apos;;&apos; (template, subject, sender, account), a nie „%1”.</translation>
    </message>
    <message>
        <source>A variant differs in template, subject, sender or account, not “%1”.</source>
        <translation>Wariant różni się szablonem, tematem, nadawcą lub kontem, a nie „%1”.</translation>
    </message>
    <message>
        <source>--test-share takes a percentage of the audience for each variant, such as 10.</source>
        <translation>--test-share przyjmuje procent odbiorców dla każdego wariantu, np. 10.</translation>
    </message>
    <message>
        <source>--winner-by takes delivery, open, click, cost_delivered or cost_click, not “%1”.</source>
        <translation>--winner-by przyjmuje delivery, open, click, cost_delivered lub cost_click, a nie „%1”.</translation>
    </message>
    <message>
        <source>--wait takes how long to wait for the winner, such as 4h, 90m or 1d (30 days at most).</source>
        <translation>--wait przyjmuje, jak długo czekać na zwycięzcę, np. 4h, 90m lub 1d (najwyżej 30 dni).</translation>
    </message>
    <message>
        <source>“%1” has no A/B test.</source>
        <translation>„%1” nie ma testu A/B.</translation>
    </message>
    <message>
        <source>VARIANT</source>
        <translation>WARIANT</translation>
    </message>
    <message>
        <source>TEMPLATE</source>
        <translation>SZABLON</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>TEMAT</translation>
    </message>
    <message>
        <source>SENDER</source>
        <translation>NADAWCA</translation>
    </message>
    <message>
        <source>COUNTED</source>
        <translation>POLICZONE</translation>
    </message>
    <message>
        <source>  reports show NAME [--refresh] [--variants]  # --variants: an A/B test&apos;s variants side by side
  reports export NAME FILE [--delimiter C] [--bom]   # per recipient: state, events, clicked links
  reports retarget NAME --who clicked|opened|failed|… --group NEW_GROUP
  reports compare NAME [NAME…]        # delivery, open, click, bounce, unsubscribe rates and cost</source>
        <translation>  reports show NAZWA [--refresh] [--variants]  # --variants: warianty testu A/B obok siebie
  reports export NAZWA PLIK [--delimiter Z] [--bom]   # dla każdego odbiorcy: stan, zdarzenia, linki
  reports retarget NAZWA --who clicked|opened|failed|… --group NOWA_GRUPA
  reports compare NAZWA [NAZWA…]      # wskaźniki doręczeń, otwarć, kliknięć, odbić, wypisań i koszt</translation>
    </message>
    <message>
        <source>  templates list
  templates add NAME --channel sms|email|voice|whatsapp [--subject TEXT] (--body TEXT | --body-file FILE)
                [--text-file FILE] [--transactional]
  templates add NAME --language CODE [--subject TEXT] (--body TEXT | --body-file FILE) [--text-file FILE]
                # the template&apos;s version for contacts whose language field is CODE (es, or es-MX)
  templates render NAME --contact EMAIL_OR_PHONE [--group NAME]
  templates delete NAME [--language CODE]  # the template, or only that language&apos;s version
  templates push NAME --account ACCOUNT   # an email template to the provider&apos;s templates
  templates pull --account ACCOUNT        # the provider&apos;s templates here, as email templates</source>
        <translation>  templates list
  templates add NAZWA --channel sms|email|voice|whatsapp [--subject TEKST] (--body TEKST | --body-file PLIK)
                [--text-file PLIK] [--transactional]
  templates add NAZWA --language KOD [--subject TEKST] (--body TEKST | --body-file PLIK) [--text-file PLIK]
                # wersja szablonu dla kontaktów, których pole language to KOD (es lub es-MX)
  templates render NAZWA --contact EMAIL_LUB_TELEFON [--group NAZWA]
  templates delete NAZWA [--language KOD]  # szablon albo tylko wersja w tym języku
  templates push NAZWA --account KONTO    # szablon e-maila do szablonów dostawcy
  templates pull --account KONTO          # szablony dostawcy tutaj, jako szablony e-maili</translation>
    </message>
    <message>
        <source>“%1” has no “%2” version.</source>
        <translation>„%1” nie ma wersji „%2”.</translation>
    </message>
    <message>
        <source>The “%1” version of “%2” deleted.</source>
        <translation>Usunięto wersję „%1” szablonu „%2”.</translation>
    </message>
    <message>
        <source>--language takes a language code such as es, tr or pt-BR, as the contacts&apos; language field holds it.</source>
        <translation>--language przyjmuje kod języka, np. es, tr lub pt-BR, tak jak zapisuje go pole language kontaktów.</translation>
    </message>
    <message>
        <source>“%1” has a “%2” version: contacts whose language field is %2 get it.</source>
        <translation>„%1” ma wersję „%2”: dostają ją kontakty, których pole language to %2.</translation>
    </message>
</context>
<context>
    <name>cm::ComparisonDialog</name>
    <message>
        <source>Compare campaigns</source>
        <translation>Porównaj kampanie</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampania</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Wysłane</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Doręczenie</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwarcia</translation>
    </message>
    <message>
        <source>Click</source>
        <translation>Kliknięcia</translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation>Odbicia</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Wypisania</translation>
    </message>
    <message>
        <source>Cost per delivered</source>
        <translation>Koszt na doręczoną</translation>
    </message>
    <message>
        <source>Rates of the chosen campaigns</source>
        <translation>Wskaźniki wybranych kampanii</translation>
    </message>
    <message>
        <source>not reported by %1</source>
        <translation>%1 tego nie raportuje</translation>
    </message>
    <message>
        <source>Delivery and bounce are shares of what was sent; open, click and unsubscribe of what was delivered (unique people). From each campaign&apos;s latest report.</source>
        <translation>Doręczenia i odbicia to udział w wysłanych; otwarcia, kliknięcia i wypisania – w doręczonych (unikalne osoby). Z ostatniego raportu każdej kampanii.</translation>
    </message>
</context>
<context>
    <name>cm::Composer</name>
    <message>
        <source>Unknown time zone “%1”; use a name such as Europe/Istanbul or America/New_York.</source>
        <translation>Nieznana strefa czasowa „%1”; użyj nazwy takiej jak Europe/Warsaw lub America/New_York.</translation>
    </message>
    <message>
        <source>Give the date and time as YYYY-MM-DD HH:MM.</source>
        <translation>Podaj datę i godzinę jako RRRR-MM-DD GG:MM.</translation>
    </message>
    <message>
        <source>%1 %2 does not exist in %3 (the clocks skip it); choose another time.</source>
        <translation>%1 %2 nie istnieje w strefie %3 (zegary ją przeskakują); wybierz inną godzinę.</translation>
    </message>
    <message>
        <source>“%1” is not a date and time; write it as YYYY-MM-DD HH:MM, e.g. 2026-12-01 09:30.</source>
        <translation>„%1” to nie data i godzina; zapisz je jako RRRR-MM-DD GG:MM, np. 2026-12-01 09:30.</translation>
    </message>
    <message>
        <source>Choose when to send.</source>
        <translation>Wybierz, kiedy wysłać.</translation>
    </message>
    <message>
        <source>That time has passed; choose a time in the future, or send now.</source>
        <translation>Ten czas już minął; wybierz czas w przyszłości lub wyślij teraz.</translation>
    </message>
    <message>
        <source>A campaign needs a name.</source>
        <translation>Kampania musi mieć nazwę.</translation>
    </message>
    <message>
        <source>Choose a template; write one in Templates first if there is none.</source>
        <translation>Wybierz szablon; jeśli go nie ma, najpierw napisz go w Szablonach.</translation>
    </message>
    <message>
        <source>Choose the account to send with; add one in Accounts if there is none.</source>
        <translation>Wybierz konto do wysyłki; jeśli go nie ma, dodaj je w Kontach.</translation>
    </message>
    <message>
        <source>%1 cannot send %2; choose an account whose provider can.</source>
        <translation>%1 nie może wysyłać: %2; wybierz konto, którego dostawca to potrafi.</translation>
    </message>
    <message>
        <source>A group cannot be both sent to and left out; untick it on one side.</source>
        <translation>Grupa nie może być jednocześnie odbiorcą i pominięta; odznacz ją po jednej stronie.</translation>
    </message>
    <message>
        <source>One of the chosen groups no longer exists; choose the groups again.</source>
        <translation>Jedna z wybranych grup już nie istnieje; wybierz grupy ponownie.</translation>
    </message>
    <message>
        <source>The sending window must not start and end at the same time.</source>
        <translation>Okno wysyłki nie może zaczynać się i kończyć o tej samej godzinie.</translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>Szablon musi mieć nazwę.</translation>
    </message>
    <message>
        <source>Write the text of the SMS.</source>
        <translation>Napisz treść SMS-a.</translation>
    </message>
    <message>
        <source>Write the body of the email.</source>
        <translation>Napisz treść e-maila.</translation>
    </message>
    <message>
        <source>An email needs a subject.</source>
        <translation>E-mail musi mieć temat.</translation>
    </message>
    <message>
        <source>A marketing email must let people unsubscribe: insert {{unsubscribe_url}} in the body, or mark the email as transactional.</source>
        <translation>E-mail marketingowy musi umożliwiać wypisanie się: wstaw {{unsubscribe_url}} do treści albo oznacz e-mail jako transakcyjny.</translation>
    </message>
    <message>
        <source>“%1” is not an email address; the from address must be one, such as news@example.com.</source>
        <translation>„%1” nie jest adresem e-mail; adres nadawcy musi nim być, np. news@example.com.</translation>
    </message>
    <message>
        <source>The sender “%1” is not a number and not a name of at most 11 letters, digits and spaces: networks cut or refuse it.</source>
        <translation>Nadawca „%1” nie jest numerem ani nazwą z najwyżej 11 liter, cyfr i spacji: sieci go obetną lub odrzucą.</translation>
    </message>
    <message>
        <source>%1 sends one content to the whole list, so it cannot put each contact&apos;s %2 in: remove them or give each a default, such as {{first_name|default:&quot;there&quot;}}.</source>
        <translation>%1 wysyła jedną treść do całej listy, więc nie wstawi %2 każdego kontaktu: usuń je albo nadaj każdemu wartość domyślną, np. {{first_name|default:&quot;there&quot;}}.</translation>
    </message>
    <message>
        <source>A campaign of the channel %1 cannot use the %2 template “%3”; choose one written for it.</source>
        <translation>Kampania w kanale %1 nie może użyć szablonu „%3” (%2); wybierz szablon napisany dla tego kanału.</translation>
    </message>
    <message>
        <source>Write the text the call reads.</source>
        <translation>Napisz tekst odczytywany w połączeniu.</translation>
    </message>
    <message>
        <source>Write the template&apos;s variables, one a line.</source>
        <translation>Wpisz zmienne szablonu, po jednej w wierszu.</translation>
    </message>
    <message>
        <source>%1 needs a sender for %2: give the campaign one (Edit…, or --sender).</source>
        <translation>%1 wymaga nadawcy dla kanału %2: podaj go w kampanii (Edytuj… lub --sender).</translation>
    </message>
    <message>
        <source>%1 has no unsubscribe page of its own: set the account&apos;s unsubscribe_url setting to the page {{unsubscribe_url}} should open (Accounts → Edit…).</source>
        <translation>%1 nie ma własnej strony rezygnacji: ustaw w koncie ustawienie unsubscribe_url na stronę, którą ma otwierać {{unsubscribe_url}} (Konta → Edytuj…).</translation>
    </message>
    <message>
        <source>%1 sends one content to the whole list: %2 is empty for everyone, not each contact&apos;s own %3.</source>
        <translation>%1 wysyła jedną treść do całej listy: %2 jest puste dla wszystkich, zamiast własnego pola %3 każdego kontaktu.</translation>
    </message>
    <message>
        <source>%1 sends one content to the whole list: %2 reads “%3” for everyone, not each contact&apos;s own %4.</source>
        <translation>%1 wysyła jedną treść do całej listy: %2 brzmi „%3” dla wszystkich, zamiast własnego pola %4 każdego kontaktu.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 contacts need %2 parts because their details make the text longer.</source>
        <translation>
            <numerusform>%n z %1 kontaktów potrzebuje %2 części, bo jego dane wydłużają tekst.</numerusform>
            <numerusform>%n z %1 kontaktów potrzebują %2 części, bo ich dane wydłużają tekst.</numerusform>
            <numerusform>%n z %1 kontaktów potrzebuje %2 części, bo ich dane wydłużają tekst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 contacts need %2 parts because their details contain %3.</source>
        <translation>
            <numerusform>%n z %1 kontaktów potrzebuje %2 części, bo jego dane zawierają %3.</numerusform>
            <numerusform>%n z %1 kontaktów potrzebują %2 części, bo ich dane zawierają %3.</numerusform>
            <numerusform>%n z %1 kontaktów potrzebuje %2 części, bo ich dane zawierają %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody in this group has a phone number.</source>
        <translation>Nikt w tej grupie nie ma numeru telefonu.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) with a phone number: %1 SMS parts in all.</source>
        <translation>
            <numerusform>%n kontakt z numerem telefonu: łącznie %1 części SMS.</numerusform>
            <numerusform>%n kontakty z numerem telefonu: łącznie %1 części SMS.</numerusform>
            <numerusform>%n kontaktów z numerem telefonu: łącznie %1 części SMS.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: about %2</source>
        <translation>%1: około %2</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n znak</numerusform>
            <numerusform>%n znaki</numerusform>
            <numerusform>%n znaków</numerusform>
        </translation>
    </message>
    <message>
        <source>GSM-7</source>
        <translation>GSM-7</translation>
    </message>
    <message>
        <source>Unicode (UCS-2)</source>
        <translation>Unicode (UCS-2)</translation>
    </message>
    <message numerus="yes">
        <source>%n part(s)</source>
        <translation>
            <numerusform>%n część</numerusform>
            <numerusform>%n części</numerusform>
            <numerusform>%n części</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left in this part</source>
        <translation>
            <numerusform>W tej części został %n</numerusform>
            <numerusform>W tej części zostały %n</numerusform>
            <numerusform>W tej części zostało %n</numerusform>
        </translation>
    </message>
    <message>
        <source>as sent to %1</source>
        <translation>tak jak wysłane do: %1</translation>
    </message>
    <message>
        <source>with fields at typical length</source>
        <translation>z polami o typowej długości</translation>
    </message>
    <message>
        <source>The template itself is GSM-7; what is filled in for %1 makes it Unicode (%2).</source>
        <translation>Sam szablon jest w GSM-7; to, co wstawiono dla %1, zmienia go na Unicode (%2).</translation>
    </message>
    <message>
        <source>%1: no price per part set (add one under Prices when you edit the account)</source>
        <translation>%1: brak ceny za część (dodaj ją w polu Ceny przy edycji konta)</translation>
    </message>
    <message>
        <source>%1 sends one content to the whole list, so it cannot choose a part of an {{#if …}} for each contact: remove the conditions, or send through an account that sends each recipient their own message.</source>
        <translation>%1 wysyła jedną treść do całej listy, więc nie może wybrać części {{#if …}} dla każdego kontaktu: usuń warunki albo wyślij przez konto, które wysyła każdemu odbiorcy jego własną wiadomość.</translation>
    </message>
    <message>
        <source>with fields at typical length and the longest part of each {{#if …}}</source>
        <translation>z polami o typowej długości i najdłuższą częścią każdego {{#if …}}</translation>
    </message>
    <message>
        <source>Choose at least one group or segment to send to.</source>
        <translation>Wybierz co najmniej jedną grupę lub segment, do których wysłać.</translation>
    </message>
    <message>
        <source>A segment cannot be both sent to and left out; untick it on one side.</source>
        <translation>Segment nie może jednocześnie otrzymać wysyłki i być pominięty; odznacz go po jednej stronie.</translation>
    </message>
    <message>
        <source>One of the chosen segments no longer exists; choose the segments again.</source>
        <translation>Jeden z wybranych segmentów już nie istnieje; wybierz segmenty ponownie.</translation>
    </message>
    <message>
        <source>The rule of the segment “%1” no longer reads: %2 Edit it in Groups.</source>
        <translation>Reguły segmentu „%1” nie da się już odczytać: %2 Popraw ją w Grupach.</translation>
    </message>
    <message>
        <source>A marketing email must let everyone unsubscribe: put {{unsubscribe_url}} outside the {{#if …}}, or in each of its parts and its {{else}}.</source>
        <translation>E-mail marketingowy musi pozwalać każdemu zrezygnować z subskrypcji: umieść {{unsubscribe_url}} poza {{#if …}} albo w każdej jego części i w {{else}}.</translation>
    </message>
    <message>
        <source>%1 in each recipient&apos;s time zone is outside the quiet hours (%2); choose a time between them.</source>
        <translation>%1 w strefie każdego odbiorcy wypada poza dozwolonymi godzinami (%2); wybierz godzinę między nimi.</translation>
    </message>
    <message>
        <source>The language “%1” has two versions; keep one.</source>
        <translation>Język „%1” ma dwie wersje; zostaw jedną.</translation>
    </message>
    <message>
        <source>In the “%1” version: %2</source>
        <translation>W wersji „%1”: %2</translation>
    </message>
    <message>
        <source>%1 sends one content to the whole list, so it cannot give each contact their language&apos;s version: send through an account that sends each recipient their own message, or a template without language versions.</source>
        <translation>%1 wysyła jedną treść do całej listy, więc nie może dać każdemu kontaktowi wersji w jego języku: wyślij przez konto, które wysyła każdemu odbiorcy jego własną wiadomość, albo szablon bez wersji językowych.</translation>
    </message>
</context>
<context>
    <name>cm::ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation>Edytuj kontakt</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nowy kontakt</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>imie@przyklad.pl</translation>
    </message>
    <message>
        <source>+90 532 123 45 67</source>
        <translation>+48 501 234 567</translation>
    </message>
    <message>
        <source>TR</source>
        <translation>PL</translation>
    </message>
    <message>
        <source>Two letters, ISO 3166: TR, ES, PL…</source>
        <translation>Dwie litery, ISO 3166: TR, ES, PL…</translation>
    </message>
    <message>
        <source>A phone number written without a country code is read as this country&apos;s.</source>
        <translation>Numer telefonu zapisany bez kodu kraju jest odczytywany jako numer tego kraju.</translation>
    </message>
    <message>
        <source>without a country code, read as</source>
        <translation>bez kodu kraju, czytany jako</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Imię:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nazwisko:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>M&amp;iasto:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>K&amp;raj:</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>Pole własne</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Pola własne</translation>
    </message>
    <message>
        <source>&amp;Add field</source>
        <translation>&amp;Dodaj pole</translation>
    </message>
    <message>
        <source>&amp;Remove field</source>
        <translation>&amp;Usuń pole</translation>
    </message>
    <message>
        <source>Custom fields (used in templates as {{name}}):</source>
        <translation>Pola własne (w szablonach jako {{nazwa}}):</translation>
    </message>
</context>
<context>
    <name>cm::ContactImportService</name>
    <message>
        <source>“%1” cannot be read: %2.</source>
        <translation>Nie można odczytać „%1”: %2.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1”: %2</translation>
    </message>
    <message>
        <source>Import cancelled; the group was left as it was.</source>
        <translation>Import anulowano; grupa pozostała bez zmian.</translation>
    </message>
    <message>
        <source>Line %1: no email address and no phone number.</source>
        <translation>Wiersz %1: brak adresu e-mail i numeru telefonu.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not an email address.</source>
        <translation>Wiersz %1: „%2” nie jest adresem e-mail.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a valid phone number (numbers without a country code are read as %3).</source>
        <translation>Wiersz %1: „%2” nie jest poprawnym numerem telefonu (numery bez kodu kraju są czytane jako %3).</translation>
    </message>
    <message>
        <source>Importing “%1”</source>
        <translation>Importowanie „%1”</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 skipped, %4 invalid.</source>
        <translation>%1 nowych, %2 zaktualizowanych, %3 pominiętych, %4 błędnych.</translation>
    </message>
    <message>
        <source>Import %1 undone: what it added is gone, what it changed is as it was.</source>
        <translation>Cofnięto import %1: to, co dodał, usunięto, a to, co zmienił, przywrócono.</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2.</source>
        <translation>Nie można zapisać „%1”: %2.</translation>
    </message>
    <message>
        <source>The encoding “%1” is not one this computer can write. Choose another.</source>
        <translation>Ten komputer nie potrafi zapisać kodowania „%1”. Wybierz inne.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Eksport anulowano; nie zapisano pliku.</translation>
    </message>
    <message>
        <source>A contact cannot be written in %1 (its text has characters that encoding lacks). Choose UTF-8.</source>
        <translation>Kontaktu nie da się zapisać w %1 (ma znaki, których to kodowanie nie zawiera). Wybierz UTF-8.</translation>
    </message>
    <message>
        <source>Exporting to “%1”</source>
        <translation>Eksportowanie do „%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) written to “%1”.</source>
        <translation>
            <numerusform>Zapisano %n kontakt do „%1”.</numerusform>
            <numerusform>Zapisano %n kontakty do „%1”.</numerusform>
            <numerusform>Zapisano %n kontaktów do „%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Kolumna %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Plik jest pusty.</translation>
    </message>
    <message>
        <source>A contact needs an email address or a phone number.</source>
        <translation>Kontakt potrzebuje adresu e-mail lub numeru telefonu.</translation>
    </message>
    <message>
        <source>“%1” is not an email address. Write it as name@example.com.</source>
        <translation>„%1” nie jest adresem e-mail. Zapisz go jako imie@przyklad.pl.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number of %2. Write it with its country code, such as +90 532 123 45 67.</source>
        <translation>„%1” nie jest numerem telefonu z %2. Zapisz go z kodem kraju, np. +48 501 234 567.</translation>
    </message>
    <message>
        <source>any country</source>
        <translation>żadnego kraju</translation>
    </message>
    <message>
        <source>Importing the suppression list “%1”</source>
        <translation>Importowanie listy wykluczeń „%1”</translation>
    </message>
    <message>
        <source>Exporting the suppression list to “%1”</source>
        <translation>Eksportowanie listy wykluczeń do „%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) written to “%1”.</source>
        <translation>
            <numerusform>Zapisano %n adres do „%1”.</numerusform>
            <numerusform>Zapisano %n adresy do „%1”.</numerusform>
            <numerusform>Zapisano %n adresów do „%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>rows</source>
        <translation>wierszy</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>kontaktów</translation>
    </message>
    <message>
        <source>line</source>
        <translation>wiersz</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>powód</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>zaimportowano</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>zaktualizowano</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>pominięto</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>nieprawidłowe</translation>
    </message>
    <message>
        <source>with a warning</source>
        <translation>z ostrzeżeniem</translation>
    </message>
    <message>
        <source>The email address was not one either: the line has no usable address.</source>
        <translation>Adres e-mail też jest nieprawidłowy: wiersz nie ma żadnego użytecznego adresu.</translation>
    </message>
    <message>
        <source>%1 Imported by the email address; the number is kept as written in the field %2.</source>
        <translation>%1 Zaimportowano według adresu e-mail; numer zachowano w takiej postaci, w jakiej go zapisano, w polu %2.</translation>
    </message>
    <message>
        <source>%1 Imported by the phone number; the address is kept as written in the field %2.</source>
        <translation>%1 Zaimportowano według numeru telefonu; adres zachowano w takiej postaci, w jakiej go zapisano, w polu %2.</translation>
    </message>
    <message>
        <source>Line %1: another contact of the group has the phone number %2 (a shared line?); this one is imported by the email address, the number kept in the field %3.</source>
        <translation>Wiersz %1: inny kontakt w grupie ma numer telefonu %2 (wspólna linia?); ten zaimportowano według adresu e-mail, a numer zachowano w polu %3.</translation>
    </message>
    <message>
        <source>Line %1: in the group already (the same email address or phone number); skipped. Import with duplicates updated to change it.</source>
        <translation>Wiersz %1: już jest w grupie (ten sam adres e-mail lub numer telefonu); pominięto. Aby go zmienić, importuj z aktualizacją duplikatów.</translation>
    </message>
    <message>
        <source>Line %1: not updated: its phone number %2 is another contact&apos;s.</source>
        <translation>Wiersz %1: nie zaktualizowano: numer telefonu %2 należy do innego kontaktu.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <source>combined with an earlier line</source>
        <translation>połączone z wcześniejszym wierszem</translation>
    </message>
    <message>
        <source>Line %1 is a title (“%2”), not the names of the columns; skipped.</source>
        <translation>Wiersz %1 to tytuł („%2”), a nie nazwy kolumn; pominięto go.</translation>
    </message>
    <message numerus="yes">
        <source>No column holds email addresses or phone numbers, by its name or by its first %n row(s). Name one with --map COLUMN=email or COLUMN=phone (columns: %1).</source>
        <translation>
            <numerusform>Żadna kolumna nie zawiera adresów e-mail ani numerów telefonów, ani według nazwy, ani według pierwszego wiersza. Wskaż ją przez --map KOLUMNA=email albo KOLUMNA=phone (kolumny: %1).</numerusform>
            <numerusform>Żadna kolumna nie zawiera adresów e-mail ani numerów telefonów, ani według nazwy, ani według pierwszych %n wierszy. Wskaż ją przez --map KOLUMNA=email albo KOLUMNA=phone (kolumny: %1).</numerusform>
            <numerusform>Żadna kolumna nie zawiera adresów e-mail ani numerów telefonów, ani według nazwy, ani według pierwszych %n wierszy. Wskaż ją przez --map KOLUMNA=email albo KOLUMNA=phone (kolumny: %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: the same person as line %2, whom the group has already; skipped.</source>
        <translation>Wiersz %1: ta sama osoba co w wierszu %2, którą grupa już ma; pominięto.</translation>
    </message>
    <message>
        <source>Line %1: the same person as line %2; combined into one contact, the values of line %1 winning.</source>
        <translation>Wiersz %1: ta sama osoba co w wierszu %2; połączono w jeden kontakt, z wartościami wiersza %1.</translation>
    </message>
    <message numerus="yes">
        <source>The file mixes encodings: %n line(s) (%1) are in %2, the rest in %3. Each line was read in its own encoding; check the names of those lines.</source>
        <translation>
            <numerusform>Plik miesza kodowania: %n wiersz (%1) jest w %2, reszta w %3. Każdy wiersz odczytano w jego kodowaniu; sprawdź nazwiska w tym wierszu.</numerusform>
            <numerusform>Plik miesza kodowania: %n wiersze (%1) są w %2, reszta w %3. Każdy wiersz odczytano w jego kodowaniu; sprawdź nazwiska w tych wierszach.</numerusform>
            <numerusform>Plik miesza kodowania: %n wierszy (%1) jest w %2, reszta w %3. Każdy wiersz odczytano w jego kodowaniu; sprawdź nazwiska w tych wierszach.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) combined with an earlier line of the same person.</source>
        <translation>
            <numerusform>%n wiersz połączono z wcześniejszym wierszem tej samej osoby.</numerusform>
            <numerusform>%n wiersze połączono z wcześniejszymi wierszami tych samych osób.</numerusform>
            <numerusform>%n wierszy połączono z wcześniejszymi wierszami tych samych osób.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a country we know (write an ISO code such as TR, or its name); kept as written, and its phone number read as %3&apos;s.</source>
        <translation>Wiersz %1: „%2” to nie znany nam kraj (wpisz kod ISO, np. TR, albo jego nazwę); zachowano jak zapisano, a numer telefonu odczytano jako numer kraju %3.</translation>
    </message>
    <message>
        <source>Line %1: %2 fields, but the header has %3; the values past it are kept in the fields column_%4 and after.</source>
        <translation>Wiersz %1: %2 pól, ale nagłówek ma %3; wartości poza nim zachowano w polach column_%4 i dalszych.</translation>
    </message>
</context>
<context>
    <name>cm::ContactModel</name>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>The contacts cannot be read: %1</source>
        <translation>Nie można odczytać kontaktów: %1</translation>
    </message>
</context>
<context>
    <name>cm::ContactsPanel</name>
    <message>
        <source>This group has no contacts yet. Import a CSV or Excel file, add contacts one by one, or pull them from an account that keeps groups.</source>
        <translation>Ta grupa nie ma jeszcze kontaktów. Zaimportuj plik CSV lub Excela, dodaj kontakty pojedynczo albo pobierz je z konta, które przechowuje grupy.</translation>
    </message>
</context>
<context>
    <name>cm::ConversationService</name>
    <message>
        <source>Reading the WhatsApp conversations</source>
        <translation>Odczytywanie rozmów WhatsApp</translation>
    </message>
    <message>
        <source>Reading the WhatsApp conversation with %1</source>
        <translation>Odczytywanie rozmowy WhatsApp z %1</translation>
    </message>
    <message>
        <source>Answering %1 on WhatsApp</source>
        <translation>Odpowiadanie %1 na WhatsApp</translation>
    </message>
    <message>
        <source>Write the answer first.</source>
        <translation>Najpierw napisz odpowiedź.</translation>
    </message>
    <message>
        <source>That account no longer exists.</source>
        <translation>To konto już nie istnieje.</translation>
    </message>
    <message>
        <source>“%1” has no WhatsApp conversations; choose an account of %2.</source>
        <translation>„%1” nie ma rozmów WhatsApp; wybierz konto %2.</translation>
    </message>
</context>
<context>
    <name>cm::ConversationsDialog</name>
    <message>
        <source>Send answer</source>
        <translation>Wyślij odpowiedź</translation>
    </message>
    <message>
        <source>WhatsApp conversations of “%1”</source>
        <translation>Rozmowy WhatsApp konta „%1”</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numer</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesja</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Ostatnia wiadomość</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Rozmowy</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Wiadomości</translation>
    </message>
    <message>
        <source>Answer…</source>
        <translation>Odpowiedź…</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Odpowiedź</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Odśwież</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwarta</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Zamknięta</translation>
    </message>
    <message>
        <source>No conversations yet: they start when a WhatsApp template is sent (a campaign with Delivery: WhatsApp template) or someone writes to your number.</source>
        <translation>Nie ma jeszcze rozmów: zaczynają się, gdy zostanie wysłany szablon WhatsApp (kampania z Doręczenie: szablon WhatsApp) albo ktoś napisze na Twój numer.</translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>Odebrano %1</translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation>Przeczytano %1</translation>
    </message>
    <message>
        <source>Failed %1</source>
        <translation>Nie powiodło się %1</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Wysłano %1</translation>
    </message>
    <message>
        <source>Choose a conversation.</source>
        <translation>Wybierz rozmowę.</translation>
    </message>
    <message>
        <source>The session is open until %1: you can answer in your own words.</source>
        <translation>Sesja jest otwarta do %1: możesz odpowiedzieć własnymi słowami.</translation>
    </message>
    <message>
        <source>The session is closed (the last message from %1 is over 24 hours old): only an approved template can be sent, as a campaign with Delivery: WhatsApp template.</source>
        <translation>Sesja jest zamknięta (ostatnia wiadomość od %1 ma ponad 24 godziny): można wysłać tylko zatwierdzony szablon, jako kampanię z Doręczenie: szablon WhatsApp.</translation>
    </message>
</context>
<context>
    <name>cm::CsvReader</name>
    <message>
        <source>The file is empty.</source>
        <translation>Plik jest pusty.</translation>
    </message>
    <message>
        <source>This is not a text file (it contains binary data). Export the sheet as CSV and try again.</source>
        <translation>To nie jest plik tekstowy (zawiera dane binarne). Wyeksportuj arkusz jako CSV i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The encoding “%1” is not one this computer can read. Choose another.</source>
        <translation>Ten komputer nie potrafi odczytać kodowania „%1”. Wybierz inne.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field never ends (a &quot; is missing).</source>
        <translation>Wiersz %1: pole w cudzysłowie nigdy się nie kończy (brakuje &quot;).</translation>
    </message>
    <message numerus="yes">
        <source>Line %1: a field is longer than %n character(s).</source>
        <translation>
            <numerusform>Wiersz %1: pole jest dłuższe niż %n znak.</numerusform>
            <numerusform>Wiersz %1: pole jest dłuższe niż %n znaki.</numerusform>
            <numerusform>Wiersz %1: pole jest dłuższe niż %n znaków.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: contains a NUL character; the file may be damaged.</source>
        <translation>Wiersz %1: zawiera znak NUL; plik może być uszkodzony.</translation>
    </message>
    <message>
        <source>Line %1: contains bytes that are not valid %2. Choose the file&apos;s encoding.</source>
        <translation>Wiersz %1: zawiera bajty, które nie są poprawnym %2. Wybierz kodowanie pliku.</translation>
    </message>
    <message>
        <source>The file could not be read again after checking its encoding (%1). Try again, or choose the encoding.</source>
        <translation>Nie udało się ponownie odczytać pliku po sprawdzeniu kodowania (%1). Spróbuj ponownie albo wybierz kodowanie.</translation>
    </message>
    <message>
        <source>Some lines of the file are in the encoding “%1”, which is not one this computer can read. Save the file as UTF-8 and try again.</source>
        <translation>Niektóre wiersze pliku są w kodowaniu „%1”, którego ten komputer nie potrafi odczytać. Zapisz plik jako UTF-8 i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Line %1: a stray &quot; at the start of field %2 was removed and the field read to the next delimiter; check the value.</source>
        <translation>Wiersz %1: usunięto zbędny &quot; na początku pola %2, a pole odczytano do następnego separatora; sprawdź wartość.</translation>
    </message>
</context>
<context>
    <name>cm::Database</name>
    <message>
        <source>“%1” is not a file. Choose a workspace file, or a new file name to start a workspace.</source>
        <translation>„%1” nie jest plikiem. Wybierz plik obszaru roboczego albo nową nazwę pliku, aby utworzyć obszar roboczy.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2. Check the file&apos;s permissions.</source>
        <translation>Nie można odczytać „%1”: %2. Sprawdź uprawnienia pliku.</translation>
    </message>
    <message>
        <source>“%1” is not a Campaign Manager workspace (it is not an SQLite database). It was not changed. Choose another file, or a new file name to start a workspace.</source>
        <translation>„%1” nie jest obszarem roboczym Campaign Managera (to nie jest baza danych SQLite). Plik nie został zmieniony. Wybierz inny plik albo nową nazwę pliku, aby utworzyć obszar roboczy.</translation>
    </message>
    <message>
        <source>“%1” is read-only. Make it writable, or copy it to a folder you can write to and open the copy.</source>
        <translation>„%1” jest tylko do odczytu. Zezwól na zapis albo skopiuj go do folderu, w którym możesz zapisywać, i otwórz kopię.</translation>
    </message>
    <message>
        <source>Cannot create the workspace “%1”: the folder “%2” is missing or read-only. Choose a folder you can write to.</source>
        <translation>Nie można utworzyć obszaru roboczego „%1”: folder „%2” nie istnieje lub jest tylko do odczytu. Wybierz folder, w którym możesz zapisywać.</translation>
    </message>
    <message>
        <source>Cannot create the workspace “%1”: %2.</source>
        <translation>Nie można utworzyć obszaru roboczego „%1”: %2.</translation>
    </message>
    <message>
        <source>open the workspace</source>
        <translation>otworzyć obszaru roboczego</translation>
    </message>
    <message>
        <source>“%1” is a database of another application, not a Campaign Manager workspace. It was not changed. Choose a workspace file, or a new file name to start a workspace.</source>
        <translation>„%1” jest bazą danych innej aplikacji, a nie obszarem roboczym Campaign Managera. Plik nie został zmieniony. Wybierz plik obszaru roboczego albo nową nazwę pliku, aby utworzyć obszar roboczy.</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer Campaign Manager (workspace version %2; this version reads up to %3). It was not changed. Update Campaign Manager to open it.</source>
        <translation>„%1” został zapisany przez nowszy Campaign Manager (wersja obszaru roboczego %2; ta wersja czyta do %3). Plik nie został zmieniony. Zaktualizuj Campaign Managera, aby go otworzyć.</translation>
    </message>
    <message>
        <source>The SQLite driver of this Qt build cannot be used.</source>
        <translation>Sterownika SQLite tej kompilacji Qt nie można użyć.</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>W tej kompilacji brakuje migracji %1.</translation>
    </message>
    <message>
        <source>upgrade the workspace to version %1</source>
        <translation>uaktualnić obszaru roboczego do wersji %1</translation>
    </message>
    <message>
        <source>The disk is full: could not %1 in “%2”. Free some disk space and try again; nothing was changed.</source>
        <translation>Dysk jest pełny: nie udało się %1 w „%2”. Zwolnij miejsce na dysku i spróbuj ponownie; nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>Could not %1: “%2” is read-only. Make it writable, or copy it to a folder you can write to.</source>
        <translation>Nie udało się %1: „%2” jest tylko do odczytu. Zezwól na zapis albo skopiuj go do folderu, w którym możesz zapisywać.</translation>
    </message>
    <message>
        <source>“%1” is damaged (%2). It was not changed. Restore the workspace from a backup.</source>
        <translation>„%1” jest uszkodzony (%2). Plik nie został zmieniony. Przywróć obszar roboczy z kopii zapasowej.</translation>
    </message>
    <message>
        <source>“%1” is not a Campaign Manager workspace (%2). It was not changed. Choose another file, or a new file name to start a workspace.</source>
        <translation>„%1” nie jest obszarem roboczym Campaign Managera (%2). Plik nie został zmieniony. Wybierz inny plik albo nową nazwę pliku, aby utworzyć obszar roboczy.</translation>
    </message>
    <message>
        <source>Could not %1: “%2” is locked by another program. Close it and try again.</source>
        <translation>Nie udało się %1: „%2” jest zablokowany przez inny program. Zamknij go i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Could not %1: “%2” cannot be read or written (%3). Check the disk and the file&apos;s permissions.</source>
        <translation>Nie udało się %1: „%2” nie daje się odczytać ani zapisać (%3). Sprawdź dysk i uprawnienia pliku.</translation>
    </message>
    <message>
        <source>Could not %1 in “%2”: %3.</source>
        <translation>Nie udało się %1 w „%2”: %3.</translation>
    </message>
    <message>
        <source>The workspace “%1” cannot be read.</source>
        <translation>Nie można odczytać obszaru roboczego „%1”.</translation>
    </message>
    <message>
        <source>a row of %1 (%2) refers to a missing row of %3</source>
        <translation>wiersz tabeli %1 (%2) odwołuje się do brakującego wiersza tabeli %3</translation>
    </message>
    <message>
        <source>“%1” was upgraded by a newer Campaign Manager while this one opened it (workspace version %2; this version reads up to %3). Update Campaign Manager to open it.</source>
        <translation>„%1” został uaktualniony przez nowszą wersję Campaign Managera podczas otwierania (wersja obszaru roboczego %2; ta wersja odczytuje do %3). Zaktualizuj Campaign Managera, aby go otworzyć.</translation>
    </message>
</context>
<context>
    <name>cm::DemoWorkspace</name>
    <message>
        <source>create the demo workspace</source>
        <translation>utworzyć demonstracyjnego obszaru roboczego</translation>
    </message>
    <message>
        <source>Sandbox (demo)</source>
        <translation>Sandbox (demo)</translation>
    </message>
    <message>
        <source>Newsletter subscribers</source>
        <translation>Subskrybenci newslettera</translation>
    </message>
    <message>
        <source>Everyone who signed up for the monthly newsletter.</source>
        <translation>Wszyscy, którzy zapisali się na comiesięczny newsletter.</translation>
    </message>
    <message>
        <source>VIP customers İstanbul</source>
        <translation>Klienci VIP Stambuł</translation>
    </message>
    <message>
        <source>Gold and Silver card holders of the İstanbul stores.</source>
        <translation>Posiadacze kart Gold i Silver sklepów w Stambule.</translation>
    </message>
    <message>
        <source>Spring promo Europe &amp; Africa</source>
        <translation>Wiosenna promocja Europa i Afryka</translation>
    </message>
    <message>
        <source>Shoppers of the spring campaign in Spain, Poland, South Africa and the US.</source>
        <translation>Kupujący z wiosennej kampanii w Hiszpanii, Polsce, RPA i USA.</translation>
    </message>
    <message>
        <source>Weekend flash sale (SMS)</source>
        <translation>Weekendowa wyprzedaż (SMS)</translation>
    </message>
    <message>
        <source>Appointment reminder (SMS)</source>
        <translation>Przypomnienie o wizycie (SMS)</translation>
    </message>
    <message>
        <source>Monthly newsletter</source>
        <translation>Miesięczny newsletter</translation>
    </message>
    <message>
        <source>Welcome email</source>
        <translation>E-mail powitalny</translation>
    </message>
    <message>
        <source>March newsletter</source>
        <translation>Newsletter marcowy</translation>
    </message>
    <message>
        <source>Weekend flash sale</source>
        <translation>Weekendowa wyprzedaż</translation>
    </message>
    <message>
        <source>Welcome series</source>
        <translation>Seria powitalna</translation>
    </message>
    <message>
        <source>New subscriber welcome</source>
        <translation>Powitanie nowych subskrybentów</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Powitanie</translation>
    </message>
    <message>
        <source>Nudge by SMS</source>
        <translation>Przypomnienie SMS-em</translation>
    </message>
</context>
<context>
    <name>cm::DeploymentsProvider</name>
    <message>
        <source>Deployments SMS</source>
        <translation>Deployments SMS</translation>
    </message>
    <message>
        <source>An SMS platform with contact lists, deployments, statistics by hour, day, month and year, and opt-outs. Its documentation gives no addresses: check the paths in the account settings. No per-message status and no balance.</source>
        <translation>Platforma SMS z listami kontaktów, wysyłkami (deployments), statystykami godzinowymi, dziennymi, miesięcznymi i rocznymi oraz rezygnacjami. Jej dokumentacja nie podaje adresów: sprawdź ścieżki w ustawieniach konta. Bez stanu pojedynczych wiadomości i bez salda.</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Adres bazowy</translation>
    </message>
    <message>
        <source>The address of the platform, such as https://sms.example.com (required: the provider documents none).</source>
        <translation>Adres platformy, np. https://sms.example.com (wymagany: dostawca nie podaje żadnego).</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Użytkownik</translation>
    </message>
    <message>
        <source>Only for basic authentication; leave empty for a token.</source>
        <translation>Tylko dla uwierzytelniania podstawowego; przy tokenie zostaw puste.</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Token API</translation>
    </message>
    <message>
        <source>The token the platform issued for your company.</source>
        <translation>Token wydany przez platformę dla Twojej firmy.</translation>
    </message>
    <message numerus="yes">
        <source>The token works; the first page has %n contact list(s).</source>
        <translation>
            <numerusform>Token działa; pierwsza strona ma %n listę kontaktów.</numerusform>
            <numerusform>Token działa; pierwsza strona ma %n listy kontaktów.</numerusform>
            <numerusform>Token działa; pierwsza strona ma %n list kontaktów.</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform counts sends in the statistics of the deployment linked to their campaign: give that campaign&apos;s number in the campaign&apos;s option, or for every campaign in the account&apos;s advanced settings, as {&quot;campaign_pk&quot;: 12}, before sending.</source>
        <translation>Platforma liczy wysyłki w statystykach wdrożenia powiązanego z ich kampanią: przed wysyłką podaj numer tej kampanii w opcji kampanii albo, dla wszystkich kampanii, w ustawieniach zaawansowanych konta, jako {&quot;campaign_pk&quot;: 12}.</translation>
    </message>
    <message>
        <source>Platform campaign</source>
        <translation>Kampania platformy</translation>
    </message>
    <message>
        <source>The number of the platform&apos;s campaign to link these sends to (a deployment&apos;s linked campaign), such as 44; empty: the account&apos;s.</source>
        <translation>Numer kampanii platformy, z którą powiązać te wysyłki (kampania powiązana z wdrożeniem), np. 44; puste: numer z konta.</translation>
    </message>
    <message>
        <source>Opted out at the provider: not sent.</source>
        <translation>Rezygnacja u dostawcy: nie wysłano.</translation>
    </message>
</context>
<context>
    <name>cm::DispatchRun</name>
    <message numerus="yes">
        <source>Sending paused after %n recipient(s); send again to continue.</source>
        <translation>
            <numerusform>Wysyłkę wstrzymano po %n odbiorcy; wyślij ponownie, aby kontynuować.</numerusform>
            <numerusform>Wysyłkę wstrzymano po %n odbiorcach; wyślij ponownie, aby kontynuować.</numerusform>
            <numerusform>Wysyłkę wstrzymano po %n odbiorcach; wyślij ponownie, aby kontynuować.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”: %2 accepted, %3 failed, %4 unknown.</source>
        <translation>„%1”: przyjęto %2, nieudanych %3, nieznanych %4.</translation>
    </message>
    <message>
        <source>“%1” was cancelled; nothing more of it is sent.</source>
        <translation>Kampanię „%1” anulowano; nic więcej z niej nie zostanie wysłane.</translation>
    </message>
    <message>
        <source>Outside the sending window: paused until %1 (%2), when it continues by itself.</source>
        <translation>Poza oknem wysyłki: wstrzymano do %1 (%2), wtedy wysyłka sama się wznowi.</translation>
    </message>
    <message>
        <source>“%1” is with %2, to be sent on %3: %4 accepted, %5 failed, %6 unknown.</source>
        <translation>„%1” jest u %2 i wyjdzie %3: przyjęto %4, nieudane %5, nieznane %6.</translation>
    </message>
    <message>
        <source>Stopped after this refusal; the recipients not tried yet are kept for the next send. %1</source>
        <translation>Zatrzymano po tej odmowie; odbiorcy, do których jeszcze nie wysłano, czekają na następną wysyłkę. %1</translation>
    </message>
    <message>
        <source>%1 did not take “%2” to hold until its time, and nothing of it was sent. %3 It stays scheduled here: this app sends it on %4, while it is open or through campaignctl run-due.</source>
        <translation>%1 nie przyjął „%2” do przechowania do jej terminu i nic z niej nie zostało wysłane. %3 Pozostaje zaplanowana tutaj: ta aplikacja wyśle ją %4, gdy będzie otwarta, albo przez campaignctl run-due.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has sent its %n message(s) of today: paused until %2, when it continues by itself.</source>
        <translation>
            <numerusform>„%1” wysłało dziś swoją %n wiadomość: wstrzymane do %2, potem rusza samo.</numerusform>
            <numerusform>„%1” wysłało dziś swoje %n wiadomości: wstrzymane do %2, potem rusza samo.</numerusform>
            <numerusform>„%1” wysłało dziś swoich %n wiadomości: wstrzymane do %2, potem rusza samo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The next recipients get it at their local time: it continues by itself at %1.</source>
        <translation>Kolejni odbiorcy dostaną ją o swoim czasie lokalnym: wysyłka wznowi się sama %1.</translation>
    </message>
</context>
<context>
    <name>cm::DispatchStore</name>
    <message>
        <source>prepare the campaign&apos;s recipients</source>
        <translation>przygotować odbiorców kampanii</translation>
    </message>
    <message>
        <source>record the interrupted send</source>
        <translation>zapisać przerwaną wysyłkę</translation>
    </message>
    <message>
        <source>The send was interrupted while this was with the provider; it may have been sent.</source>
        <translation>Wysyłka została przerwana, gdy to było u dostawcy; mogło zostać wysłane.</translation>
    </message>
    <message>
        <source>record the batch being sent</source>
        <translation>zapisać wysyłaną partię</translation>
    </message>
    <message>
        <source>record what the provider accepted</source>
        <translation>zapisać, co przyjął dostawca</translation>
    </message>
    <message>
        <source>The provider&apos;s answer did not mention this recipient.</source>
        <translation>Odpowiedź dostawcy nie wspominała tego odbiorcy.</translation>
    </message>
    <message>
        <source>record the failed batch</source>
        <translation>zapisać nieudaną partię</translation>
    </message>
    <message>
        <source>retry the failed recipients</source>
        <translation>ponowić nieudanych odbiorców</translation>
    </message>
    <message>
        <source>record what happened to the unknown recipients</source>
        <translation>zapisać, co stało się z nieznanymi odbiorcami</translation>
    </message>
    <message>
        <source>Confirmed as sent by the user.</source>
        <translation>Użytkownik potwierdził wysłanie.</translation>
    </message>
    <message>
        <source>Confirmed as not sent by the user; retry to send it.</source>
        <translation>Użytkownik potwierdził, że nie wysłano; ponów, aby wysłać.</translation>
    </message>
    <message>
        <source>keep the campaign scheduled</source>
        <translation>pozostawić kampanii jako zaplanowanej</translation>
    </message>
    <message>
        <source>Some of this send may have gone out; it is kept as it is.</source>
        <translation>Część tej wysyłki mogła już wyjść; pozostaje bez zmian.</translation>
    </message>
    <message>
        <source>Another send has taken this campaign over: %1.</source>
        <translation>Tę kampanię przejęła inna wysyłka: %1.</translation>
    </message>
    <message>
        <source>The batch is not waiting to be sent, or this send&apos;s hold on the campaign expired.</source>
        <translation>Partia nie czeka na wysłanie albo wygasła rezerwacja kampanii dla tej wysyłki.</translation>
    </message>
    <message>
        <source>record what the provider answered</source>
        <translation>zapisać, co odpowiedział dostawca</translation>
    </message>
    <message>
        <source>This send lost its hold on the campaign while the provider answered; %1 The answer was not recorded: the batch stays as that send recorded it.</source>
        <translation>Ta wysyłka straciła rezerwację kampanii, gdy dostawca odpowiadał; %1 Odpowiedzi nie zapisano: partia pozostaje taka, jak zapisała ją tamta wysyłka.</translation>
    </message>
    <message>
        <source>it is sent by %1 now.</source>
        <translation>teraz wysyła ją %1.</translation>
    </message>
    <message>
        <source>another send took it over.</source>
        <translation>przejęła ją inna wysyłka.</translation>
    </message>
    <message>
        <source>Another send has taken this campaign over.</source>
        <translation>Tę kampanię przejęła inna wysyłka.</translation>
    </message>
    <message>
        <source>take the campaign for this send</source>
        <translation>zarezerwować kampanii dla tej wysyłki</translation>
    </message>
    <message>
        <source>This campaign is being sent by %1; it was left alone.</source>
        <translation>Tę kampanię wysyła %1; pozostawiono ją bez zmian.</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>inny program</translation>
    </message>
    <message>
        <source>renew this send&apos;s hold on the campaign</source>
        <translation>odnowić rezerwacji kampanii dla tej wysyłki</translation>
    </message>
    <message>
        <source>This send lost its hold on the campaign (it was not renewed in time, and another send took it over).</source>
        <translation>Ta wysyłka straciła rezerwację kampanii (nie została odnowiona na czas i kampanię przejęła inna wysyłka).</translation>
    </message>
    <message>
        <source>release the campaign after its send</source>
        <translation>zwolnić kampanii po jej wysyłce</translation>
    </message>
    <message>
        <source>This send lost its hold on the campaign before it began; send again.</source>
        <translation>Ta wysyłka straciła rezerwację kampanii, zanim się zaczęła; wyślij ponownie.</translation>
    </message>
    <message>
        <source>put off the recipients whose hours have passed</source>
        <translation>odłożyć odbiorców, których godziny minęły</translation>
    </message>
</context>
<context>
    <name>cm::Dispatcher</name>
    <message>
        <source>Sending “%1”</source>
        <translation>Wysyłanie „%1”</translation>
    </message>
    <message>
        <source>recipients</source>
        <translation>odbiorców</translation>
    </message>
    <message>
        <source>That campaign no longer exists.</source>
        <translation>Ta kampania już nie istnieje.</translation>
    </message>
    <message>
        <source>“%1” is %2; it is not sent again. Clone it to send it anew.</source>
        <translation>„%1” ma stan: %2; nie jest wysyłana ponownie. Sklonuj ją, aby wysłać od nowa.</translation>
    </message>
    <message>
        <source>“%1” has no account to send with. Choose one.</source>
        <translation>„%1” nie ma konta do wysyłki. Wybierz je.</translation>
    </message>
    <message>
        <source>“%1” has no template. Choose one.</source>
        <translation>„%1” nie ma szablonu. Wybierz go.</translation>
    </message>
    <message>
        <source>%1 cannot send %2; choose another account for “%3”.</source>
        <translation>%1 nie może wysyłać %2; wybierz inne konto dla „%3”.</translation>
    </message>
    <message>
        <source>“%1” has nobody to send to: its group has no contact with an address for %2 that is not on the suppression list.</source>
        <translation>„%1” nie ma do kogo wysłać: jej grupa nie ma kontaktów z adresem dla %2 spoza listy wykluczeń.</translation>
    </message>
    <message>
        <source>Checking “%1”</source>
        <translation>Sprawdzanie „%1”</translation>
    </message>
    <message>
        <source>The campaign needs a group and a template first.</source>
        <translation>Kampania potrzebuje najpierw grupy i szablonu.</translation>
    </message>
    <message>
        <source>%1 recipients, %2 SMS parts in all.</source>
        <translation>%1 odbiorców, łącznie %2 części SMS.</translation>
    </message>
    <message>
        <source>%1 recipients.</source>
        <translation>%1 odbiorców.</translation>
    </message>
    <message>
        <source>Test-sending “%1”</source>
        <translation>Wysyłka testowa „%1”</translation>
    </message>
    <message>
        <source>The campaign needs an account and a template first.</source>
        <translation>Kampania potrzebuje najpierw konta i szablonu.</translation>
    </message>
    <message>
        <source>Give at least one address or number to send the test to.</source>
        <translation>Podaj co najmniej jeden adres lub numer, na który wysłać test.</translation>
    </message>
    <message>
        <source>Test: %1</source>
        <translation>Test: %1</translation>
    </message>
    <message numerus="yes">
        <source>Test sent to %n address(es).</source>
        <translation>
            <numerusform>Wysłano test na %n adres.</numerusform>
            <numerusform>Wysłano test na %n adresy.</numerusform>
            <numerusform>Wysłano test na %n adresów.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is being sent already.</source>
        <translation>„%1” jest już wysyłana.</translation>
    </message>
    <message>
        <source>“%1” cannot be sent yet: %2</source>
        <translation>„%1” nie może jeszcze zostać wysłana: %2</translation>
    </message>
    <message>
        <source>%1 contacts left out: no address for the channel, on the suppression list, in an excluded group, or the same address twice.</source>
        <translation>Pominięto kontaktów: %1 (brak adresu dla kanału, na liście wykluczeń, w wykluczonej grupie lub ten sam adres dwa razy).</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) to the provider, at most %1 recipients each.</source>
        <translation>
            <numerusform>%n żądanie do dostawcy, najwyżej %1 odbiorców w każdym.</numerusform>
            <numerusform>%n żądania do dostawcy, najwyżej %1 odbiorców w każdym.</numerusform>
            <numerusform>%n żądań do dostawcy, najwyżej %1 odbiorców w każdym.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 contacts have no %2; their text has it empty.</source>
        <translation>%1 kontaktów nie ma pola %2; w ich tekście będzie puste.</translation>
    </message>
    <message>
        <source>Estimated cost with %1: %2.</source>
        <translation>Szacowany koszt z kontem %1: %2.</translation>
    </message>
    <message>
        <source>Handing “%1” to its provider</source>
        <translation>Przekazywanie „%1” dostawcy</translation>
    </message>
    <message>
        <source>%1 holds “%2” until %3; reschedule it there to send it sooner.</source>
        <translation>%1 przechowuje „%2” do %3; aby wysłać wcześniej, zmień tam termin.</translation>
    </message>
    <message>
        <source>%1 cannot hold a scheduled send; this app sends it at its time.</source>
        <translation>%1 nie przechowuje zaplanowanych wysyłek; ta aplikacja wyśle ją o czasie.</translation>
    </message>
    <message>
        <source>Only a scheduled campaign not yet handed over can be handed to %1.</source>
        <translation>Przekazać %1 można tylko zaplanowaną kampanię, której jeszcze nie przekazano.</translation>
    </message>
    <message>
        <source>“%1” is due in less than two minutes: send it now instead.</source>
        <translation>„%1” ma wyjść za mniej niż dwie minuty: wyślij ją teraz.</translation>
    </message>
    <message>
        <source>%1 cannot keep “%2”&apos;s quiet hours; this app sends it at its time instead.</source>
        <translation>%1 nie dotrzyma godzin ciszy „%2”; ta aplikacja wyśle ją o czasie.</translation>
    </message>
    <message>
        <source>Cancelling “%1” at its provider</source>
        <translation>Anulowanie „%1” u dostawcy</translation>
    </message>
    <message>
        <source>Rescheduling “%1” at its provider</source>
        <translation>Zmiana terminu „%1” u dostawcy</translation>
    </message>
    <message>
        <source>No provider holds that campaign&apos;s send.</source>
        <translation>Żaden dostawca nie przechowuje wysyłki tej kampanii.</translation>
    </message>
    <message>
        <source>Choose a time at least two minutes from now.</source>
        <translation>Wybierz termin co najmniej dwie minuty od teraz.</translation>
    </message>
    <message>
        <source>“%1” was cancelled at %2; nothing of it is sent.</source>
        <translation>„%1” anulowano u %2; nic z niej nie zostanie wysłane.</translation>
    </message>
    <message>
        <source>“%1” now goes on %2.</source>
        <translation>„%1” wyjdzie teraz %2.</translation>
    </message>
    <message>
        <source>%1 cannot move a send it holds. Cancel “%2” and schedule a copy of it (Clone) for the new time.</source>
        <translation>%1 nie może przesunąć wysyłki, którą wstrzymuje. Anuluj „%2” i zaplanuj jej kopię (Klonuj) na nowy termin.</translation>
    </message>
    <message>
        <source>The spam test did not run: %1</source>
        <translation>Test antyspamowy nie został wykonany: %1</translation>
    </message>
    <message>
        <source>Spam test: %1 points; nothing matched.</source>
        <translation>Test antyspamowy: %1 pkt; żadna reguła nie pasuje.</translation>
    </message>
    <message>
        <source>Spam test: %1 points (%2).</source>
        <translation>Test antyspamowy: %1 pkt (%2).</translation>
    </message>
    <message>
        <source>Many filters reject mail from 5 points: change what the rules above name.</source>
        <translation>Wiele filtrów odrzuca pocztę od 5 pkt: zmień to, co wskazują powyższe reguły.</translation>
    </message>
    <message>
        <source>%1 cannot hold this kind of send; this app sends “%2” at its time.</source>
        <translation>%1 nie może przechować takiej wysyłki; ta aplikacja wyśle „%2” o czasie.</translation>
    </message>
    <message>
        <source>for %1, %2</source>
        <translation>dla %1: %2</translation>
    </message>
    <message>
        <source>The cost of this kind of send is not estimated here; %1&apos;s report has it once it is sent.</source>
        <translation>Koszt takiej wysyłki nie jest tu szacowany; po wysłaniu znajdzie się w raporcie %1.</translation>
    </message>
    <message>
        <source>%1 cannot cancel a send it holds.</source>
        <translation>%1 nie może anulować wysyłki, którą wstrzymuje.</translation>
    </message>
    <message>
        <source>%1 takes no test sends; send the campaign to a small group of your own instead, or use an account of %2.</source>
        <translation>%1 nie obsługuje wysyłek testowych; zamiast tego wyślij kampanię do małej własnej grupy albo użyj konta %2.</translation>
    </message>
    <message>
        <source>“%1” is being sent by %2; it was left alone.</source>
        <translation>Kampanię „%1” wysyła %2; pozostawiono ją bez zmian.</translation>
    </message>
    <message>
        <source>“%1” has no account to ask.</source>
        <translation>„%1” nie ma konta, które można zapytać.</translation>
    </message>
    <message>
        <source>%1 cannot say which messages of a send it has; check in its panel, then resolve the unknown recipients yourself.</source>
        <translation>%1 nie potrafi podać, które wiadomości z wysyłki ma u siebie; sprawdź w jego panelu, a potem sam rozstrzygnij nieznanych odbiorców.</translation>
    </message>
    <message>
        <source>Asking the provider about “%1”</source>
        <translation>Pytanie dostawcy o „%1”</translation>
    </message>
    <message>
        <source>No recipient is unknown: there is nothing to ask.</source>
        <translation>Brak nieznanych odbiorców: nie ma o co pytać.</translation>
    </message>
    <message>
        <source>Found at %1 when asked.</source>
        <translation>Znaleziono u %1 po zapytaniu.</translation>
    </message>
    <message>
        <source>%1 has %2 of the %3 unknown recipients of “%4”: they are accepted now. %5 stay unknown (%1 has no record of them yet); ask again later, or resolve them yourself.</source>
        <translation>%1 ma %2 z %3 nieznanych odbiorców „%4”: zostali teraz przyjęci. Nadal nieznanych: %5 (%1 nie ma jeszcze o nich zapisu); zapytaj ponownie później albo rozstrzygnij ich sam.</translation>
    </message>
    <message>
        <source>one of its segments no longer exists.</source>
        <translation>jeden z jej segmentów już nie istnieje.</translation>
    </message>
    <message>
        <source>its segment “%1” cannot be evaluated: %2</source>
        <translation>nie można obliczyć jej segmentu „%1”: %2</translation>
    </message>
    <message>
        <source>“%1” is an A/B test: sending it sends its variants first.</source>
        <translation>„%1” to test A/B: wysłanie go wysyła najpierw jego warianty.</translation>
    </message>
    <message>
        <source>“%1” waits for its A/B test&apos;s winner; pick one to send it to the rest now.</source>
        <translation>„%1” czeka na zwycięzcę testu A/B; wybierz go, aby wysłać do pozostałych teraz.</translation>
    </message>
    <message>
        <source>A/B test: %1 variants to %2 contacts each now; the winner by %3 to the other %4 after %5.</source>
        <translation>Test A/B: teraz %1 warianty do %2 kontaktów każdy; zwycięzca według miary %3 do pozostałych %4 po %5.</translation>
    </message>
    <message>
        <source>Too few recipients for an A/B test of %1% each: send it without the test, or to a larger audience.</source>
        <translation>Za mało odbiorców na test A/B po %1% każdy: wyślij bez testu albo do większej grupy.</translation>
    </message>
    <message numerus="yes">
        <source>At %1 in each recipient&apos;s time zone, in %n zone(s):</source>
        <translation>
            <numerusform>O %1 w strefie czasowej każdego odbiorcy, w %n strefie:</numerusform>
            <numerusform>O %1 w strefie czasowej każdego odbiorcy, w %n strefach:</numerusform>
            <numerusform>O %1 w strefie czasowej każdego odbiorcy, w %n strefach:</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: %2 recipients at %3 (%4 here)</source>
        <translation>  %1: %2 odbiorców o %3 (%4 tutaj)</translation>
    </message>
    <message>
        <source>The last go at %1 (%2).</source>
        <translation>Ostatni wychodzą %1 (%2).</translation>
    </message>
</context>
<context>
    <name>cm::EmailCampaignsProvider</name>
    <message>
        <source>%1 cannot be said in any of the four US zones Email Campaigns takes (EST5EDT, CST6CDT, MST7MDT, PST8PDT); choose a time an hour earlier or later.</source>
        <translation>%1 nie da się wyrazić w żadnej z czterech stref USA, które przyjmuje Email Campaigns (EST5EDT, CST6CDT, MST7MDT, PST8PDT); wybierz godzinę wcześniej lub później.</translation>
    </message>
    <message>
        <source>This computer has no data for the US time zones Email Campaigns takes: install the tzdata package.</source>
        <translation>Ten komputer nie ma danych stref czasowych USA, które przyjmuje Email Campaigns: zainstaluj pakiet tzdata.</translation>
    </message>
    <message>
        <source>Email Campaigns does not know it (404): it was deleted there, or belongs to another account.</source>
        <translation>Email Campaigns tego nie zna (404): zostało tam usunięte albo należy do innego konta.</translation>
    </message>
    <message>
        <source>Email Campaigns refused the API token: copy it again from the provider&apos;s portal.</source>
        <translation>Email Campaigns odrzucił token API: skopiuj go ponownie z portalu dostawcy.</translation>
    </message>
    <message>
        <source>Email Campaigns</source>
        <translation>Email Campaigns</translation>
    </message>
    <message>
        <source>Email Campaigns (token API): bulk email to contact groups uploaded as CSV, started at a time in a US zone and cancelled there if need be; its results say who it was delivered to (no opens or clicks). Its From addresses must be registered first; this app does that.</source>
        <translation>Email Campaigns (API z tokenem): masowa poczta do grup kontaktów przesłanych jako CSV, startująca o godzinie w strefie USA i w razie potrzeby tam anulowana; wyniki mówią, komu doręczono (bez otwarć i kliknięć). Adresy nadawcy trzeba najpierw zarejestrować; robi to ta aplikacja.</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Bazowy URL</translation>
    </message>
    <message>
        <source>The API&apos;s address from your provider, such as https://api.example.com (the paths start with /email/).</source>
        <translation>Adres API od dostawcy, np. https://api.example.com (ścieżki zaczynają się od /email/).</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Token API</translation>
    </message>
    <message>
        <source>The 40-character token from the provider&apos;s portal.</source>
        <translation>40-znakowy token z portalu dostawcy.</translation>
    </message>
    <message>
        <source>The token works. No From address is registered yet; a campaign&apos;s sender is registered when it is first used.</source>
        <translation>Token działa. Nie zarejestrowano jeszcze adresu nadawcy; nadawca kampanii zostanie zarejestrowany przy pierwszym użyciu.</translation>
    </message>
    <message>
        <source>The token works. Registered From addresses: %1.</source>
        <translation>Token działa. Zarejestrowane adresy nadawcy: %1.</translation>
    </message>
    <message>
        <source>Email Campaigns needs a From address: give the campaign a sender.</source>
        <translation>Email Campaigns potrzebuje adresu nadawcy: podaj nadawcę kampanii.</translation>
    </message>
    <message>
        <source>change a subscription</source>
        <translation>zmienić subskrypcję</translation>
    </message>
    <message>
        <source>Email Campaigns has no unsubscribe link of its own: set the account&apos;s unsubscribe_url setting to the page {{unsubscribe_url}} should open.</source>
        <translation>Email Campaigns nie ma własnego linku wypisu: ustaw w koncie unsubscribe_url na stronę, którą ma otwierać {{unsubscribe_url}}.</translation>
    </message>
</context>
<context>
    <name>cm::EngagementChart</name>
    <message>
        <source>Opens and clicks over time</source>
        <translation>Otwarcia i kliknięcia w czasie</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Kliknięcia</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>Links clicked</source>
        <translation>Kliknięte linki</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Otwarcia</translation>
    </message>
    <message>
        <source>Opens and clicks per day</source>
        <translation>Otwarcia i kliknięcia dziennie</translation>
    </message>
    <message>
        <source>Opens and clicks per hour</source>
        <translation>Otwarcia i kliknięcia na godzinę</translation>
    </message>
    <message>
        <source>No opens or clicks with times reported yet</source>
        <translation>Nie zgłoszono jeszcze otwarć ani kliknięć z czasem</translation>
    </message>
</context>
<context>
    <name>cm::ExperimentService</name>
    <message>
        <source>not yet</source>
        <translation>jeszcze nie</translation>
    </message>
    <message>
        <source>No variant has a %1 yet.</source>
        <translation>Żaden wariant nie ma jeszcze wartości: %1.</translation>
    </message>
    <message>
        <source>%1 leads on %2 (%3).</source>
        <translation>%1 prowadzi pod względem: %2 (%3).</translation>
    </message>
    <message>
        <source>No other variant has a %1 yet.</source>
        <translation>Żaden inny wariant nie ma jeszcze wartości: %1.</translation>
    </message>
    <message>
        <source>%1 has %2.</source>
        <translation>%1 ma %2.</translation>
    </message>
    <message>
        <source>Costs have no significance test: compare the counts too.</source>
        <translation>Koszty nie mają testu istotności: porównaj też liczby.</translation>
    </message>
    <message>
        <source>The difference is significant (p = %1): it is unlikely to be chance.</source>
        <translation>Różnica jest istotna (p = %1): raczej nie jest przypadkiem.</translation>
    </message>
    <message>
        <source>The difference is not significant (p = %1): it may be chance; a larger share or a longer wait tells more.</source>
        <translation>Różnica nie jest istotna (p = %1): może być przypadkiem; większa część lub dłuższe oczekiwanie powie więcej.</translation>
    </message>
    <message numerus="yes">
        <source>An A/B test has 2 to 4 variants; this one has %n.</source>
        <translation>
            <numerusform>Test A/B ma od 2 do 4 wariantów; ten ma %n.</numerusform>
            <numerusform>Test A/B ma od 2 do 4 wariantów; ten ma %n.</numerusform>
            <numerusform>Test A/B ma od 2 do 4 wariantów; ten ma %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each variant&apos;s share must be at least 1%, and all of them together less than 100% (so that the winner has someone left to go to); %n variants of %1% make %2%.</source>
        <translation>
            <numerusform>Część każdego wariantu musi wynosić co najmniej 1%, a wszystkich razem mniej niż 100% (aby zwycięzcy ktoś został); %n wariant po %1% daje %2%.</numerusform>
            <numerusform>Część każdego wariantu musi wynosić co najmniej 1%, a wszystkich razem mniej niż 100% (aby zwycięzcy ktoś został); %n warianty po %1% dają %2%.</numerusform>
            <numerusform>Część każdego wariantu musi wynosić co najmniej 1%, a wszystkich razem mniej niż 100% (aby zwycięzcy ktoś został); %n wariantów po %1% daje %2%.</numerusform>
        </translation>
    </message>
    <message>
        <source>The wait before the winner is picked must be between 0 minutes and 30 days.</source>
        <translation>Czas oczekiwania przed wyborem zwycięzcy musi wynosić od 0 minut do 30 dni.</translation>
    </message>
    <message>
        <source>Not every variant&apos;s account reports the %1; pick another measure.</source>
        <translation>Nie każde konto wariantu raportuje: %1; wybierz inną miarę.</translation>
    </message>
    <message>
        <source>Variant %1 needs a %2 template.</source>
        <translation>Wariant %1 potrzebuje szablonu: %2.</translation>
    </message>
    <message>
        <source>Variant %1 needs an account that sends %2.</source>
        <translation>Wariant %1 potrzebuje konta, które wysyła: %2.</translation>
    </message>
    <message>
        <source>Variant %1: %2</source>
        <translation>Wariant %1: %2</translation>
    </message>
    <message>
        <source>Variant %1: only an email has a subject.</source>
        <translation>Wariant %1: tylko e-mail ma temat.</translation>
    </message>
    <message>
        <source>Variant %1 is the same as another: change its template, subject, sender or account.</source>
        <translation>Wariant %1 jest taki sam jak inny: zmień jego szablon, temat, nadawcę lub konto.</translation>
    </message>
    <message>
        <source>That campaign no longer exists.</source>
        <translation>Ta kampania już nie istnieje.</translation>
    </message>
    <message>
        <source>“%1” has started; its A/B test can no longer be changed.</source>
        <translation>„%1” już się rozpoczęła; jej testu A/B nie można już zmienić.</translation>
    </message>
    <message>
        <source>Sending “%1”</source>
        <translation>Wysyłanie „%1”</translation>
    </message>
    <message>
        <source>“%1” waits for its A/B test until %2; pick the winner to send it to the rest now.</source>
        <translation>„%1” czeka na test A/B do %2; wybierz zwycięzcę, aby wysłać go do pozostałych teraz.</translation>
    </message>
    <message>
        <source>“%1” has no A/B test.</source>
        <translation>„%1” nie ma testu A/B.</translation>
    </message>
    <message>
        <source>The A/B test of “%1” has not started: send the campaign first.</source>
        <translation>Test A/B „%1” się nie rozpoczął: najpierw wyślij kampanię.</translation>
    </message>
    <message>
        <source>The winner of “%1” was chosen already: %2.</source>
        <translation>Zwycięzca „%1” został już wybrany: %2.</translation>
    </message>
    <message>
        <source>“%1” has no variant %2; its variants are %3.</source>
        <translation>„%1” nie ma wariantu %2; jej warianty to %3.</translation>
    </message>
    <message>
        <source>Sending the winner of “%1”</source>
        <translation>Wysyłanie zwycięzcy „%1”</translation>
    </message>
    <message>
        <source>Sending the A/B test of “%1”</source>
        <translation>Wysyłanie testu A/B „%1”</translation>
    </message>
    <message>
        <source>recipients</source>
        <translation>odbiorców</translation>
    </message>
    <message>
        <source>The A/B test of “%1” cannot start: %2</source>
        <translation>Test A/B „%1” nie może się rozpocząć: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be sent yet: %2</source>
        <translation>„%1” nie może jeszcze zostać wysłana: %2</translation>
    </message>
    <message numerus="yes">
        <source>“%1” reaches %n contact(s): too few for a test of %2% each. Send it without the test, or to a larger audience.</source>
        <translation>
            <numerusform>„%1” dociera do %n kontaktu: za mało na test po %2% każdy. Wyślij bez testu albo do większej grupy.</numerusform>
            <numerusform>„%1” dociera do %n kontaktów: za mało na test po %2% każdy. Wyślij bez testu albo do większej grupy.</numerusform>
            <numerusform>„%1” dociera do %n kontaktów: za mało na test po %2% każdy. Wyślij bez testu albo do większej grupy.</numerusform>
        </translation>
    </message>
    <message>
        <source>The A/B test of “%1” was started elsewhere.</source>
        <translation>Test A/B „%1” został rozpoczęty gdzie indziej.</translation>
    </message>
    <message>
        <source>The A/B test of “%1” went to %2 contacts a variant (%3 variants); the winner by %4 goes to the other %5 at %6.</source>
        <translation>Test A/B „%1” trafił do %2 kontaktów na wariant (%3 warianty); zwycięzca według miary %4 trafi do pozostałych %5 %6.</translation>
    </message>
    <message>
        <source>The winner of “%1” was chosen elsewhere.</source>
        <translation>Zwycięzca „%1” został wybrany gdzie indziej.</translation>
    </message>
    <message>
        <source>picked by hand</source>
        <translation>wybrany ręcznie</translation>
    </message>
    <message>
        <source>no variant had a %1 to compare, so A</source>
        <translation>żaden wariant nie miał wartości do porównania (%1), więc A</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>według miary: %1</translation>
    </message>
    <message>
        <source>Variant %1 of “%2” won (%3) and went to the rest.</source>
        <translation>Wariant %1 kampanii „%2” wygrał (%3) i trafił do pozostałych.</translation>
    </message>
    <message>
        <source>Variant %1: its template has versions in other languages, each with its own subject; test another template instead of a subject.</source>
        <translation>Wariant %1: jego szablon ma wersje w innych językach, każda z własnym tematem; testuj inny szablon zamiast tematu.</translation>
    </message>
    <message>
        <source>“%1”: a variant is still going out; the winner is picked at %2.</source>
        <translation>„%1”: wariant jest jeszcze wysyłany; zwycięzca zostanie wybrany %2.</translation>
    </message>
    <message>
        <source>Its A/B test runs: it cannot change until the winner is chosen (pick it to send it now), or cancel the campaign.</source>
        <translation>Trwa jej test A/B: nie można jej zmienić, dopóki nie zostanie wybrany zwycięzca (wybierz go, aby wysłać teraz), albo anuluj kampanię.</translation>
    </message>
</context>
<context>
    <name>cm::ExperimentStore</name>
    <message>
        <source>save the A/B test</source>
        <translation>zapisać test A/B</translation>
    </message>
    <message>
        <source>The A/B test has started; it can no longer be changed.</source>
        <translation>Test A/B się rozpoczął; nie można go już zmienić.</translation>
    </message>
    <message>
        <source>remove the A/B test</source>
        <translation>usunąć test A/B</translation>
    </message>
    <message>
        <source>The A/B test has started; it can no longer be removed.</source>
        <translation>Test A/B się rozpoczął; nie można go już usunąć.</translation>
    </message>
    <message>
        <source>start the A/B test</source>
        <translation>rozpocząć test A/B</translation>
    </message>
    <message>
        <source>The A/B test has started already.</source>
        <translation>Test A/B już się rozpoczął.</translation>
    </message>
    <message>
        <source>record the A/B test&apos;s winner</source>
        <translation>zapisać zwycięzcę testu A/B</translation>
    </message>
    <message>
        <source>The A/B test is not waiting for a winner: it has not started, or its winner was chosen.</source>
        <translation>Test A/B nie czeka na zwycięzcę: nie rozpoczął się albo zwycięzca został wybrany.</translation>
    </message>
</context>
<context>
    <name>cm::FallbackSecretStore</name>
    <message>
        <source>No system keychain is available (%1). Passwords and API keys are kept in memory until you quit, and you will be asked for them again next time.</source>
        <translation>Systemowy pęk kluczy jest niedostępny (%1). Hasła i klucze API są przechowywane w pamięci do zamknięcia programu; następnym razem trzeba będzie podać je ponownie.</translation>
    </message>
</context>
<context>
    <name>cm::Flow</name>
    <message>
        <source>The provider kept answering with more pages after %1 of them; the list was not read.</source>
        <translation>Dostawca wciąż zwracał kolejne strony po %1 stronach; lista nie została odczytana.</translation>
    </message>
    <message>
        <source>The provider answered page %1 with the page before it again; the list was not read.</source>
        <translation>Dostawca na stronę %1 ponownie zwrócił poprzednią stronę; lista nie została odczytana.</translation>
    </message>
</context>
<context>
    <name>cm::FreshMailProvider</name>
    <message>
        <source>FreshMail refused the API key or its signature: check the key and the secret under Settings → API in FreshMail.</source>
        <translation>FreshMail odrzucił klucz API lub jego podpis: sprawdź klucz i sekret w Ustawieniach → API we FreshMailu.</translation>
    </message>
    <message>
        <source>The SMS has no text (error 1102).</source>
        <translation>SMS nie ma treści (błąd 1102).</translation>
    </message>
    <message>
        <source>FreshMail sends at most %1 characters in 3 parts for this text (it has %2); shorten it.</source>
        <translation>FreshMail wysyła dla tej treści najwyżej %1 znaków w 3 częściach (ma %2); skróć ją.</translation>
    </message>
    <message>
        <source>FreshMail: email campaigns to subscriber lists, sent at once or at a time, with delivery, bounce, open, click and unsubscribe counts; test copies and SMS, one message at a time. Its block list can be written, not read.</source>
        <translation>FreshMail: kampanie e-mail do list subskrybentów, wysyłane od razu lub o wskazanej godzinie, z liczbą doręczeń, odbić, otwarć, kliknięć i wypisań; kopie testowe i SMS-y, pojedynczo. Do listy blokad można pisać, nie da się jej odczytać.</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Adres API</translation>
    </message>
    <message>
        <source>Leave empty for https://api.freshmail.com.</source>
        <translation>Zostaw puste dla https://api.freshmail.com.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Klucz API</translation>
    </message>
    <message>
        <source>The 32-character key under Settings → API in FreshMail.</source>
        <translation>32-znakowy klucz w Ustawieniach → API we FreshMailu.</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation>Sekret API</translation>
    </message>
    <message>
        <source>The 40-character secret shown with the key; it signs every request and never leaves this computer.</source>
        <translation>40-znakowy sekret pokazany obok klucza; podpisuje każde żądanie i nigdy nie opuszcza tego komputera.</translation>
    </message>
    <message>
        <source>The API key and secret work: FreshMail answered the signed ping.</source>
        <translation>Klucz i sekret API działają: FreshMail odpowiedział na podpisany ping.</translation>
    </message>
    <message>
        <source>FreshMail documents no unsubscribe link of its own: set the account&apos;s unsubscribe_url setting to the page {{unsubscribe_url}} should open.</source>
        <translation>FreshMail nie dokumentuje własnego linku wypisu: ustaw w koncie unsubscribe_url na stronę, którą ma otwierać {{unsubscribe_url}}.</translation>
    </message>
    <message>
        <source>FreshMail takes 9-digit Polish numbers or 11 digits with the country code (error 1101).</source>
        <translation>FreshMail przyjmuje polskie numery 9-cyfrowe lub 11 cyfr z kodem kraju (błąd 1101).</translation>
    </message>
    <message>
        <source>%1 (Campaign Manager, %2)</source>
        <translation>%1 (Campaign Manager, %2)</translation>
    </message>
    <message>
        <source>Recipients of “%1”.</source>
        <translation>Odbiorcy „%1”.</translation>
    </message>
    <message>
        <source>FreshMail gave no list hash.</source>
        <translation>FreshMail nie zwrócił hasha listy.</translation>
    </message>
    <message>
        <source>FreshMail gave no campaign hash.</source>
        <translation>FreshMail nie zwrócił hasha kampanii.</translation>
    </message>
    <message>
        <source>change a subscription outside a list</source>
        <translation>zmienić subskrypcję poza listą</translation>
    </message>
    <message>
        <source>say which emails it has</source>
        <translation>podać, które e-maile ma u siebie</translation>
    </message>
</context>
<context>
    <name>cm::FunnelChart</name>
    <message>
        <source>Delivery and engagement funnel</source>
        <translation>Lejek doręczeń i zaangażowania</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Odbiorcy</translation>
    </message>
</context>
<context>
    <name>cm::GroupModel</name>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
</context>
<context>
    <name>cm::GroupStore</name>
    <message>
        <source>create the group “%1”</source>
        <translation>utworzyć grupy „%1”</translation>
    </message>
    <message>
        <source>rename the group to “%1”</source>
        <translation>zmienić nazwy grupy na „%1”</translation>
    </message>
    <message>
        <source>delete the group</source>
        <translation>usunąć grupy</translation>
    </message>
    <message>
        <source>add contacts to the group</source>
        <translation>dodać kontaktów do grupy</translation>
    </message>
    <message>
        <source>save the group</source>
        <translation>zapisać grupy</translation>
    </message>
    <message>
        <source>save the contact</source>
        <translation>zapisać kontaktu</translation>
    </message>
    <message>
        <source>add the contact</source>
        <translation>dodać kontaktu</translation>
    </message>
    <message>
        <source>The group already has a contact with %1. Edit that contact instead.</source>
        <translation>Grupa ma już kontakt z %1. Edytuj tamten kontakt.</translation>
    </message>
    <message>
        <source>delete the contacts</source>
        <translation>usunąć kontaktów</translation>
    </message>
    <message>
        <source>move the contacts</source>
        <translation>przenieść kontaktów</translation>
    </message>
    <message>
        <source>copy the contacts</source>
        <translation>skopiować kontaktów</translation>
    </message>
    <message>
        <source>merge the groups</source>
        <translation>scalić grup</translation>
    </message>
    <message>
        <source>A group cannot be merged into itself. Choose another group.</source>
        <translation>Grupy nie można scalić z nią samą. Wybierz inną grupę.</translation>
    </message>
    <message>
        <source>A group named “%1” exists already. Choose another name.</source>
        <translation>Grupa o nazwie „%1” już istnieje. Wybierz inną nazwę.</translation>
    </message>
</context>
<context>
    <name>cm::GroupSyncService</name>
    <message>
        <source>“%1” pulled from “%2”: %3 new, %4 already here.</source>
        <translation>Pobrano „%1” z „%2”: %3 nowych, %4 już tu było.</translation>
    </message>
    <message>
        <source>Cancelled. What was sent before stays at the provider.</source>
        <translation>Anulowano. To, co już wysłano, pozostaje u dostawcy.</translation>
    </message>
    <message>
        <source>“%1” has no group named “%2”. Push the group there first, or choose another account.</source>
        <translation>Konto „%1” nie ma grupy „%2”. Najpierw wyślij tam grupę albo wybierz inne konto.</translation>
    </message>
    <message>
        <source>“%1” pushed to “%2”: %3 of %4 contacts accepted.</source>
        <translation>Wysłano „%1” do „%2”: przyjęto %3 z %4 kontaktów.</translation>
    </message>
    <message>
        <source>That account no longer exists.</source>
        <translation>To konto już nie istnieje.</translation>
    </message>
    <message>
        <source>“%1” uses a provider this version does not know.</source>
        <translation>„%1” używa dostawcy, którego ta wersja nie zna.</translation>
    </message>
    <message>
        <source>%1 cannot keep contact groups in step, so “%2” cannot be used for this.</source>
        <translation>%1 nie potrafi synchronizować grup kontaktów, więc „%2” nie nadaje się do tego.</translation>
    </message>
    <message>
        <source>Pushing “%1” to “%2”</source>
        <translation>Wysyłanie „%1” do „%2”</translation>
    </message>
    <message>
        <source>That group no longer exists.</source>
        <translation>Ta grupa już nie istnieje.</translation>
    </message>
    <message>
        <source>Pulling “%1” from “%2”</source>
        <translation>Pobieranie „%1” z „%2”</translation>
    </message>
    <message>
        <source>Reading the groups at the provider</source>
        <translation>Odczytywanie grup u dostawcy</translation>
    </message>
    <message>
        <source>Creating the group “%1”</source>
        <translation>Tworzenie grupy „%1”</translation>
    </message>
    <message>
        <source>Group “%1” created here and at “%2”.</source>
        <translation>Utworzono grupę „%1” tutaj i w „%2”.</translation>
    </message>
    <message>
        <source>%1 keeps no opt-out list, so “%2” has none to sync.</source>
        <translation>%1 nie prowadzi listy rezygnacji, więc „%2” nie ma czego synchronizować.</translation>
    </message>
    <message>
        <source>Syncing the suppression list with “%1”</source>
        <translation>Synchronizacja listy wykluczeń z „%1”</translation>
    </message>
    <message>
        <source>opt-out list of %1</source>
        <translation>lista rezygnacji %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new from %1&apos;s opt-out list</source>
        <translation>
            <numerusform>%n nowy z listy rezygnacji %1</numerusform>
            <numerusform>%n nowe z listy rezygnacji %1</numerusform>
            <numerusform>%n nowych z listy rezygnacji %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent to %1.</source>
        <translation>
            <numerusform>%n wysłany do %1.</numerusform>
            <numerusform>%n wysłane do %1.</numerusform>
            <numerusform>%n wysłanych do %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: </source>
        <translation>Zatrzymano: </translation>
    </message>
    <message numerus="yes">
        <source>%n new from %1&apos;s opt-out list; it takes none from here.</source>
        <translation>
            <numerusform>%n nowy z listy rezygnacji %1; nie przyjmuje żadnych stąd.</numerusform>
            <numerusform>%n nowe z listy rezygnacji %1; nie przyjmuje żadnych stąd.</numerusform>
            <numerusform>%n nowych z listy rezygnacji %1; nie przyjmuje żadnych stąd.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 keeps no templates, so “%2” has none to exchange.</source>
        <translation>%1 nie przechowuje szablonów, więc „%2” nie ma czym się wymienić.</translation>
    </message>
    <message>
        <source>Sending the template “%1” to “%2”</source>
        <translation>Wysyłanie szablonu „%1” do „%2”</translation>
    </message>
    <message>
        <source>Only email templates can be kept at a provider: they are HTML there.</source>
        <translation>U dostawcy można trzymać tylko szablony e-mail: tam są HTML-em.</translation>
    </message>
    <message>
        <source>That template no longer exists.</source>
        <translation>Ten szablon już nie istnieje.</translation>
    </message>
    <message>
        <source>“%1” replaced template %2 of “%3”.</source>
        <translation>„%1” zastąpił szablon %2 konta „%3”.</translation>
    </message>
    <message>
        <source>“%1” is now template %2 of “%3”.</source>
        <translation>„%1” jest teraz szablonem %2 konta „%3”.</translation>
    </message>
    <message>
        <source>Bringing in the templates of “%1”</source>
        <translation>Pobieranie szablonów „%1”</translation>
    </message>
    <message numerus="yes">
        <source>From “%1”: %n template(s) added</source>
        <translation>
            <numerusform>Z „%1”: dodano %n szablon</numerusform>
            <numerusform>Z „%1”: dodano %n szablony</numerusform>
            <numerusform>Z „%1”: dodano %n szablonów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated.</source>
        <translation>
            <numerusform>%n zaktualizowany.</numerusform>
            <numerusform>%n zaktualizowane.</numerusform>
            <numerusform>%n zaktualizowanych.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n template(s).</source>
        <translation>
            <numerusform>Zatrzymano po %n szablonie.</numerusform>
            <numerusform>Zatrzymano po %n szablonach.</numerusform>
            <numerusform>Zatrzymano po %n szablonach.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the email addresses of “%1”</source>
        <translation>Sprawdzanie adresów e-mail „%1”</translation>
    </message>
    <message>
        <source>“%1” has no email addresses to check.</source>
        <translation>„%1” nie ma adresów e-mail do sprawdzenia.</translation>
    </message>
    <message>
        <source>Stopped waiting; the check goes on at %1 (job %2).</source>
        <translation>Przestano czekać; sprawdzanie trwa dalej u %1 (zadanie %2).</translation>
    </message>
    <message>
        <source>%1 could not check the addresses (job %2).</source>
        <translation>%1 nie zdołał sprawdzić adresów (zadanie %2).</translation>
    </message>
    <message>
        <source>email check by %1</source>
        <translation>sprawdzenie e-mail przez %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 checked %n address(es)</source>
        <translation>
            <numerusform>%1 sprawdził %n adres</numerusform>
            <numerusform>%1 sprawdził %n adresy</numerusform>
            <numerusform>%1 sprawdził %n adresów</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 deliverable, %2 risky (%3 blocks those), %4 undeliverable (now on the suppression list); it cost %5.</source>
        <translation>%1 doręczalnych, %2 ryzykownych (%3 je blokuje), %4 niedoręczalnych (teraz na liście wykluczeń); koszt %5.</translation>
    </message>
    <message>
        <source>Reading the templates at the provider</source>
        <translation>Odczytywanie szablonów u dostawcy</translation>
    </message>
    <message>
        <source>Reading the template&apos;s preview at the provider</source>
        <translation>Odczytywanie podglądu szablonu u dostawcy</translation>
    </message>
    <message>
        <source>Renaming “%1” at “%2”</source>
        <translation>Zmiana nazwy „%1” na koncie „%2”</translation>
    </message>
    <message>
        <source>The group is called “%1” at “%2” too.</source>
        <translation>Grupa nazywa się „%1” także na koncie „%2”.</translation>
    </message>
    <message>
        <source>Deleting “%1” at “%2”</source>
        <translation>Usuwanie „%1” w „%2”</translation>
    </message>
    <message>
        <source>“%1” was deleted at “%2” and here.</source>
        <translation>„%1” usunięto w „%2” i tutaj.</translation>
    </message>
    <message>
        <source>%1 does not check email addresses; choose an account of %2.</source>
        <translation>%1 nie sprawdza adresów e-mail; wybierz konto %2.</translation>
    </message>
</context>
<context>
    <name>cm::GroupsPane</name>
    <message>
        <source>Contacts of the group</source>
        <translation>Kontakty grupy</translation>
    </message>
    <message>
        <source>Contact groups</source>
        <translation>Grupy kontaktów</translation>
    </message>
    <message>
        <source>No groups yet.
Create one (Ctrl+N), then import contacts into it from a CSV file.</source>
        <translation>Nie ma jeszcze grup.
Utwórz grupę (Ctrl+N), a potem zaimportuj do niej kontakty z pliku CSV.</translation>
    </message>
    <message>
        <source>New group…</source>
        <translation>Nowa grupa…</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Nowa grupa</translation>
    </message>
    <message>
        <source>Name of the new group:</source>
        <translation>Nazwa nowej grupy:</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Zmień nazwę…</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation>Zmień nazwę grupy</translation>
    </message>
    <message>
        <source>New name of “%1”:</source>
        <translation>Nowa nazwa grupy „%1”:</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Usuń…</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n kontakt</numerusform>
            <numerusform>%n kontakty</numerusform>
            <numerusform>%n kontaktów</numerusform>
        </translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>utworzono %1</translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation>Grupa musi mieć nazwę.</translation>
    </message>
    <message>
        <source>A group named “%1” exists already. Choose another name.</source>
        <translation>Grupa o nazwie „%1” już istnieje. Wybierz inną nazwę.</translation>
    </message>
    <message>
        <source>Group “%1” created.</source>
        <translation>Utworzono grupę „%1”.</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Usuń grupę</translation>
    </message>
    <message numerus="yes">
        <source>Delete the group “%1” and its %n contact(s)? Campaigns already sent keep their recipients.</source>
        <translation>
            <numerusform>Usunąć grupę „%1” i jej %n kontakt? Wysłane kampanie zachowają swoich odbiorców.</numerusform>
            <numerusform>Usunąć grupę „%1” i jej %n kontakty? Wysłane kampanie zachowają swoich odbiorców.</numerusform>
            <numerusform>Usunąć grupę „%1” i jej %n kontaktów? Wysłane kampanie zachowają swoich odbiorców.</numerusform>
        </translation>
    </message>
    <message>
        <source>Group “%1” deleted.</source>
        <translation>Usunięto grupę „%1”.</translation>
    </message>
    <message>
        <source>Push to account…</source>
        <translation>Wyślij do konta…</translation>
    </message>
    <message>
        <source>Pull from account…</source>
        <translation>Pobierz z konta…</translation>
    </message>
    <message>
        <source>Linked to group %1 at “%2”, last synced %3</source>
        <translation>Powiązana z grupą %1 w „%2”, ostatnia synchronizacja %3</translation>
    </message>
    <message>
        <source>Push to account</source>
        <translation>Wyślij do konta</translation>
    </message>
    <message>
        <source>Pull from account</source>
        <translation>Pobierz z konta</translation>
    </message>
    <message>
        <source>Send the contacts of “%1” to:</source>
        <translation>Wyślij kontakty „%1” do:</translation>
    </message>
    <message>
        <source>Bring the contacts of “%1” from:</source>
        <translation>Pobierz kontakty „%1” z:</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importuj kontakty</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Eksportuj kontakty</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV dla Excela (*.csv)</translation>
    </message>
    <message>
        <source>Import finished: %1</source>
        <translation>Import zakończony: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more line(s) (campaignctl contacts import --json lists them all).</source>
        <translation>
            <numerusform>… i jeszcze %n wiersz (campaignctl contacts import --json wypisuje wszystkie).</numerusform>
            <numerusform>… i jeszcze %n wiersze (campaignctl contacts import --json wypisuje wszystkie).</numerusform>
            <numerusform>… i jeszcze %n wierszy (campaignctl contacts import --json wypisuje wszystkie).</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Cofnij import</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Scal z…</translation>
    </message>
    <message>
        <source>Merge groups</source>
        <translation>Scal grupy</translation>
    </message>
    <message>
        <source>Move the contacts of “%1” into:</source>
        <translation>Przenieś kontakty z „%1” do:</translation>
    </message>
    <message>
        <source>Suppression list…</source>
        <translation>Lista wykluczeń…</translation>
    </message>
    <message>
        <source>Search contacts: name, email, phone, city…</source>
        <translation>Szukaj kontaktów: imię, e-mail, telefon, miasto…</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Szukaj kontaktów</translation>
    </message>
    <message>
        <source>Every word must start a word of the name, email address, phone number (with its country code) or city. Accents do not matter.</source>
        <translation>Każde słowo musi rozpoczynać słowo imienia, adresu e-mail, numeru telefonu (z kodem kraju) lub miasta. Znaki diakrytyczne nie mają znaczenia.</translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation>Nowy kontakt…</translation>
    </message>
    <message>
        <source>Edit contact…</source>
        <translation>Edytuj kontakt…</translation>
    </message>
    <message>
        <source>Delete contacts…</source>
        <translation>Usuń kontakty…</translation>
    </message>
    <message>
        <source>Copy to group…</source>
        <translation>Kopiuj do grupy…</translation>
    </message>
    <message>
        <source>Copy contacts</source>
        <translation>Kopiuj kontakty</translation>
    </message>
    <message numerus="yes">
        <source>Copy %n contact(s) to:</source>
        <translation>
            <numerusform>Kopiuj %n kontakt do:</numerusform>
            <numerusform>Kopiuj %n kontakty do:</numerusform>
            <numerusform>Kopiuj %n kontaktów do:</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to group…</source>
        <translation>Przenieś do grupy…</translation>
    </message>
    <message>
        <source>Move contacts</source>
        <translation>Przenieś kontakty</translation>
    </message>
    <message numerus="yes">
        <source>Move %n contact(s) to:</source>
        <translation>
            <numerusform>Przenieś %n kontakt do:</numerusform>
            <numerusform>Przenieś %n kontakty do:</numerusform>
            <numerusform>Przenieś %n kontaktów do:</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to suppression list (opted out)</source>
        <translation>Dodaj do listy wykluczeń (rezygnacja)</translation>
    </message>
    <message>
        <source>Export selected…</source>
        <translation>Eksportuj zaznaczone…</translation>
    </message>
    <message>
        <source>selected-contacts.csv</source>
        <translation>zaznaczone-kontakty.csv</translation>
    </message>
    <message>
        <source>Export the contacts shown…</source>
        <translation>Eksportuj widoczne kontakty…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation>Sortowanie…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Wyszukiwanie…</translation>
    </message>
    <message>
        <source>%1 of %2 match</source>
        <translation>Pasuje %1 z %2</translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation>Zapisano kontakt.</translation>
    </message>
    <message>
        <source>Contact added.</source>
        <translation>Dodano kontakt.</translation>
    </message>
    <message>
        <source>Delete contacts</source>
        <translation>Usuń kontakty</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s) from this group? Campaigns already sent keep their recipients.</source>
        <translation>
            <numerusform>Usunąć %n kontakt z tej grupy? Wysłane kampanie zachowują swoich odbiorców.</numerusform>
            <numerusform>Usunąć %n kontakty z tej grupy? Wysłane kampanie zachowują swoich odbiorców.</numerusform>
            <numerusform>Usunąć %n kontaktów z tej grupy? Wysłane kampanie zachowują swoich odbiorców.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) deleted.</source>
        <translation>
            <numerusform>Usunięto %n kontakt.</numerusform>
            <numerusform>Usunięto %n kontakty.</numerusform>
            <numerusform>Usunięto %n kontaktów.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) moved to “%1”.</source>
        <translation>
            <numerusform>Przeniesiono %n kontakt do „%1”.</numerusform>
            <numerusform>Przeniesiono %n kontakty do „%1”.</numerusform>
            <numerusform>Przeniesiono %n kontaktów do „%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) copied to “%1”.</source>
        <translation>
            <numerusform>Skopiowano %n kontakt do „%1”.</numerusform>
            <numerusform>Skopiowano %n kontakty do „%1”.</numerusform>
            <numerusform>Skopiowano %n kontaktów do „%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) left out: “%1” has their email address or phone number already.</source>
        <translation>
            <numerusform>Pominięto %n kontakt: „%1” ma już jego adres e-mail lub numer telefonu.</numerusform>
            <numerusform>Pominięto %n kontakty: „%1” ma już ich adresy e-mail lub numery telefonów.</numerusform>
            <numerusform>Pominięto %n kontaktów: „%1” ma już ich adresy e-mail lub numery telefonów.</numerusform>
        </translation>
    </message>
    <message>
        <source>contacts of “%1”</source>
        <translation>kontakty z „%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) added to the suppression list; no campaign will reach them.</source>
        <translation>
            <numerusform>Dodano %n adres do listy wykluczeń; żadna kampania do niego nie dotrze.</numerusform>
            <numerusform>Dodano %n adresy do listy wykluczeń; żadna kampania do nich nie dotrze.</numerusform>
            <numerusform>Dodano %n adresów do listy wykluczeń; żadna kampania do nich nie dotrze.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show list</source>
        <translation>Pokaż listę</translation>
    </message>
    <message>
        <source>There is no other group. Create one first (Ctrl+N).</source>
        <translation>Nie ma innej grupy. Najpierw utwórz grupę (Ctrl+N).</translation>
    </message>
    <message numerus="yes">
        <source>Move the %n contact(s) of “%1” into “%2” and delete “%1”? Where both groups have a contact with the same email address or phone number, the one in “%2” is kept.</source>
        <translation>
            <numerusform>Przenieść %n kontakt z „%1” do „%2” i usunąć „%1”? Gdy obie grupy mają kontakt z tym samym adresem e-mail lub numerem, zostaje ten z „%2”.</numerusform>
            <numerusform>Przenieść %n kontakty z „%1” do „%2” i usunąć „%1”? Gdy obie grupy mają kontakt z tym samym adresem e-mail lub numerem, zostaje ten z „%2”.</numerusform>
            <numerusform>Przenieść %n kontaktów z „%1” do „%2” i usunąć „%1”? Gdy obie grupy mają kontakt z tym samym adresem e-mail lub numerem, zostaje ten z „%2”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Scal</translation>
    </message>
    <message numerus="yes">
        <source>“%1” merged into “%2”: %n contact(s) moved, %3 already there.</source>
        <translation>
            <numerusform>Scalono „%1” z „%2”: przeniesiono %n kontakt, %3 już tam było.</numerusform>
            <numerusform>Scalono „%1” z „%2”: przeniesiono %n kontakty, %3 już tam było.</numerusform>
            <numerusform>Scalono „%1” z „%2”: przeniesiono %n kontaktów, %3 już tam było.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Zapisz raport…</translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation>Zapisz raport importu</translation>
    </message>
    <message>
        <source>import-report.csv</source>
        <translation>raport-importu.csv</translation>
    </message>
    <message>
        <source>Import report saved to “%1”.</source>
        <translation>Zapisano raport importu w „%1”.</translation>
    </message>
    <message>
        <source>Check email addresses…</source>
        <translation>Sprawdź adresy e-mail…</translation>
    </message>
    <message>
        <source>Check email addresses</source>
        <translation>Sprawdź adresy e-mail</translation>
    </message>
    <message>
        <source>Have this account check the addresses of “%1” (it charges for it):</source>
        <translation>Niech to konto sprawdzi adresy „%1” (pobiera za to opłatę):</translation>
    </message>
    <message>
        <source>“%1” is linked to a group at “%2”. Delete that group at %3 too? Its contacts there may stay in the account.</source>
        <translation>„%1” jest powiązana z grupą w „%2”. Usunąć tę grupę także w %3? Jej kontakty mogą zostać na koncie.</translation>
    </message>
    <message>
        <source>Delete there too</source>
        <translation>Usuń też tam</translation>
    </message>
    <message>
        <source>No account checks email addresses. %1 accounts do; add one in Accounts.</source>
        <translation>Żadne konto nie sprawdza adresów e-mail. Robią to konta %1; dodaj takie w Kontach.</translation>
    </message>
    <message>
        <source>No account can take contact groups. Add an account whose provider keeps groups, such as %1, in Accounts.</source>
        <translation>Żadne konto nie przyjmuje grup kontaktów. Dodaj w Kontach konto, którego dostawca przechowuje grupy, np. %1.</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importuj…</translation>
    </message>
    <message>
        <source>Contact files (*.csv *.txt *.xlsx);;CSV files (*.csv *.txt);;Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Pliki kontaktów (*.csv *.txt *.xlsx);;Pliki CSV (*.csv *.txt);;Skoroszyty Excela (*.xlsx);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportuj…</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Skoroszyt Excela (*.xlsx)</translation>
    </message>
    <message>
        <source>Segments…</source>
        <translation>Segmenty…</translation>
    </message>
</context>
<context>
    <name>cm::HttpClient</name>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>„%1” nie jest adresem internetowym.</translation>
    </message>
    <message>
        <source>“%1” is not an https address; plain http is allowed only for this computer.</source>
        <translation>„%1” nie jest adresem https; zwykłe http jest dozwolone tylko dla tego komputera.</translation>
    </message>
</context>
<context>
    <name>cm::HttpJob</name>
    <message numerus="yes">
        <source>No answer within %n second(s).</source>
        <translation>
            <numerusform>Brak odpowiedzi w ciągu %n sekundy.</numerusform>
            <numerusform>Brak odpowiedzi w ciągu %n sekund.</numerusform>
            <numerusform>Brak odpowiedzi w ciągu %n sekund.</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer in time; the provider may have received the request. Check at the provider before sending again.</source>
        <translation>Brak odpowiedzi na czas; dostawca mógł otrzymać żądanie. Sprawdź u dostawcy, zanim wyślesz ponownie.</translation>
    </message>
    <message>
        <source>The secure connection failed: %1. Check the base URL; the provider&apos;s certificate must be valid.</source>
        <translation>Bezpieczne połączenie nie powiodło się: %1. Sprawdź adres bazowy; certyfikat dostawcy musi być ważny.</translation>
    </message>
    <message>
        <source>The provider redirected the request to %1, which is not followed: check the account&apos;s base URL.</source>
        <translation>Dostawca przekierował żądanie do %1, a przekierowania nie są wykonywane: sprawdź adres bazowy konta.</translation>
    </message>
    <message>
        <source>The provider answered with a redirect to %1, which is not followed; it may have received the request. Check the account&apos;s base URL and check at the provider before sending again.</source>
        <translation>Dostawca odpowiedział przekierowaniem do %1, które nie jest wykonywane; mógł otrzymać żądanie. Sprawdź adres bazowy konta i sprawdź u dostawcy, zanim wyślesz ponownie.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer was larger than %1 MB and was cut off.</source>
        <translation>Odpowiedź dostawcy przekraczała %1 MB i została obcięta.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer was cut off: %1.</source>
        <translation>Odpowiedź dostawcy została ucięta: %1.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer was cut off; it may have received the request. Check at the provider before sending again.</source>
        <translation>Odpowiedź dostawcy została ucięta; dostawca mógł otrzymać żądanie. Sprawdź u dostawcy, zanim wyślesz ponownie.</translation>
    </message>
</context>
<context>
    <name>cm::ImportDialog</name>
    <message>
        <source>&amp;Skip them</source>
        <translation>&amp;Pomiń je</translation>
    </message>
    <message>
        <source>Import “%1”</source>
        <translation>Importuj „%1”</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Wykryj</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Przecinek ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Średnik ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Pipe |</source>
        <translation>Kreska pionowa |</translation>
    </message>
    <message>
        <source>Numbers written without a country code, such as 0532 612 48 37, are read as this country&apos;s.</source>
        <translation>Numery zapisane bez kodu kraju, np. 0532 612 48 37, są czytane jako numery tego kraju.</translation>
    </message>
    <message>
        <source>Preview and the field of each column</source>
        <translation>Podgląd i pole każdej kolumny</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodowanie:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Separator:</translation>
    </message>
    <message>
        <source>Contacts the group has already:</source>
        <translation>Kontakty, które grupa już ma:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importuj</translation>
    </message>
    <message>
        <source>Choose what each column holds; the first rows are shown.</source>
        <translation>Wybierz, co zawiera każda kolumna; widać pierwsze wiersze.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2.</source>
        <translation>Nie można odczytać „%1”: %2.</translation>
    </message>
    <message>
        <source>Detect (%1)</source>
        <translation>Wykryj (%1)</translation>
    </message>
    <message>
        <source>Detect (tab)</source>
        <translation>Wykryj (tabulator)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Custom field “%1”</source>
        <translation>Pole własne „%1”</translation>
    </message>
    <message>
        <source>Ignore this column</source>
        <translation>Pomiń tę kolumnę</translation>
    </message>
    <message>
        <source>Field of column “%1”</source>
        <translation>Pole kolumny „%1”</translation>
    </message>
    <message>
        <source>Choose the column with the email addresses or the phone numbers.</source>
        <translation>Wybierz kolumnę z adresami e-mail albo numerami telefonów.</translation>
    </message>
    <message>
        <source>&amp;First row names the columns</source>
        <translation>&amp;Pierwszy wiersz to nazwy kolumn</translation>
    </message>
    <message>
        <source>Detected: a first row with an email address or a phone number in it holds a contact. Without column names, the columns are numbered.</source>
        <translation>Wykrywane: pierwszy wiersz z adresem e-mail lub numerem telefonu to kontakt. Bez nazw kolumn kolumny są numerowane.</translation>
    </message>
    <message>
        <source>S&amp;kip the first line (a title)</source>
        <translation>P&amp;omiń pierwszy wiersz (tytuł)</translation>
    </message>
    <message>
        <source>&amp;Update them with the file&apos;s values (opt-outs and blocks stay as they are)</source>
        <translation>&amp;Aktualizuj je wartościami z pliku (wypisania i blokady zostają bez zmian)</translation>
    </message>
    <message>
        <source>Empty cells &amp;clear fields</source>
        <translation>Puste komórki &amp;czyszczą pola</translation>
    </message>
    <message>
        <source>Without it, an update writes only the cells that hold something: an empty cell leaves the contact&apos;s value as it is. Columns the file does not have are never touched.</source>
        <translation>Bez tego aktualizacja zapisuje tylko komórki z zawartością: pusta komórka zostawia wartość kontaktu bez zmian. Kolumn, których plik nie ma, nic nie zmienia.</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>A&amp;rkusz:</translation>
    </message>
    <message>
        <source>Phone numbers &amp;from:</source>
        <translation>Numery telefonów &amp;z:</translation>
    </message>
    <message>
        <source>Detected: a first line with a single cell above a line of several is a title, such as “Customer list, November”.</source>
        <translation>Wykryto: pierwszy wiersz z jedną komórką nad wierszem z kilkoma to tytuł, np. „Lista klientów, listopad”.</translation>
    </message>
    <message>
        <source>S&amp;kip the first line (a title): “%1”</source>
        <translation>P&amp;omiń pierwszy wiersz (tytuł): „%1”</translation>
    </message>
</context>
<context>
    <name>cm::ImportStore</name>
    <message>
        <source>start the import</source>
        <translation>rozpocząć importu</translation>
    </message>
    <message>
        <source>import the contacts</source>
        <translation>zaimportować kontaktów</translation>
    </message>
    <message>
        <source>finish the import</source>
        <translation>zakończyć importu</translation>
    </message>
    <message>
        <source>undo an interrupted import</source>
        <translation>cofnąć przerwanego importu</translation>
    </message>
    <message>
        <source>There is no import %1.</source>
        <translation>Nie ma importu %1.</translation>
    </message>
    <message>
        <source>undo the import</source>
        <translation>cofnąć importu</translation>
    </message>
    <message>
        <source>Import %1 is not one that can be undone (it is %2).</source>
        <translation>Importu %1 nie można cofnąć (jego stan: %2).</translation>
    </message>
</context>
<context>
    <name>cm::JobStatusWidget</name>
    <message>
        <source>Cancel this job</source>
        <translation>Anuluj to zadanie</translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>Anuluj zadanie</translation>
    </message>
    <message numerus="yes">
        <source> (+%n more)</source>
        <translation>
            <numerusform> (+%n kolejne)</numerusform>
            <numerusform> (+%n kolejne)</numerusform>
            <numerusform> (+%n kolejnych)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of about %2 %3</source>
        <translation>%1 z około %2 %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 a second</source>
        <translation>%1 na sekundę</translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>zostało około %n s</numerusform>
            <numerusform>zostały około %n s</numerusform>
            <numerusform>zostało około %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>została około %n min</numerusform>
            <numerusform>zostały około %n min</numerusform>
            <numerusform>zostało około %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cm::KeychainSecretStore</name>
    <message>
        <source>the system keychain</source>
        <translation>systemowy pęk kluczy</translation>
    </message>
    <message>
        <source>The system keychain did not answer (it may be locked and waiting for a password prompt).</source>
        <translation>Systemowy pęk kluczy nie odpowiedział (może być zablokowany i czekać na hasło).</translation>
    </message>
    <message>
        <source>The system keychain is locked.</source>
        <translation>Systemowy pęk kluczy jest zablokowany.</translation>
    </message>
</context>
<context>
    <name>cm::MainWindow</name>
    <message>
        <source>Accounts</source>
        <translation>Konta</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupy</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Szablony</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampanie</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Raporty</translation>
    </message>
    <message>
        <source>Campaign Manager</source>
        <translation>Campaign Manager</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sekcje</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Obszar roboczy: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>&amp;About Campaign Manager</source>
        <translation>&amp;O programie Campaign Manager</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>O &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Język systemu</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Wygląd</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Systemowy</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Jasny</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Ciemny</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Podręcznik użytkownika</translation>
    </message>
    <message>
        <source>&amp;Workspace settings…</source>
        <translation>&amp;Ustawienia obszaru roboczego…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Przegląd</translation>
    </message>
    <message>
        <source>This is a demo workspace: its account is the Sandbox, which sends nothing, and its contacts and campaigns are made up. Try anything here.</source>
        <translation>To demonstracyjny obszar roboczy: jego konto to Sandbox, który niczego nie wysyła, a kontakty i kampanie są zmyślone. Wypróbuj tu wszystko.</translation>
    </message>
    <message>
        <source>Start with my own accounts</source>
        <translation>Zacznij z własnymi kontami</translation>
    </message>
    <message>
        <source>Campaign Manager starts again on a new, empty workspace (%1), where you add your own accounts and contacts. The demo workspace stays as it is.</source>
        <translation>Campaign Manager uruchomi się ponownie w nowym, pustym obszarze roboczym (%1), gdzie dodasz własne konta i kontakty. Obszar demonstracyjny zostaje bez zmian.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Uruchom ponownie</translation>
    </message>
    <message>
        <source>Campaign Manager could not be started again on %1.</source>
        <translation>Nie udało się ponownie uruchomić Campaign Manager na %1.</translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation>Otwórz obszar &amp;demonstracyjny</translation>
    </message>
    <message>
        <source>Start with my &amp;own accounts…</source>
        <translation>Zacznij od &amp;własnych kont…</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
</context>
<context>
    <name>cm::MemorySecretStore</name>
    <message>
        <source>this session&apos;s memory</source>
        <translation>pamięć tej sesji</translation>
    </message>
</context>
<context>
    <name>cm::MessageBanner</name>
    <message>
        <source>Close this message</source>
        <translation>Zamknij ten komunikat</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Zamknij komunikat</translation>
    </message>
</context>
<context>
    <name>cm::Nrs360Provider</name>
    <message>
        <source>This computer&apos;s IP address is not on the account&apos;s allow list: add it in 360nrs under APIs, then try again.</source>
        <translation>Adresu IP tego komputera nie ma na liście dozwolonych konta: dodaj go w 360nrs w sekcji API i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The account has not enough credit: top it up in 360nrs.</source>
        <translation>Na koncie brakuje środków: doładuj je w 360nrs.</translation>
    </message>
    <message>
        <source>call of %1 s</source>
        <translation>połączenie %1 s</translation>
    </message>
    <message>
        <source>permanent</source>
        <translation>stały</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Bazowy URL</translation>
    </message>
    <message>
        <source>Your dashboard&apos;s API address, such as https://dashboard.360nrs.com/api/rest.</source>
        <translation>Adres API twojego panelu, np. https://dashboard.360nrs.com/api/rest.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <source>The user name you sign in to 360nrs with.</source>
        <translation>Nazwa użytkownika, którą logujesz się do 360nrs.</translation>
    </message>
    <message>
        <source>API password</source>
        <translation>Hasło API</translation>
    </message>
    <message>
        <source>Not the sign-in password: set it in 360nrs under APIs → Change API password.</source>
        <translation>To nie hasło logowania: ustaw je w 360nrs w API → Zmień hasło API.</translation>
    </message>
    <message>
        <source>The user name and API password work from this computer&apos;s IP address.</source>
        <translation>Nazwa użytkownika i hasło API działają z adresu IP tego komputera.</translation>
    </message>
    <message>
        <source>360nrs lists no sending %1.</source>
        <translation>360nrs nie ma wysyłki %1.</translation>
    </message>
    <message>
        <source>360nrs holds no scheduled messages of sending %1.</source>
        <translation>360nrs nie przechowuje zaplanowanych wiadomości wysyłki %1.</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kodowanie</translation>
    </message>
    <message>
        <source>Automatic uses GSM unless the text needs Unicode; the Portuguese table fits ç, ã and õ in GSM.</source>
        <translation>Automatyczne używa GSM, chyba że tekst wymaga Unicode; tabela portugalska mieści ç, ã i õ w GSM.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatyczne</translation>
    </message>
    <message>
        <source>GSM</source>
        <translation>GSM</translation>
    </message>
    <message>
        <source>GSM Portuguese</source>
        <translation>GSM portugalskie</translation>
    </message>
    <message>
        <source>Unicode (UTF-16)</source>
        <translation>Unicode (UTF-16)</translation>
    </message>
    <message>
        <source>Flash SMS</source>
        <translation>SMS flash</translation>
    </message>
    <message>
        <source>Shown at once on the screen; some phones do not store it.</source>
        <translation>Wyświetla się od razu na ekranie; niektóre telefony go nie zapisują.</translation>
    </message>
    <message>
        <source>Expires after (hours)</source>
        <translation>Wygasa po (godzinach)</translation>
    </message>
    <message>
        <source>Track opens</source>
        <translation>Śledź otwarcia</translation>
    </message>
    <message>
        <source>A tracking pixel tells who opened the email.</source>
        <translation>Piksel śledzący pokazuje, kto otworzył e-mail.</translation>
    </message>
    <message>
        <source>Track clicks</source>
        <translation>Śledź kliknięcia</translation>
    </message>
    <message>
        <source>Links go through 360nrs, which counts who clicked.</source>
        <translation>Linki przechodzą przez 360nrs, który liczy, kto kliknął.</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>Certyfikowany</translation>
    </message>
    <message>
        <source>360nrs issues a certificate of delivery for each message, at an extra cost.</source>
        <translation>360nrs wystawia certyfikat doręczenia dla każdej wiadomości, za dodatkową opłatą.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <source>Comma-separated; they filter the statistics in the 360nrs dashboard.</source>
        <translation>Oddzielone przecinkami; filtrują statystyki w panelu 360nrs.</translation>
    </message>
    <message>
        <source>360nrs: SMS, email, voice calls (read aloud or an audio file), SMS with a landing page and WhatsApp templates, with campaign statistics, opens, clicks and a report of every event; scheduled sends that can be moved or cancelled; WhatsApp conversations; groups, contacts and a blacklist. The API answers only from the IP addresses registered in 360nrs.</source>
        <translation>360nrs: SMS, e-mail, połączenia głosowe (odczytany tekst lub plik audio), SMS ze stroną docelową i szablony WhatsApp, ze statystykami kampanii, otwarciami, kliknięciami i raportem każdego zdarzenia; zaplanowane wysyłki, które można przesunąć lub anulować; rozmowy WhatsApp; grupy, kontakty i czarna lista. API odpowiada tylko z adresów IP zarejestrowanych w 360nrs.</translation>
    </message>
    <message>
        <source>Landing page</source>
        <translation>Strona docelowa</translation>
    </message>
    <message>
        <source>Voice language</source>
        <translation>Język głosu</translation>
    </message>
    <message>
        <source>The language the text is read in; Mandarin, Arabic and Hindi have a female voice only.</source>
        <translation>Język, w którym tekst jest odczytywany; mandaryński, arabski i hindi mają tylko głos żeński.</translation>
    </message>
    <message>
        <source>English (United Kingdom)</source>
        <translation>Angielski (Wielka Brytania)</translation>
    </message>
    <message>
        <source>English (United States)</source>
        <translation>Angielski (Stany Zjednoczone)</translation>
    </message>
    <message>
        <source>Spanish (Spain)</source>
        <translation>Hiszpański (Hiszpania)</translation>
    </message>
    <message>
        <source>Spanish (Latin America)</source>
        <translation>Hiszpański (Ameryka Łacińska)</translation>
    </message>
    <message>
        <source>Portuguese (Portugal)</source>
        <translation>Portugalski (Portugalia)</translation>
    </message>
    <message>
        <source>Portuguese (Brazil)</source>
        <translation>Portugalski (Brazylia)</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Niemiecki</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francuski</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Włoski</translation>
    </message>
    <message>
        <source>Mandarin Chinese</source>
        <translation>Chiński mandaryński</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabski</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Głos</translation>
    </message>
    <message>
        <source>A female or a male voice reads the text.</source>
        <translation>Tekst czyta głos żeński albo męski.</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Żeński</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Męski</translation>
    </message>
    <message>
        <source>Audio file</source>
        <translation>Plik audio</translation>
    </message>
    <message>
        <source>Caller numbers</source>
        <translation>Numery dzwoniące</translation>
    </message>
    <message>
        <source>The number calls come from, by country, such as ES=612345678, PT=698765432; other countries get the account&apos;s default caller. 360nrs support sets them up.</source>
        <translation>Numer, z którego przychodzą połączenia, według kraju, np. ES=612345678, PT=698765432; pozostałe kraje dostają domyślny numer konta. Ustawia je pomoc techniczna 360nrs.</translation>
    </message>
    <message>
        <source>Call again if unanswered</source>
        <translation>Zadzwoń ponownie, jeśli nikt nie odbierze</translation>
    </message>
    <message>
        <source>How many more times an unanswered call is tried, up to 5; set an expiry so that retries do not come at night.</source>
        <translation>Ile razy jeszcze ponawiać nieodebrane połączenie, do 5; ustaw wygaśnięcie, aby ponowienia nie przychodziły w nocy.</translation>
    </message>
    <message>
        <source>Hang up on answering machines</source>
        <translation>Rozłącz przy automatycznej sekretarce</translation>
    </message>
    <message>
        <source>360nrs detects an answering machine and ends the call instead of leaving the message.</source>
        <translation>360nrs wykrywa automatyczną sekretarkę i kończy połączenie zamiast zostawiać wiadomość.</translation>
    </message>
    <message>
        <source>Not delivered (or called) after this many hours from the send; 0: the network&apos;s default.</source>
        <translation>Nie doręczaj (ani nie dzwoń) po tylu godzinach od wysyłki; 0: domyślne ustawienie sieci.</translation>
    </message>
    <message>
        <source>WhatsApp template id</source>
        <translation>Identyfikator szablonu WhatsApp</translation>
    </message>
    <message>
        <source>Automatic answer</source>
        <translation>Automatyczna odpowiedź</translation>
    </message>
    <message>
        <source>What WhatsApp answers by itself to a recipient&apos;s first reply; empty: nothing.</source>
        <translation>Co WhatsApp sam odpowie na pierwszą odpowiedź odbiorcy; puste: nic.</translation>
    </message>
    <message>
        <source>The 360nrs template the link opens, as v2:ID or v1:ID (Templates ▸ Preview at account… lists them; Send to account… puts one of yours there). The link goes where the text has {LAND_URL}, or at its end.</source>
        <translation>Szablon 360nrs otwierany przez link, jako v2:ID lub v1:ID (Szablony ▸ Podgląd na koncie… je wyświetla; Wyślij do konta… umieszcza tam jeden z Twoich). Link trafia tam, gdzie tekst ma {LAND_URL}, albo na koniec.</translation>
    </message>
    <message>
        <source>The id of a WhatsApp template approved in 360nrs (the API cannot list them). Each line of the message fills one of its body variables, in order; lines starting header:, button:, reply: or location: (latitude, longitude, name, address) fill those. The campaign&apos;s sender is the WhatsApp number registered in 360nrs.</source>
        <translation>Identyfikator szablonu WhatsApp zatwierdzonego w 360nrs (API nie potrafi ich wyświetlić). Każdy wiersz wiadomości wypełnia po kolei jedną ze zmiennych treści; wiersze zaczynające się od header:, button:, reply: lub location: (szerokość, długość, nazwa, adres) wypełniają te pola. Nadawcą kampanii jest numer WhatsApp zarejestrowany w 360nrs.</translation>
    </message>
    <message>
        <source>The public web address (https://…) of the MP3 or WAV file the call plays; empty: the call reads the text aloud.</source>
        <translation>Publiczny adres internetowy (https://…) pliku MP3 lub WAV odtwarzanego w połączeniu; puste: połączenie odczytuje tekst na głos.</translation>
    </message>
</context>
<context>
    <name>cm::OutboxProvider</name>
    <message>
        <source>Outbox (outbox.rest), Türkiye: SMS, MMS and email with per-recipient status. No balance and no cancel of scheduled API sends.</source>
        <translation>Outbox (outbox.rest), Turcja: SMS, MMS i e-mail ze stanem dla każdego odbiorcy. Bez salda i bez anulowania wysyłek zaplanowanych przez API.</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Adres bazowy</translation>
    </message>
    <message>
        <source>Leave empty for https://outbox.rest. Change it only for a test server.</source>
        <translation>Zostaw puste, aby użyć https://outbox.rest. Zmieniaj tylko dla serwera testowego.</translation>
    </message>
    <message>
        <source>Auth key</source>
        <translation>Klucz uwierzytelniający (Auth key)</translation>
    </message>
    <message>
        <source>The API token from the Outbox panel (Settings → API), such as xxxxx-xxxxx-xxxxx-…</source>
        <translation>Token API z panelu Outbox (Ustawienia → API), np. xxxxx-xxxxx-xxxxx-…</translation>
    </message>
    <message numerus="yes">
        <source>The auth key works; the account has %n group(s).</source>
        <translation>
            <numerusform>Klucz działa; konto ma %n grupę.</numerusform>
            <numerusform>Klucz działa; konto ma %n grupy.</numerusform>
            <numerusform>Klucz działa; konto ma %n grup.</numerusform>
        </translation>
    </message>
    <message>
        <source>Outbox&apos;s answer does not list this recipient, so it may have been sent or not. Check at Outbox before sending to it again.</source>
        <translation>Odpowiedź Outbox nie wymienia tego odbiorcy, więc wiadomość mogła do niego trafić albo nie. Sprawdź w Outbox, zanim wyślesz do niego ponownie.</translation>
    </message>
</context>
<context>
    <name>cm::OverviewPane</name>
    <message>
        <source>Open the campaign and resolve its unknown recipients.</source>
        <translation>Otwórz kampanię i rozstrzygnij jej nieznanych odbiorców.</translation>
    </message>
    <message>
        <source>Open the report and refresh it again.</source>
        <translation>Otwórz raport i odśwież go ponownie.</translation>
    </message>
    <message>
        <source>Open the account, then edit it or test its connection.</source>
        <translation>Otwórz konto, a potem je edytuj albo sprawdź połączenie.</translation>
    </message>
    <message>
        <source>Connection works (tested %1)</source>
        <translation>Połączenie działa (sprawdzono %1)</translation>
    </message>
    <message>
        <source>Connection test failed (%1): %2</source>
        <translation>Test połączenia nie powiódł się (%1): %2</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation>Saldo: %1</translation>
    </message>
    <message>
        <source>Reading the report…</source>
        <translation>Odczytywanie raportu…</translation>
    </message>
    <message>
        <source>No report yet</source>
        <translation>Jeszcze bez raportu</translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n wysłana</numerusform>
            <numerusform>%n wysłane</numerusform>
            <numerusform>%n wysłanych</numerusform>
        </translation>
    </message>
    <message>
        <source>delivered %1</source>
        <translation>dostarczone %1</translation>
    </message>
    <message>
        <source>opened %1</source>
        <translation>otwarte %1</translation>
    </message>
    <message>
        <source>clicked %1</source>
        <translation>kliknięcia %1</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Wymaga uwagi</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Zaplanowana</translation>
    </message>
    <message>
        <source>Recent campaign</source>
        <translation>Ostatnia kampania</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Przegląd</translation>
    </message>
    <message>
        <source>Nothing here yet.
Add an account (Accounts) and contacts (Groups), then write a template and a campaign: the overview then shows what is scheduled, how recent campaigns did and what needs attention.</source>
        <translation>Jeszcze tu nic nie ma.
Dodaj konto (Konta) i kontakty (Grupy), potem napisz szablon i kampanię: przegląd pokaże, co jest zaplanowane, jak poszły ostatnie kampanie i co wymaga uwagi.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n konto</numerusform>
            <numerusform>%n konta</numerusform>
            <numerusform>%n kont</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s) scheduled in the next %1 days</source>
        <translation>
            <numerusform>%n kampania zaplanowana na najbliższe %1 dni</numerusform>
            <numerusform>%n kampanie zaplanowane na najbliższe %1 dni</numerusform>
            <numerusform>%n kampanii zaplanowanych na najbliższe %1 dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) need attention</source>
        <translation>
            <numerusform>%n element wymaga uwagi</numerusform>
            <numerusform>%n elementy wymagają uwagi</numerusform>
            <numerusform>%n elementów wymaga uwagi</numerusform>
        </translation>
    </message>
    <message>
        <source>Open in Accounts</source>
        <translation>Otwórz w Kontach</translation>
    </message>
    <message>
        <source>Open in Reports</source>
        <translation>Otwórz w Raportach</translation>
    </message>
    <message>
        <source>Open in Campaigns</source>
        <translation>Otwórz w Kampaniach</translation>
    </message>
    <message>
        <source>Not tested yet</source>
        <translation>Jeszcze nie sprawdzono</translation>
    </message>
    <message>
        <source>Turned away for its rate limit at the last try</source>
        <translation>Przy ostatniej próbie odrzucone z powodu limitu zapytań</translation>
    </message>
</context>
<context>
    <name>cm::OverviewService</name>
    <message numerus="yes">
        <source>“%1”: %n recipient(s) may or may not have been sent. Check with the provider or resolve them.</source>
        <translation>
            <numerusform>„%1”: nie wiadomo, czy wysłano do %n odbiorcy. Sprawdź u dostawcy albo rozstrzygnij.</numerusform>
            <numerusform>„%1”: nie wiadomo, czy wysłano do %n odbiorców. Sprawdź u dostawcy albo rozstrzygnij.</numerusform>
            <numerusform>„%1”: nie wiadomo, czy wysłano do %n odbiorców. Sprawdź u dostawcy albo rozstrzygnij.</numerusform>
        </translation>
    </message>
    <message>
        <source>The report of “%1” could not be refreshed: %2</source>
        <translation>Nie udało się odświeżyć raportu „%1”: %2</translation>
    </message>
    <message numerus="yes">
        <source>Series “%1”: %n message(s) may or may not have been sent. Check with the provider or resolve them.</source>
        <translation>
            <numerusform>Seria „%1”: %n wiadomość mogła zostać wysłana albo nie. Sprawdź u dostawcy albo ją rozstrzygnij.</numerusform>
            <numerusform>Seria „%1”: %n wiadomości mogły zostać wysłane albo nie. Sprawdź u dostawcy albo je rozstrzygnij.</numerusform>
            <numerusform>Seria „%1”: %n wiadomości mogło zostać wysłanych albo nie. Sprawdź u dostawcy albo je rozstrzygnij.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cm::Pane</name>
    <message>
        <source>Filter…</source>
        <translation>Filtruj…</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>Filtruj listę</translation>
    </message>
</context>
<context>
    <name>cm::PriceTable</name>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Price per part</source>
        <translation>Cena za część</translation>
    </message>
    <message>
        <source>Prices per SMS part by country</source>
        <translation>Ceny za część SMS według kraju</translation>
    </message>
    <message>
        <source>A country by its name or code (Türkiye, TR), and the price of one SMS part there. The empty last row adds one.</source>
        <translation>Kraj z nazwy lub kodu (Türkiye, TR) i cena jednej części SMS w nim. Pusty ostatni wiersz dodaje kolejny.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>Price per part in any other country</source>
        <translation>Cena za część w każdym innym kraju</translation>
    </message>
    <message>
        <source>Currency of the prices</source>
        <translation>Waluta cen</translation>
    </message>
    <message>
        <source>Any other country:</source>
        <translation>Każdy inny kraj:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Waluta:</translation>
    </message>
    <message>
        <source>Prices, row %1: “%2” is not a country; write its name or its code, such as Türkiye or TR.</source>
        <translation>Ceny, wiersz %1: „%2” to nie kraj; wpisz jego nazwę lub kod, np. Türkiye albo TR.</translation>
    </message>
    <message>
        <source>Prices, row %1: “%2” is not a price; write a number such as 0.05.</source>
        <translation>Ceny, wiersz %1: „%2” to nie cena; wpisz liczbę, np. 0.05.</translation>
    </message>
    <message>
        <source>The price for any other country, “%1”, is not a number; write one such as 0.05.</source>
        <translation>Cena dla każdego innego kraju, „%1”, to nie liczba; wpisz np. 0.05.</translation>
    </message>
    <message>
        <source>The currency “%1” is not a currency code; write three letters, such as EUR or TRY.</source>
        <translation>Waluta „%1” to nie kod waluty; wpisz trzy litery, np. EUR albo TRY.</translation>
    </message>
</context>
<context>
    <name>cm::Provider</name>
    <message>
        <source>list groups</source>
        <translation>wyświetlać listy grup</translation>
    </message>
    <message>
        <source>create groups</source>
        <translation>tworzyć grup</translation>
    </message>
    <message>
        <source>upload contacts</source>
        <translation>przesyłać kontaktów</translation>
    </message>
    <message>
        <source>download contacts</source>
        <translation>pobierać kontaktów</translation>
    </message>
    <message>
        <source>cancel a scheduled send</source>
        <translation>anulować zaplanowanej wysyłki</translation>
    </message>
    <message>
        <source>report per-recipient status</source>
        <translation>raportować stanu dla każdego odbiorcy</translation>
    </message>
    <message>
        <source>report campaign statistics</source>
        <translation>raportować statystyk kampanii</translation>
    </message>
    <message>
        <source>list opt-outs</source>
        <translation>wyświetlać listy rezygnacji</translation>
    </message>
    <message>
        <source>block or unsubscribe a contact</source>
        <translation>blokować ani wypisywać kontaktu</translation>
    </message>
    <message>
        <source>export a campaign&apos;s events</source>
        <translation>eksport zdarzeń kampanii</translation>
    </message>
    <message>
        <source>reschedule messages</source>
        <translation>zmiana terminu wiadomości</translation>
    </message>
    <message>
        <source>keep templates</source>
        <translation>przechowywanie szablonów</translation>
    </message>
    <message>
        <source>validate email addresses</source>
        <translation>weryfikacja adresów e-mail</translation>
    </message>
    <message>
        <source>rename a group</source>
        <translation>zmiana nazwy grupy</translation>
    </message>
    <message>
        <source>test an email for spam</source>
        <translation>sprawdzić e-mail pod kątem spamu</translation>
    </message>
    <message>
        <source>delete groups</source>
        <translation>usuwać grupy</translation>
    </message>
    <message>
        <source>list WhatsApp conversations</source>
        <translation>wyświetlić rozmowy WhatsApp</translation>
    </message>
    <message>
        <source>read a WhatsApp conversation</source>
        <translation>odczytać rozmowę WhatsApp</translation>
    </message>
    <message>
        <source>answer in a WhatsApp conversation</source>
        <translation>odpowiedzieć w rozmowie WhatsApp</translation>
    </message>
    <message>
        <source>say which messages it has</source>
        <translation>podać, które wiadomości ma u siebie</translation>
    </message>
</context>
<context>
    <name>cm::ProviderError</name>
    <message>
        <source> The provider said: “%1”.</source>
        <translation> Dostawca odpowiedział: „%1”.</translation>
    </message>
    <message>
        <source> The provider said: “%1” (%2).</source>
        <translation> Dostawca odpowiedział: „%1” (%2).</translation>
    </message>
    <message>
        <source>“%1” was refused: the credentials are wrong or expired. Edit the account and enter them again.</source>
        <translation>„%1” odrzucił logowanie: dane uwierzytelniające są błędne lub wygasły. Edytuj konto i wpisz je ponownie.</translation>
    </message>
    <message>
        <source>“%1” did not accept the request. Correct what it names and try again.</source>
        <translation>„%1” nie przyjął żądania. Popraw to, co wskazuje, i spróbuj ponownie.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is receiving too many requests; try again in %n second(s).</source>
        <translation>
            <numerusform>„%1” otrzymuje zbyt wiele żądań; spróbuj ponownie za %n sekundę.</numerusform>
            <numerusform>„%1” otrzymuje zbyt wiele żądań; spróbuj ponownie za %n sekundy.</numerusform>
            <numerusform>„%1” otrzymuje zbyt wiele żądań; spróbuj ponownie za %n sekund.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is receiving too many requests; try again in a minute.</source>
        <translation>„%1” otrzymuje zbyt wiele żądań; spróbuj ponownie za minutę.</translation>
    </message>
    <message>
        <source>“%1” could not be reached or had a temporary problem. Check the connection and try again.</source>
        <translation>Nie udało się połączyć z „%1” albo wystąpił chwilowy problem. Sprawdź połączenie i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>“%1” refused the request.</source>
        <translation>„%1” odrzucił żądanie.</translation>
    </message>
    <message>
        <source>The provider of “%1” cannot do this: %2.</source>
        <translation>Dostawca konta „%1” nie potrafi tego zrobić: %2.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Anulowano.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Nic nie zostało wysłane: %1</translation>
    </message>
</context>
<context>
    <name>cm::ProviderInfo</name>
    <message>
        <source>Group sync</source>
        <translation>Synchronizacja grup</translation>
    </message>
    <message>
        <source>Create groups</source>
        <translation>Tworzenie grup</translation>
    </message>
    <message>
        <source>Upload contacts</source>
        <translation>Przesyłanie kontaktów</translation>
    </message>
    <message>
        <source>Download contacts</source>
        <translation>Pobieranie kontaktów</translation>
    </message>
    <message>
        <source>Remote templates</source>
        <translation>Zdalne szablony</translation>
    </message>
    <message>
        <source>Scheduling at the provider</source>
        <translation>Planowanie u dostawcy</translation>
    </message>
    <message>
        <source>Cancel scheduled sends</source>
        <translation>Anulowanie zaplanowanych wysyłek</translation>
    </message>
    <message>
        <source>Per-recipient status</source>
        <translation>Stan dla każdego odbiorcy</translation>
    </message>
    <message>
        <source>Campaign statistics</source>
        <translation>Statystyki kampanii</translation>
    </message>
    <message>
        <source>Opt-out list</source>
        <translation>Lista rezygnacji</translation>
    </message>
    <message>
        <source>Test sends</source>
        <translation>Wysyłki testowe</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Event export</source>
        <translation>Eksport zdarzeń</translation>
    </message>
    <message>
        <source>Email validation</source>
        <translation>Weryfikacja e-mail</translation>
    </message>
    <message>
        <source>%1 takes no campaign options.</source>
        <translation>%1 nie przyjmuje opcji kampanii.</translation>
    </message>
    <message>
        <source>%1 has no option “%2”; it has: %3.</source>
        <translation>%1 nie ma opcji „%2”; ma: %3.</translation>
    </message>
    <message>
        <source>“%1” takes a whole number from %2 to %3.</source>
        <translation>„%1” przyjmuje liczbę całkowitą od %2 do %3.</translation>
    </message>
    <message>
        <source>“%1” takes one of: %2.</source>
        <translation>„%1” przyjmuje jedno z: %2.</translation>
    </message>
    <message>
        <source>“%1” takes true or false.</source>
        <translation>„%1” przyjmuje true albo false.</translation>
    </message>
    <message>
        <source>Rename groups</source>
        <translation>Zmiana nazw grup</translation>
    </message>
    <message>
        <source>Spam test</source>
        <translation>Test antyspamowy</translation>
    </message>
    <message>
        <source>Delete groups</source>
        <translation>Usuwanie grup</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nieustawione</translation>
    </message>
    <message>
        <source>“%1” applies only with %2 %3.</source>
        <translation>„%1” dotyczy tylko %2 %3.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> lub </translation>
    </message>
    <message>
        <source>“%1” is not valid here. %2</source>
        <translation>„%1” jest tu nieprawidłowe. %2</translation>
    </message>
    <message>
        <source>%1 needs “%2” (%3) here.</source>
        <translation>%1 wymaga tu „%2” (%3).</translation>
    </message>
    <message>
        <source>WhatsApp conversations</source>
        <translation>Rozmowy WhatsApp</translation>
    </message>
    <message>
        <source>the text is %1 characters long; %2 takes at most %3 for a %4. Shorten the template.</source>
        <translation>liczba znaków tekstu: %1; %2 przyjmuje najwyżej %3 (%4). Skróć szablon.</translation>
    </message>
    <message>
        <source>the text is empty.</source>
        <translation>tekst jest pusty.</translation>
    </message>
    <message>
        <source>Sends: %1</source>
        <translation>Wysyła: %1</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Odbiorcy</translation>
    </message>
    <message>
        <source>Scheduling</source>
        <translation>Planowanie</translation>
    </message>
    <message>
        <source>Move scheduled sends</source>
        <translation>Przesuwanie zaplanowanych wysyłek</translation>
    </message>
    <message>
        <source>Sending windows</source>
        <translation>Okna wysyłki</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>Raportowanie</translation>
    </message>
    <message>
        <source>Extras</source>
        <translation>Dodatki</translation>
    </message>
</context>
<context>
    <name>cm::RecipientModel</name>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Ostatnie zdarzenie</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Czas</translation>
    </message>
    <message>
        <source>Provider id</source>
        <translation>ID u dostawcy</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Błąd</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
</context>
<context>
    <name>cm::ReportFiles</name>
    <message>
        <source>“%1” cannot be written: %2.</source>
        <translation>Nie można zapisać „%1”: %2.</translation>
    </message>
    <message>
        <source>The report cannot be read: %1.</source>
        <translation>Nie można odczytać raportu: %1.</translation>
    </message>
</context>
<context>
    <name>cm::ReportService</name>
    <message>
        <source>%1 does not report delivery for campaigns.</source>
        <translation>%1 nie raportuje doręczeń kampanii.</translation>
    </message>
    <message>
        <source>Refresh cancelled; the report keeps what was fetched.</source>
        <translation>Odświeżanie anulowano; raport zachowuje to, co już pobrano.</translation>
    </message>
    <message numerus="yes">
        <source>Report of “%1” refreshed: %n new event(s).</source>
        <translation>
            <numerusform>Odświeżono raport „%1”: %n nowe zdarzenie.</numerusform>
            <numerusform>Odświeżono raport „%1”: %n nowe zdarzenia.</numerusform>
            <numerusform>Odświeżono raport „%1”: %n nowych zdarzeń.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refreshing the report of “%1”</source>
        <translation>Odświeżanie raportu „%1”</translation>
    </message>
    <message>
        <source>Refreshing a report</source>
        <translation>Odświeżanie raportu</translation>
    </message>
    <message>
        <source>“%1” has no account: choose one in the campaign first.</source>
        <translation>„%1” nie ma konta: najpierw wybierz je w kampanii.</translation>
    </message>
    <message>
        <source>That campaign no longer exists.</source>
        <translation>Ta kampania już nie istnieje.</translation>
    </message>
    <message>
        <source>“%1” uses a provider this version does not know.</source>
        <translation>„%1” używa dostawcy, którego ta wersja nie zna.</translation>
    </message>
    <message>
        <source>%1 gave no campaign id for these sends, so it cannot report on them. %2</source>
        <translation>%1 nie podał identyfikatora kampanii dla tych wysyłek, więc nie może o nich raportować. %2</translation>
    </message>
</context>
<context>
    <name>cm::ReportsPane</name>
    <message>
        <source>All recipients</source>
        <translation>Wszyscy odbiorcy</translation>
    </message>
    <message>
        <source>Recipients and their status</source>
        <translation>Odbiorcy i ich stan</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Odbiorcy</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Raporty</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Odśwież</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>zaktualizowano %1</translation>
    </message>
    <message>
        <source>No report yet. Refresh (F5) to ask the provider what happened.</source>
        <translation>Nie ma jeszcze raportu. Odśwież (F5), aby zapytać dostawcę, co się stało.</translation>
    </message>
    <message>
        <source>No report yet: this campaign has not been sent.</source>
        <translation>Nie ma jeszcze raportu: ta kampania nie została wysłana.</translation>
    </message>
    <message>
        <source>the provider</source>
        <translation>dostawca</translation>
    </message>
    <message>
        <source>Not reported by %1</source>
        <translation>%1 tego nie raportuje</translation>
    </message>
    <message>
        <source>Cost: not reported by %1</source>
        <translation>Koszt: %1 tego nie raportuje</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Koszt: %1</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Eksportuj CSV…</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Eksportuj raport</translation>
    </message>
    <message>
        <source>%1 report.csv</source>
        <translation>raport %1.csv</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV dla Excela (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) written to “%1”.</source>
        <translation>
            <numerusform>Zapisano %n odbiorcę do „%1”.</numerusform>
            <numerusform>Zapisano %n odbiorców do „%1”.</numerusform>
            <numerusform>Zapisano %n odbiorców do „%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Who: %1</source>
        <translation>Kto: %1</translation>
    </message>
    <message>
        <source>Show recipients by state or by what they did</source>
        <translation>Pokaż odbiorców według stanu lub tego, co zrobili</translation>
    </message>
    <message>
        <source>New group from these…</source>
        <translation>Nowa grupa z tych…</translation>
    </message>
    <message>
        <source>New group from these recipients</source>
        <translation>Nowa grupa z tych odbiorców</translation>
    </message>
    <message>
        <source>A new contact group with the contacts the table shows (%1):</source>
        <translation>Nowa grupa kontaktów z kontaktami widocznymi w tabeli (%1):</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No contact in the workspace matches this filter.</source>
        <translation>Żaden kontakt w obszarze roboczym nie pasuje do tego filtra.</translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation>Grupa musi mieć nazwę.</translation>
    </message>
    <message numerus="yes">
        <source>Group “%1” made with %n contact(s); send them a follow-up from Campaigns.</source>
        <translation>
            <numerusform>Utworzono grupę „%1” z %n kontaktem; wyślij mu kontynuację z Kampanii.</numerusform>
            <numerusform>Utworzono grupę „%1” z %n kontaktami; wyślij im kontynuację z Kampanii.</numerusform>
            <numerusform>Utworzono grupę „%1” z %n kontaktami; wyślij im kontynuację z Kampanii.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Porównaj…</translation>
    </message>
    <message>
        <source>Compare the selected campaigns (Ctrl+M); select several with Ctrl or Shift.</source>
        <translation>Porównaj zaznaczone kampanie (Ctrl+M); zaznacz kilka z Ctrl lub Shift.</translation>
    </message>
    <message>
        <source>PDF summary…</source>
        <translation>Podsumowanie PDF…</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Zapisz raport jako PDF</translation>
    </message>
    <message>
        <source>%1 report.pdf</source>
        <translation>raport %1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation>Zapisz wykres…</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Zapisz wykres</translation>
    </message>
    <message>
        <source>chart.png</source>
        <translation>wykres.png</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Obraz PNG (*.png)</translation>
    </message>
    <message>
        <source>Chart saved to “%1”.</source>
        <translation>Zapisano wykres w „%1”.</translation>
    </message>
    <message>
        <source>“%1” cannot be written.</source>
        <translation>Nie można zapisać „%1”.</translation>
    </message>
    <message>
        <source>This campaign has no report yet: refresh it first.</source>
        <translation>Ta kampania nie ma jeszcze raportu: najpierw go odśwież.</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Raport: %1</translation>
    </message>
    <message>
        <source>report of %1</source>
        <translation>raport z %1</translation>
    </message>
    <message>
        <source>not reported by %1</source>
        <translation>%1 tego nie raportuje</translation>
    </message>
    <message>
        <source>PDF summary saved to “%1”.</source>
        <translation>Zapisano podsumowanie PDF w „%1”.</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Lejek</translation>
    </message>
    <message>
        <source>Over time and links</source>
        <translation>W czasie i linki</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Wykresy</translation>
    </message>
    <message>
        <source>No campaign has been sent yet.
Once one is, its delivery and engagement show here.</source>
        <translation>Nie wysłano jeszcze żadnej kampanii.
Gdy jakaś zostanie wysłana, tu pokażą się jej doręczenia i zaangażowanie.</translation>
    </message>
    <message>
        <source>Refresh the selected report, or the list when it has the focus (%1)</source>
        <translation>Odśwież wybrany raport albo listę, gdy ma fokus (%1)</translation>
    </message>
    <message>
        <source>The list of reports is up to date.</source>
        <translation>Lista raportów jest aktualna.</translation>
    </message>
    <message>
        <source>Nothing to refresh: this campaign has no recipients yet.</source>
        <translation>Nie ma czego odświeżać: ta kampania nie ma jeszcze odbiorców.</translation>
    </message>
    <message>
        <source>A/B test</source>
        <translation>Test A/B</translation>
    </message>
</context>
<context>
    <name>cm::RuleBuilder</name>
    <message>
        <source>Contacts matching all of these</source>
        <translation>Kontakty spełniające wszystkie te warunki</translation>
    </message>
    <message>
        <source>Contacts matching any of these</source>
        <translation>Kontakty spełniające którykolwiek z tych warunków</translation>
    </message>
    <message>
        <source>How the conditions combine</source>
        <translation>Jak łączą się warunki</translation>
    </message>
    <message>
        <source>Add &amp;condition</source>
        <translation>Dodaj &amp;warunek</translation>
    </message>
    <message>
        <source>Field or event</source>
        <translation>Pole lub zdarzenie</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Porównanie</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wartość</translation>
    </message>
    <message>
        <source>value; for in: a, b, c</source>
        <translation>wartość; dla in: a, b, c</translation>
    </message>
    <message>
        <source>Group or campaign</source>
        <translation>Grupa lub kampania</translation>
    </message>
    <message>
        <source>ever</source>
        <translation>kiedykolwiek</translation>
    </message>
    <message>
        <source>in the last </source>
        <translation>w ostatnich </translation>
    </message>
    <message>
        <source> days</source>
        <translation> dniach</translation>
    </message>
    <message>
        <source>In the last days</source>
        <translation>W ostatnich dniach</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Usuń ten warunek</translation>
    </message>
    <message>
        <source>did</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>did not</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>is</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>any campaign</source>
        <translation>dowolna kampania</translation>
    </message>
    <message>
        <source>This rule uses brackets, not, mixes and with or, or names a group or campaign the lists do not have: edit it as text above, or start the rows again with Add condition.</source>
        <translation>Ta reguła używa nawiasów lub not, łączy and z or albo wymienia grupę lub kampanię, której nie ma na listach: edytuj ją jako tekst powyżej lub zacznij wiersze od nowa przez Dodaj warunek.</translation>
    </message>
</context>
<context>
    <name>cm::SandboxProvider</name>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>Built-in simulator: sends nothing, simulates delivery, opens, clicks, bounces and unsubscribes over time. Use it to try Campaign Manager and to rehearse a campaign.</source>
        <translation>Wbudowany symulator: niczego nie wysyła, symuluje w czasie doręczenia, otwarcia, kliknięcia, odbicia i wypisania. Użyj go, aby wypróbować Campaign Managera i przećwiczyć kampanię.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Klucz API</translation>
    </message>
    <message>
        <source>Any text. The sandbox refuses the key “invalid”, to show what a wrong key looks like.</source>
        <translation>Dowolny tekst. Sandbox odrzuca klucz „invalid”, aby pokazać, jak wygląda błędny klucz.</translation>
    </message>
    <message>
        <source>Sandbox account: nothing is sent; delivery and engagement are simulated.</source>
        <translation>Konto Sandbox: nic nie jest wysyłane; doręczenia i zaangażowanie są symulowane.</translation>
    </message>
</context>
<context>
    <name>cm::SegmentRule</name>
    <message>
        <source>a condition, such as country = ES</source>
        <translation>warunek, np. country = ES</translation>
    </message>
    <message>
        <source>and, or, or the end of the rule</source>
        <translation>and, or albo koniec reguły</translation>
    </message>
    <message>
        <source>At %1: a text in quotes is not closed; add %2 at its end.</source>
        <translation>W miejscu %1: tekst w cudzysłowie nie jest zamknięty; dodaj %2 na jego końcu.</translation>
    </message>
    <message>
        <source>At %1: “%2” is not understood; compare with =, !=, &lt;, &gt;, contains, starts with, is empty or in (…).</source>
        <translation>W miejscu %1: „%2” nie jest zrozumiałe; porównuj za pomocą =, !=, &lt;, &gt;, contains, starts with, is empty lub in (…).</translation>
    </message>
    <message>
        <source>the end of the rule</source>
        <translation>koniec reguły</translation>
    </message>
    <message>
        <source>At %1: expected %2, found %3.</source>
        <translation>W miejscu %1: oczekiwano %2, znaleziono %3.</translation>
    </message>
    <message>
        <source>At %1: %2</source>
        <translation>W miejscu %1: %2</translation>
    </message>
    <message>
        <source>“)” to close the bracket</source>
        <translation>„)” zamykający nawias</translation>
    </message>
    <message>
        <source>a value after “%1” (a number, a word or a text in quotes)</source>
        <translation>wartość po „%1” (liczba, słowo lub tekst w cudzysłowie)</translation>
    </message>
    <message>
        <source>a field, group, suppressed, or what contacts did (opened, clicked…)</source>
        <translation>pole, group, suppressed lub to, co zrobiły kontakty (opened, clicked…)</translation>
    </message>
    <message>
        <source>“%1” is not a field name: use letters, digits and _, as in first_name.</source>
        <translation>„%1” nie jest nazwą pola: używaj liter, cyfr i _, jak w first_name.</translation>
    </message>
    <message>
        <source>“empty” after “%1”</source>
        <translation>„empty” po „%1”</translation>
    </message>
    <message>
        <source>=, !=, &lt;, &lt;=, &gt;, &gt;=, contains, starts with, in (…) or is empty after “%1”</source>
        <translation>=, !=, &lt;, &lt;=, &gt;, &gt;=, contains, starts with, in (…) lub is empty po „%1”</translation>
    </message>
    <message>
        <source>“(” and a list of values after “in”</source>
        <translation>„(” i lista wartości po „in”</translation>
    </message>
    <message>
        <source>“,” and another value, or “)” to end the list</source>
        <translation>„,” i kolejna wartość albo „)” kończący listę</translation>
    </message>
    <message>
        <source>there is no group “%1”.</source>
        <translation>nie ma grupy „%1”.</translation>
    </message>
    <message>
        <source>there is no campaign “%1”.</source>
        <translation>nie ma kampanii „%1”.</translation>
    </message>
    <message>
        <source>a number of days after “in last”</source>
        <translation>liczba dni po „in last”</translation>
    </message>
    <message>
        <source>“days” after the number</source>
        <translation>„days” po liczbie</translation>
    </message>
    <message>
        <source>= or != and a group&apos;s name after “group”</source>
        <translation>= lub != i nazwa grupy po „group”</translation>
    </message>
</context>
<context>
    <name>cm::SegmentStore</name>
    <message>
        <source>A segment needs a name.</source>
        <translation>Segment musi mieć nazwę.</translation>
    </message>
    <message>
        <source>The rule of “%1” has a mistake. %2</source>
        <translation>Reguła „%1” zawiera błąd. %2</translation>
    </message>
    <message>
        <source>There is already a segment named “%1”; choose another name.</source>
        <translation>Segment o nazwie „%1” już istnieje; wybierz inną nazwę.</translation>
    </message>
    <message>
        <source>save the segment “%1”</source>
        <translation>zapisać segment „%1”</translation>
    </message>
    <message>
        <source>There is no such segment.</source>
        <translation>Nie ma takiego segmentu.</translation>
    </message>
    <message>
        <source>“%1” is the audience of %2, not sent yet: change their audience first.</source>
        <translation>„%1” jest odbiorcami kampanii %2, jeszcze niewysłanych: najpierw zmień ich odbiorców.</translation>
    </message>
    <message>
        <source>delete the segment “%1”</source>
        <translation>usunąć segment „%1”</translation>
    </message>
</context>
<context>
    <name>cm::SegmentsDialog</name>
    <message>
        <source>Segments</source>
        <translation>Segmenty</translation>
    </message>
    <message>
        <source>A segment is a rule over all your contacts, such as &lt;code&gt;country = ES and not opened &quot;March newsletter&quot;&lt;/code&gt;. Campaigns can be sent to it beside groups; it holds whoever matches when the send starts.</source>
        <translation>Segment to reguła dla wszystkich kontaktów, np. &lt;code&gt;country = ES and not opened &quot;March newsletter&quot;&lt;/code&gt;. Kampanie można wysyłać do niego obok grup; obejmuje każdego, kto spełnia regułę w chwili rozpoczęcia wysyłki.</translation>
    </message>
    <message>
        <source>Spanish customers</source>
        <translation>Klienci z Hiszpanii</translation>
    </message>
    <message>
        <source>country = ES and opened any campaign in last 90 days</source>
        <translation>country = ES and opened any campaign in last 90 days</translation>
    </message>
    <message>
        <source>Fields (email, phone, first_name, last_name, city, country, or a custom field) with =, !=, &lt;, &gt;, contains, starts with, in (…), is empty; group = NAME; suppressed; sent, delivered, opened, clicked, bounced, failed, unsubscribed &quot;Campaign&quot; or any campaign, in last N days; joined with and, or, not and brackets.</source>
        <translation>Pola (email, phone, first_name, last_name, city, country lub pole własne) z =, !=, &lt;, &gt;, contains, starts with, in (…), is empty; group = NAZWA; suppressed; sent, delivered, opened, clicked, bounced, failed, unsubscribed &quot;Kampania&quot; lub any campaign, in last N days; łączone za pomocą and, or, not i nawiasów.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>The first contacts that match</source>
        <translation>Pierwsze pasujące kontakty</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation>&amp;Reguła:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nowy</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Usuń…</translation>
    </message>
    <message>
        <source>&amp;Copy into a new group</source>
        <translation>&amp;Kopiuj do nowej grupy</translation>
    </message>
    <message>
        <source>A group holding the contacts that match now, for a provider or to keep as they are.</source>
        <translation>Grupa z kontaktami, które pasują teraz, dla dostawcy lub do zachowania w obecnym stanie.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Write a rule to see who it holds.</source>
        <translation>Wpisz regułę, aby zobaczyć, kogo obejmuje.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Liczenie…</translation>
    </message>
    <message>
        <source>The contacts cannot be counted: %1</source>
        <translation>Nie można policzyć kontaktów: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) match now.</source>
        <translation>
            <numerusform>Pasuje teraz %n kontakt.</numerusform>
            <numerusform>Pasują teraz %n kontakty.</numerusform>
            <numerusform>Pasuje teraz %n kontaktów.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n:</source>
        <translation>
            <numerusform>Pierwszy:</numerusform>
            <numerusform>Pierwsze %n:</numerusform>
            <numerusform>Pierwszych %n:</numerusform>
        </translation>
    </message>
    <message>
        <source>Segment “%1” saved.</source>
        <translation>Zapisano segment „%1”.</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>Usuń segment</translation>
    </message>
    <message>
        <source>Delete the segment “%1”? Its contacts stay where they are.</source>
        <translation>Usunąć segment „%1”? Jego kontakty zostaną na swoich miejscach.</translation>
    </message>
    <message>
        <source>Segment “%1” deleted.</source>
        <translation>Usunięto segment „%1”.</translation>
    </message>
    <message numerus="yes">
        <source>Group “%1” made with %n contact(s).</source>
        <translation>
            <numerusform>Utworzono grupę „%1” z %n kontaktem.</numerusform>
            <numerusform>Utworzono grupę „%1” z %n kontaktami.</numerusform>
            <numerusform>Utworzono grupę „%1” z %n kontaktami.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Eksportuj…</translation>
    </message>
    <message>
        <source>Export the segment</source>
        <translation>Eksportuj segment</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV dla Excela (*.csv);;Skoroszyt Excela (*.xlsx)</translation>
    </message>
    <message>
        <source>Conditions:</source>
        <translation>Warunki:</translation>
    </message>
</context>
<context>
    <name>cm::SendLease</name>
    <message>
        <source>%1 on %2 (process %3), since %4, last seen %5</source>
        <translation>%1 na %2 (proces %3), od %4, ostatnio widziany o %5</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>inny program</translation>
    </message>
</context>
<context>
    <name>cm::SendParts</name>
    <message>
        <source>Its request got no clear answer, so it may have been sent: check at the provider before sending it again. %1</source>
        <translation>Jego żądanie nie dostało jasnej odpowiedzi, więc mogło zostać wysłane: sprawdź u dostawcy, zanim wyślesz ponownie. %1</translation>
    </message>
    <message>
        <source>Not sent: an earlier request of the batch got no clear answer, so the rest were held back.</source>
        <translation>Nie wysłano: wcześniejsze żądanie partii nie dostało jasnej odpowiedzi, więc resztę wstrzymano.</translation>
    </message>
    <message>
        <source>Not sent: the provider refused an earlier request of the batch. %1</source>
        <translation>Nie wysłano: dostawca odrzucił wcześniejsze żądanie partii. %1</translation>
    </message>
    <message>
        <source>The send stopped while this was with the provider; it may have been sent.</source>
        <translation>Wysyłka zatrzymała się, gdy to było u dostawcy; mogło zostać wysłane.</translation>
    </message>
    <message>
        <source>Not sent: the send stopped before this request.</source>
        <translation>Nie wysłano: wysyłka zatrzymała się przed tym żądaniem.</translation>
    </message>
</context>
<context>
    <name>cm::SeriesDialog</name>
    <message>
        <source>Joining the group</source>
        <translation>Dołączający do grupy</translation>
    </message>
    <message>
        <source>Matching the segment</source>
        <translation>Pasujący do segmentu</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>Nie wcześniej niż</translation>
    </message>
    <message>
        <source>Only contacts added after the series starts</source>
        <translation>Tylko kontakty dodane po uruchomieniu serii</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Przesuń w górę</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Przesuń w dół</translation>
    </message>
    <message>
        <source>Edit series “%1”</source>
        <translation>Edytuj serię „%1”</translation>
    </message>
    <message>
        <source>New series</source>
        <translation>Nowa seria</translation>
    </message>
    <message>
        <source>Welcome series</source>
        <translation>Seria powitalna</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Entry group</source>
        <translation>Grupa wejściowa</translation>
    </message>
    <message>
        <source>Entry segment</source>
        <translation>Segment wejściowy</translation>
    </message>
    <message>
        <source>Otherwise the contacts already in the group (or matching the segment) enter too when the series starts.</source>
        <translation>W przeciwnym razie kontakty już będące w grupie (lub pasujące do segmentu) też wchodzą po uruchomieniu serii.</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Strefa czasowa</translation>
    </message>
    <message>
        <source>My time zone (%1)</source>
        <translation>Moja strefa czasowa (%1)</translation>
    </message>
    <message>
        <source>The steps&apos; times of day and quiet hours are in this zone.</source>
        <translation>Pory dnia i godziny ciszy kroków są w tej strefie.</translation>
    </message>
    <message>
        <source>Contacts enter from</source>
        <translation>Kontakty wchodzą od</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Krok</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Szablon</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Kroki</translation>
    </message>
    <message>
        <source>Add step…</source>
        <translation>Dodaj krok…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nazwa:</translation>
    </message>
    <message>
        <source>Contacts enter:</source>
        <translation>Kontakty wchodzą:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Strefa czasowa:</translation>
    </message>
    <message>
        <source>“%1” has started: its steps can be edited and added, and steps nobody reached removed from the end. Contacts waiting for an edited step get the new version.</source>
        <translation>„%1” została uruchomiona: jej kroki można edytować i dodawać, a kroki, do których nikt nie dotarł, usuwać od końca. Kontakty czekające na edytowany krok dostaną nową wersję.</translation>
    </message>
    <message>
        <source>That start time does not exist in the time zone.</source>
        <translation>Ta godzina rozpoczęcia nie istnieje w tej strefie czasowej.</translation>
    </message>
    <message>
        <source>Change a running series</source>
        <translation>Zmień działającą serię</translation>
    </message>
    <message>
        <source>Saving changes “%1” for the contacts in it:

%2</source>
        <translation>Zapisanie zmienia „%1” dla kontaktów w niej:

%2</translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation>Zapisz zmiany</translation>
    </message>
</context>
<context>
    <name>cm::SeriesFile</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Wiersz %1: %2</translation>
    </message>
    <message>
        <source>always</source>
        <translation>zawsze</translation>
    </message>
    <message>
        <source>if the previous message was opened</source>
        <translation>jeśli poprzednia wiadomość została otwarta</translation>
    </message>
    <message>
        <source>if the previous message was not opened</source>
        <translation>jeśli poprzednia wiadomość nie została otwarta</translation>
    </message>
    <message>
        <source>if a link of the previous message was clicked</source>
        <translation>jeśli kliknięto link z poprzedniej wiadomości</translation>
    </message>
    <message>
        <source>if no link of the previous message was clicked</source>
        <translation>jeśli nie kliknięto żadnego linku z poprzedniej wiadomości</translation>
    </message>
    <message>
        <source>if the previous message was delivered</source>
        <translation>jeśli poprzednia wiadomość została dostarczona</translation>
    </message>
    <message>
        <source>if the previous message was not delivered</source>
        <translation>jeśli poprzednia wiadomość nie została dostarczona</translation>
    </message>
    <message>
        <source>if the previous message failed</source>
        <translation>jeśli poprzednia wiadomość się nie powiodła</translation>
    </message>
    <message>
        <source>if opened</source>
        <translation>jeśli otwarta</translation>
    </message>
    <message>
        <source>if not opened</source>
        <translation>jeśli nieotwarta</translation>
    </message>
    <message>
        <source>if clicked</source>
        <translation>jeśli kliknięta</translation>
    </message>
    <message>
        <source>if not clicked</source>
        <translation>jeśli niekliknięta</translation>
    </message>
    <message>
        <source>if delivered</source>
        <translation>jeśli dostarczona</translation>
    </message>
    <message>
        <source>if not delivered</source>
        <translation>jeśli niedostarczona</translation>
    </message>
    <message>
        <source>if it failed</source>
        <translation>jeśli się nie powiodła</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Szkic</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Działa</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Wstrzymana</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Zatrzymana</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Krok %1</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>od razu</translation>
    </message>
    <message>
        <source>right after the previous step</source>
        <translation>zaraz po poprzednim kroku</translation>
    </message>
    <message>
        <source>%1 after entry</source>
        <translation>%1 po wejściu</translation>
    </message>
    <message>
        <source>%1 after the previous step</source>
        <translation>%1 po poprzednim kroku</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>o %1</translation>
    </message>
    <message>
        <source>not %1–%2</source>
        <translation>nie %1–%2</translation>
    </message>
    <message>
        <source> (else leaves)</source>
        <translation> (inaczej odchodzi)</translation>
    </message>
    <message>
        <source> (else skipped)</source>
        <translation> (inaczej pominięty)</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>bez zwłoki</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n tydzień</numerusform>
            <numerusform>%n tygodnie</numerusform>
            <numerusform>%n tygodni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dzień</numerusform>
            <numerusform>%n dni</numerusform>
            <numerusform>%n dni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n godzina</numerusform>
            <numerusform>%n godziny</numerusform>
            <numerusform>%n godzin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuta</numerusform>
            <numerusform>%n minuty</numerusform>
            <numerusform>%n minut</numerusform>
        </translation>
    </message>
    <message>
        <source>write “key: value” or “[step] NAME”, not “%1”.</source>
        <translation>napisz „klucz: wartość” albo „[step] NAZWA”, nie „%1”.</translation>
    </message>
    <message>
        <source>write “entry: group NAME” or “entry: segment NAME”.</source>
        <translation>napisz „entry: group NAZWA” albo „entry: segment NAZWA”.</translation>
    </message>
    <message>
        <source>write “only-new: yes” or “only-new: no”.</source>
        <translation>napisz „only-new: yes” albo „only-new: no”.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone; write one like Europe/Madrid.</source>
        <translation>„%1” nie jest strefą czasową; napisz np. Europe/Warsaw.</translation>
    </message>
    <message>
        <source>“%1” is not a setting of a series; write entry, start, only-new or zone, then the steps, each from a “[step] NAME” line.</source>
        <translation>„%1” nie jest ustawieniem serii; napisz entry, start, only-new lub zone, a potem kroki, każdy od wiersza „[step] NAZWA”.</translation>
    </message>
    <message>
        <source>“%1” is not a delay; write one like 0, 30m, 2h, 2d or 1w 2d, perhaps followed by “from entry”.</source>
        <translation>„%1” nie jest opóźnieniem; napisz np. 0, 30m, 2h, 2d albo 1w 2d, ewentualnie z „from entry”.</translation>
    </message>
    <message>
        <source>“%1” is not a time of day; write one like 09:30.</source>
        <translation>„%1” nie jest porą dnia; napisz np. 09:30.</translation>
    </message>
    <message>
        <source>“%1” are not quiet hours; write them like 21:00-08:00.</source>
        <translation>„%1” to nie godziny ciszy; napisz je np. 21:00-08:00.</translation>
    </message>
    <message>
        <source>“%1” is not a condition; write opened, not opened, clicked, not clicked, delivered, not delivered or failed.</source>
        <translation>„%1” nie jest warunkiem; napisz opened, not opened, clicked, not clicked, delivered, not delivered lub failed.</translation>
    </message>
    <message>
        <source>write “otherwise: skip” or “otherwise: leave”.</source>
        <translation>napisz „otherwise: skip” albo „otherwise: leave”.</translation>
    </message>
    <message>
        <source>“%1” is not a setting of a step; write template, account, sender, after, at, quiet, if or otherwise.</source>
        <translation>„%1” nie jest ustawieniem kroku; napisz template, account, sender, after, at, quiet, if lub otherwise.</translation>
    </message>
    <message>
        <source>say who enters the series, with “entry: group NAME” or “entry: segment NAME”.</source>
        <translation>powiedz, kto wchodzi do serii, przez „entry: group NAZWA” albo „entry: segment NAZWA”.</translation>
    </message>
    <message>
        <source>a series needs at least one step, from a “[step] NAME” line.</source>
        <translation>seria potrzebuje co najmniej jednego kroku, od wiersza „[step] NAZWA”.</translation>
    </message>
    <message>
        <source>the step needs a “template:” and an “account:” line.</source>
        <translation>krok potrzebuje wiersza „template:” i „account:”.</translation>
    </message>
    <message>
        <source>the first step has no previous message for “if:” to look at.</source>
        <translation>pierwszy krok nie ma poprzedniej wiadomości, na którą mogłoby patrzeć „if:”.</translation>
    </message>
    <message>
        <source>no longer in the workspace</source>
        <translation>nie ma go już w obszarze roboczym</translation>
    </message>
    <message>
        <source>left the group</source>
        <translation>opuścił grupę</translation>
    </message>
    <message>
        <source>on the suppression list</source>
        <translation>na liście wykluczeń</translation>
    </message>
    <message>
        <source>the series was stopped</source>
        <translation>seria została zatrzymana</translation>
    </message>
    <message>
        <source>no address for %1</source>
        <translation>brak adresu dla %1</translation>
    </message>
    <message>
        <source>another contact with the same address had it</source>
        <translation>dostał go już inny kontakt z tym samym adresem</translation>
    </message>
</context>
<context>
    <name>cm::SeriesModel</name>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Wejście</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Kroki</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Czekający</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Ukończeni</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Odeszli</translation>
    </message>
</context>
<context>
    <name>cm::SeriesPane</name>
    <message>
        <source>Steps and their reports</source>
        <translation>Kroki i ich raporty</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Krok</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Co się stało</translation>
    </message>
    <message>
        <source>The message now</source>
        <translation>Wiadomość teraz</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Oś czasu</translation>
    </message>
    <message>
        <source>A contact&apos;s email address or phone number</source>
        <translation>Adres e-mail lub numer telefonu kontaktu</translation>
    </message>
    <message>
        <source>Contact for the timeline</source>
        <translation>Kontakt do osi czasu</translation>
    </message>
    <message>
        <source>Show timeline</source>
        <translation>Pokaż oś czasu</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Kroki</translation>
    </message>
    <message>
        <source>A contact&apos;s way through it</source>
        <translation>Droga kontaktu przez serię</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>No series yet.
A series sends messages by itself: a welcome email when someone joins a group, an SMS two days later to those who did not open it, and so on.</source>
        <translation>Nie ma jeszcze serii.
Seria wysyła wiadomości sama: e-mail powitalny, gdy ktoś dołącza do grupy, SMS dwa dni później do tych, którzy go nie otworzyli, i tak dalej.</translation>
    </message>
    <message>
        <source>New series…</source>
        <translation>Nowa seria…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Usuń…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Uruchom</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Wstrzymaj</translation>
    </message>
    <message>
        <source>Stop…</source>
        <translation>Zatrzymaj…</translation>
    </message>
    <message>
        <source>Send what is due now</source>
        <translation>Wyślij teraz to, co należne</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Otwórz plik…</translation>
    </message>
    <message>
        <source>Open a series file</source>
        <translation>Otwórz plik serii</translation>
    </message>
    <message>
        <source>Series (*.series *.txt);;All files (*)</source>
        <translation>Serie (*.series *.txt);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Save as file…</source>
        <translation>Zapisz jako plik…</translation>
    </message>
    <message>
        <source>Save the series as a file</source>
        <translation>Zapisz serię jako plik</translation>
    </message>
    <message>
        <source>Series (*.series)</source>
        <translation>Serie (*.series)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Wznów</translation>
    </message>
    <message>
        <source>contacts matching the segment “%1”</source>
        <translation>kontakty pasujące do segmentu „%1”</translation>
    </message>
    <message>
        <source>contacts joining the group “%1”</source>
        <translation>kontakty dołączające do grupy „%1”</translation>
    </message>
    <message>
        <source> (only those added after it starts)</source>
        <translation> (tylko dodane po uruchomieniu)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 waiting, %4 finished, %5 left</source>
        <translation>%1 · %2 · %3 czeka, %4 ukończyło, %5 odeszło</translation>
    </message>
    <message>
        <source>A draft: start it to let contacts in.</source>
        <translation>Szkic: uruchom ją, by wpuścić kontakty.</translation>
    </message>
    <message>
        <source>Before it can start: %1</source>
        <translation>Zanim będzie mogła ruszyć: %1</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Szablon</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Czekający</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Wysłane</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Pominięte</translation>
    </message>
    <message>
        <source>Left here</source>
        <translation>Odeszli tutaj</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Dostarczone</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Otwarte</translation>
    </message>
    <message>
        <source>Clicked</source>
        <translation>Kliknięte</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Nieudane</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Nieznane</translation>
    </message>
    <message>
        <source>%1 through %2</source>
        <translation>%1 przez %2</translation>
    </message>
    <message>
        <source>“%1” is not in this series.</source>
        <translation>„%1” nie jest w tej serii.</translation>
    </message>
    <message>
        <source>Waits for %1, due %2.</source>
        <translation>Czeka na %1, termin %2.</translation>
    </message>
    <message>
        <source>Finished the series.</source>
        <translation>Ukończył serię.</translation>
    </message>
    <message>
        <source>Left the series: %1.</source>
        <translation>Opuścił serię: %1.</translation>
    </message>
    <message>
        <source>Entered %1. %2</source>
        <translation>Wszedł %1. %2</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>wysłano</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>pominięto: %1</translation>
    </message>
    <message>
        <source>left the series: %1</source>
        <translation>opuścił serię: %1</translation>
    </message>
    <message>
        <source>being sent</source>
        <translation>w trakcie wysyłki</translation>
    </message>
    <message>
        <source>, opened</source>
        <translation>, otwarta</translation>
    </message>
    <message>
        <source>, clicked</source>
        <translation>, kliknięta</translation>
    </message>
    <message>
        <source>“%1” resumed: what fell due while it was paused goes now.</source>
        <translation>„%1” wznowiona: to, co przypadło w czasie wstrzymania, idzie teraz.</translation>
    </message>
    <message>
        <source>“%1” started: contacts enter and its steps go as they fall due.</source>
        <translation>„%1” uruchomiona: kontakty wchodzą, a kroki idą, gdy przyjdzie ich pora.</translation>
    </message>
    <message>
        <source>Paused: nothing of it is sent until it resumes.</source>
        <translation>Wstrzymana: nic z niej nie zostanie wysłane do wznowienia.</translation>
    </message>
    <message>
        <source>Stop series</source>
        <translation>Zatrzymaj serię</translation>
    </message>
    <message numerus="yes">
        <source>Stop “%1”? The %n contact(s) waiting leave it, nobody else enters, and it cannot be started again. Its reports stay.</source>
        <translation>
            <numerusform>Zatrzymać „%1”? %n czekający kontakt odchodzi, nikt więcej nie wchodzi i nie da się jej ponownie uruchomić. Jej raporty zostają.</numerusform>
            <numerusform>Zatrzymać „%1”? %n czekające kontakty odchodzą, nikt więcej nie wchodzi i nie da się jej ponownie uruchomić. Jej raporty zostają.</numerusform>
            <numerusform>Zatrzymać „%1”? %n czekających kontaktów odchodzi, nikt więcej nie wchodzi i nie da się jej ponownie uruchomić. Jej raporty zostają.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete series</source>
        <translation>Usuń serię</translation>
    </message>
    <message>
        <source>Delete the series “%1”?</source>
        <translation>Usunąć serię „%1”?</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Nie można odczytać „%1”: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be read as a series. %2</source>
        <translation>„%1” nie daje się odczytać jako seria. %2</translation>
    </message>
    <message>
        <source>Series “%1” read from the file, as a draft: check it, then start it.</source>
        <translation>Seria „%1” odczytana z pliku jako szkic: sprawdź ją, a potem uruchom.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Nie można zapisać „%1”: %2</translation>
    </message>
    <message>
        <source>Series written to “%1”.</source>
        <translation>Seria zapisana do „%1”.</translation>
    </message>
    <message>
        <source>Resolve unknown…</source>
        <translation>Rozstrzygnij nieznane…</translation>
    </message>
    <message>
        <source>Resolve unknown messages</source>
        <translation>Rozstrzygnij nieznane wiadomości</translation>
    </message>
    <message>
        <source>The provider may or may not have these messages of the series: the answer to their request was lost. Check in the provider&apos;s own panel, then say what happened. Messages that were not sent are sent again.</source>
        <translation>Dostawca może mieć te wiadomości serii albo nie: odpowiedź na ich żądanie zginęła. Sprawdź w panelu dostawcy, a potem powiedz, co się stało. Wiadomości, które nie zostały wysłane, pójdą ponownie.</translation>
    </message>
    <message>
        <source>Ask the provider</source>
        <translation>Zapytaj dostawcę</translation>
    </message>
    <message>
        <source>They were sent</source>
        <translation>Zostały wysłane</translation>
    </message>
    <message>
        <source>They were not sent</source>
        <translation>Nie zostały wysłane</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Odbity</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Wypisanie</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) recorded as sent.</source>
        <translation>
            <numerusform>%n wiadomość zapisana jako wysłana.</numerusform>
            <numerusform>%n wiadomości zapisane jako wysłane.</numerusform>
            <numerusform>%n wiadomości zapisanych jako wysłane.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) recorded as not sent, and sent again.</source>
        <translation>
            <numerusform>%n wiadomość zapisana jako niewysłana i wysłana ponownie.</numerusform>
            <numerusform>%n wiadomości zapisane jako niewysłane i wysłane ponownie.</numerusform>
            <numerusform>%n wiadomości zapisanych jako niewysłane i wysłanych ponownie.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cm::SeriesService</name>
    <message>
        <source>The segment of “%1” cannot be evaluated: %2</source>
        <translation>Segmentu serii „%1” nie da się obliczyć: %2</translation>
    </message>
    <message>
        <source>it no longer exists.</source>
        <translation>już nie istnieje.</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n contact(s) entered.</source>
        <translation>
            <numerusform>„%1”: wszedł %n kontakt.</numerusform>
            <numerusform>„%1”: weszły %n kontakty.</numerusform>
            <numerusform>„%1”: weszło %n kontaktów.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent to %n</source>
        <translation>
            <numerusform>wysłano do %n</numerusform>
            <numerusform>wysłano do %n</numerusform>
            <numerusform>wysłano do %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped for %n</source>
        <translation>
            <numerusform>pominięto dla %n</numerusform>
            <numerusform>pominięto dla %n</numerusform>
            <numerusform>pominięto dla %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left the series</source>
        <translation>
            <numerusform>%n opuścił serię</numerusform>
            <numerusform>%n opuściło serię</numerusform>
            <numerusform>%n opuściło serię</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n contact(s) wait for a report that could not be refreshed; they go at the next run.</source>
        <translation>
            <numerusform>„%1”: %n kontakt czeka na raport, którego nie udało się odświeżyć; pójdzie przy następnym uruchomieniu.</numerusform>
            <numerusform>„%1”: %n kontakty czekają na raport, którego nie udało się odświeżyć; pójdą przy następnym uruchomieniu.</numerusform>
            <numerusform>„%1”: %n kontaktów czeka na raport, którego nie udało się odświeżyć; pójdą przy następnym uruchomieniu.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: choose a template.</source>
        <translation>%1: wybierz szablon.</translation>
    </message>
    <message>
        <source>%1: choose the account to send with.</source>
        <translation>%1: wybierz konto do wysyłki.</translation>
    </message>
    <message>
        <source>%1: %2 cannot send %3; choose another account.</source>
        <translation>%1: %2 nie może wysyłać %3; wybierz inne konto.</translation>
    </message>
    <message>
        <source>There is no group named “%1”.</source>
        <translation>Nie ma grupy o nazwie „%1”.</translation>
    </message>
    <message>
        <source>There is no segment named “%1”.</source>
        <translation>Nie ma segmentu o nazwie „%1”.</translation>
    </message>
    <message>
        <source>The start “%1” does not read: %2</source>
        <translation>Początku „%1” nie da się odczytać: %2</translation>
    </message>
    <message>
        <source>there is no template named “%1”.</source>
        <translation>nie ma szablonu o nazwie „%1”.</translation>
    </message>
    <message>
        <source>there is no account named “%1”.</source>
        <translation>nie ma konta o nazwie „%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is removed: %n contact(s) waiting for it finish the series there.</source>
        <translation>
            <numerusform>%1 zostaje usunięty: %n czekający na niego kontakt kończy tam serię.</numerusform>
            <numerusform>%1 zostaje usunięty: %n czekające na niego kontakty kończą tam serię.</numerusform>
            <numerusform>%1 zostaje usunięty: %n czekających na niego kontaktów kończy tam serię.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 changes: %n contact(s) waiting for it get the new version</source>
        <translation>
            <numerusform>%1 się zmienia: %n czekający na niego kontakt dostaje nową wersję</numerusform>
            <numerusform>%1 się zmienia: %n czekające na niego kontakty dostają nową wersję</numerusform>
            <numerusform>%1 się zmienia: %n czekających na niego kontaktów dostaje nową wersję</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n who already had it are not affected.</source>
        <translation>
            <numerusform>; %n, który już go dostał, nie jest objęty zmianą.</numerusform>
            <numerusform>; %n, którzy już go dostali, nie są objęci zmianą.</numerusform>
            <numerusform>; %n, którzy już go dostali, nie jest objętych zmianą.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is added: contacts who reach it get it; the %n who finished the series already do not.</source>
        <translation>
            <numerusform>%1 zostaje dodany: dostaną go kontakty, które do niego dotrą; %n, który już ukończył serię, nie.</numerusform>
            <numerusform>%1 zostaje dodany: dostaną go kontakty, które do niego dotrą; %n, które już ukończyły serię, nie.</numerusform>
            <numerusform>%1 zostaje dodany: dostaną go kontakty, które do niego dotrą; %n, które już ukończyły serię, nie.</numerusform>
        </translation>
    </message>
    <message>
        <source>That series no longer exists.</source>
        <translation>Ta seria już nie istnieje.</translation>
    </message>
    <message>
        <source>“%1” is %2; only a draft starts.</source>
        <translation>„%1” jest w stanie: %2; uruchomić można tylko szkic.</translation>
    </message>
    <message>
        <source>“%1” cannot start yet. %2</source>
        <translation>„%1” nie może jeszcze ruszyć. %2</translation>
    </message>
    <message>
        <source>“%1” is not running.</source>
        <translation>„%1” nie działa.</translation>
    </message>
    <message>
        <source>“%1” is not paused.</source>
        <translation>„%1” nie jest wstrzymana.</translation>
    </message>
    <message>
        <source>“%1” cannot resume yet. %2</source>
        <translation>„%1” nie może jeszcze zostać wznowiona. %2</translation>
    </message>
    <message>
        <source>“%1” is stopped already.</source>
        <translation>„%1” jest już zatrzymana.</translation>
    </message>
    <message>
        <source>Running the series</source>
        <translation>Uruchamianie serii</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Anulowano.</translation>
    </message>
    <message>
        <source>No series step is due.</source>
        <translation>Żaden krok serii nie jest należny.</translation>
    </message>
    <message>
        <source>“%1” waits: %2</source>
        <translation>„%1” czeka: %2</translation>
    </message>
    <message>
        <source>“%1”, %2: %3.</source>
        <translation>„%1”, %2: %3.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n contact(s) wait until their previous message has gone, for their condition to read it.</source>
        <translation>
            <numerusform>„%1”: %n kontakt czeka, aż pójdzie jego poprzednia wiadomość, by warunek mógł ją odczytać.</numerusform>
            <numerusform>„%1”: %n kontakty czekają, aż pójdzie ich poprzednia wiadomość, by warunek mógł ją odczytać.</numerusform>
            <numerusform>„%1”: %n kontaktów czeka, aż pójdzie ich poprzednia wiadomość, by warunek mógł ją odczytać.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The steps of “%1” keep their places once it has started: edit a step where it is rather than move it, or those waiting for it would get another step&apos;s message.</source>
        <translation>Kroki „%1” po uruchomieniu zostają na swoich miejscach: edytuj krok tam, gdzie jest, zamiast go przenosić, bo czekający na niego dostaliby wiadomość innego kroku.</translation>
    </message>
    <message>
        <source>“%1” is stopped, but some of its steps&apos; sends could not be cancelled: %2</source>
        <translation>„%1” została zatrzymana, ale niektórych wysyłek jej kroków nie udało się anulować: %2</translation>
    </message>
</context>
<context>
    <name>cm::SeriesStore</name>
    <message>
        <source>A series needs a name.</source>
        <translation>Seria potrzebuje nazwy.</translation>
    </message>
    <message>
        <source>Choose who enters “%1”: a group&apos;s contacts or a segment&apos;s.</source>
        <translation>Wybierz, kto wchodzi do „%1”: kontakty grupy albo segmentu.</translation>
    </message>
    <message>
        <source>“%1” needs at least one step.</source>
        <translation>„%1” potrzebuje co najmniej jednego kroku.</translation>
    </message>
    <message>
        <source>The first step of “%1” has no previous message for its condition to look at.</source>
        <translation>Pierwszy krok „%1” nie ma poprzedniej wiadomości, na którą mógłby patrzeć jego warunek.</translation>
    </message>
    <message>
        <source>%1 of “%2” needs a template and an account.</source>
        <translation>%1 serii „%2” potrzebuje szablonu i konta.</translation>
    </message>
    <message>
        <source>There is already a series named “%1”; choose another name.</source>
        <translation>Seria o nazwie „%1” już istnieje; wybierz inną nazwę.</translation>
    </message>
    <message>
        <source>That series no longer exists.</source>
        <translation>Ta seria już nie istnieje.</translation>
    </message>
    <message>
        <source>save the series “%1”</source>
        <translation>zapisać serii „%1”</translation>
    </message>
    <message>
        <source>“%1” has started: its entry and time zone stay as they are; only its steps can change.</source>
        <translation>„%1” została uruchomiona: jej wejście i strefa czasowa pozostają bez zmian; zmieniać można tylko kroki.</translation>
    </message>
    <message>
        <source>save the steps of “%1”</source>
        <translation>zapisać kroków „%1”</translation>
    </message>
    <message>
        <source>Contacts have already reached the steps removed from “%1”; they stay. Edit them instead, or stop the series.</source>
        <translation>Kontakty dotarły już do kroków usuniętych z „%1”; zostają. Edytuj je albo zatrzymaj serię.</translation>
    </message>
    <message>
        <source>change the series</source>
        <translation>zmienić serii</translation>
    </message>
    <message>
        <source>stop the series</source>
        <translation>zatrzymać serii</translation>
    </message>
    <message>
        <source>delete the series</source>
        <translation>usunąć serii</translation>
    </message>
    <message>
        <source>This series has sent messages; stop it instead, and its reports stay.</source>
        <translation>Ta seria wysłała już wiadomości; zatrzymaj ją zamiast tego, a jej raporty zostaną.</translation>
    </message>
    <message>
        <source>add contacts to the series “%1”</source>
        <translation>dodać kontaktów do serii „%1”</translation>
    </message>
    <message>
        <source>move a contact along the series</source>
        <translation>przesunąć kontaktu dalej w serii</translation>
    </message>
</context>
<context>
    <name>cm::SettingsStore</name>
    <message>
        <source>save the workspace setting “%1”</source>
        <translation>zapisać ustawienia obszaru roboczego „%1”</translation>
    </message>
    <message>
        <source>“%1” is not a region code: use two letters, such as TR, ES, PL or US.</source>
        <translation>„%1” nie jest kodem regionu: użyj dwóch liter, np. TR, ES, PL lub US.</translation>
    </message>
</context>
<context>
    <name>cm::SmtpProvider</name>
    <message>
        <source>The connection ended after the message went out, before the server answered: it may have it. (%1)</source>
        <translation>Połączenie zerwało się po wysłaniu wiadomości, zanim serwer odpowiedział: serwer może ją mieć. (%1)</translation>
    </message>
    <message>
        <source>The server refused it for now (%1): retry later. %2</source>
        <translation>Serwer na razie odmówił (%1): spróbuj ponownie później. %2</translation>
    </message>
    <message>
        <source>The server refused it (%1): %2</source>
        <translation>Serwer odmówił (%1): %2</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nie wysłano: %1</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>Serwer SMTP</translation>
    </message>
    <message>
        <source>Sends email through any mail server or relay (your company&apos;s, Amazon SES, Mailgun, Gmail): one message per recipient, with a text and an HTML version, several on one connection. Accepted by the server counts as sent; opens and clicks are not reported.</source>
        <translation>Wysyła e-maile przez dowolny serwer pocztowy lub przekaźnik (firmowy, Amazon SES, Mailgun, Gmail): jedna wiadomość na odbiorcę, z wersją tekstową i HTML, kilka w jednym połączeniu. Przyjęcie przez serwer liczy się jako wysłanie; otwarcia i kliknięcia nie są raportowane.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serwer</translation>
    </message>
    <message>
        <source>smtps://smtp.example.com:465 (TLS from the start) or smtp://smtp.example.com:587 (STARTTLS). Without encryption only to this computer.</source>
        <translation>smtps://smtp.example.com:465 (TLS od początku) lub smtp://smtp.example.com:587 (STARTTLS). Bez szyfrowania tylko do tego komputera.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Użytkownik</translation>
    </message>
    <message>
        <source>The login at the server; empty: the server takes mail without.</source>
        <translation>Login na serwerze; puste: serwer przyjmuje pocztę bez logowania.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>The password of that login (kept in the keychain).</source>
        <translation>Hasło tego loginu (przechowywane w pęku kluczy).</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>Adres nadawcy</translation>
    </message>
    <message>
        <source>The address the emails come from, unless the campaign gives one.</source>
        <translation>Adres, z którego wychodzą e-maile, o ile kampania nie poda innego.</translation>
    </message>
    <message>
        <source>From name</source>
        <translation>Nazwa nadawcy</translation>
    </message>
    <message>
        <source>The name shown beside it.</source>
        <translation>Nazwa wyświetlana obok adresu.</translation>
    </message>
    <message>
        <source>Example Shop</source>
        <translation>Przykładowy sklep</translation>
    </message>
    <message>
        <source>Messages per minute</source>
        <translation>Wiadomości na minutę</translation>
    </message>
    <message>
        <source>The relay&apos;s quota; empty: as fast as the server takes them.</source>
        <translation>Limit przekaźnika; puste: tak szybko, jak serwer przyjmuje.</translation>
    </message>
    <message>
        <source>Unsubscribe page</source>
        <translation>Strona wypisu</translation>
    </message>
    <message>
        <source>Where {{unsubscribe_url}} and the List-Unsubscribe header lead, with the recipient&apos;s address added.</source>
        <translation>Dokąd prowadzą {{unsubscribe_url}} i nagłówek List-Unsubscribe, z dodanym adresem odbiorcy.</translation>
    </message>
    <message>
        <source>Mailbox for bounces</source>
        <translation>Skrzynka na zwroty</translation>
    </message>
    <message>
        <source>Mailbox folder</source>
        <translation>Folder skrzynki</translation>
    </message>
    <message>
        <source>Mailbox user</source>
        <translation>Użytkownik skrzynki</translation>
    </message>
    <message>
        <source>Empty: the same user.</source>
        <translation>Puste: ten sam użytkownik.</translation>
    </message>
    <message>
        <source>Sending works, but the mailbox %1 cannot be read: %2</source>
        <translation>Wysyłanie działa, ale skrzynki %1 nie można odczytać: %2</translation>
    </message>
    <message>
        <source>Logged in to %1 (%2).</source>
        <translation>Zalogowano do %1 (%2).</translation>
    </message>
    <message>
        <source>Bounces and replies are read from %1.</source>
        <translation>Zwroty i odpowiedzi są czytane z %1.</translation>
    </message>
    <message>
        <source>An SMTP server sends email only.</source>
        <translation>Serwer SMTP wysyła tylko e-maile.</translation>
    </message>
    <message>
        <source>the mailbox %1 could not be read: %2</source>
        <translation>nie udało się odczytać skrzynki %1: %2</translation>
    </message>
    <message>
        <source>Not sent: the send was stopped.</source>
        <translation>Nie wysłano: wysyłka została zatrzymana.</translation>
    </message>
    <message>
        <source>Not sent: %1 refused the account or could not be reached (%2).</source>
        <translation>Nie wysłano: %1 odrzucił konto lub był nieosiągalny (%2).</translation>
    </message>
    <message>
        <source>Not sent: the connection to %1 was lost three times in a row.</source>
        <translation>Nie wysłano: połączenie z %1 zerwało się trzy razy z rzędu.</translation>
    </message>
    <message>
        <source>Give the account an unsubscribe page (where {{unsubscribe_url}} and the List-Unsubscribe header lead) and the relay&apos;s messages per minute. Bounces, complaints and replies are read from the mailbox for bounces, matched by the Message-ID each message went with.</source>
        <translation>Podaj w koncie stronę wypisu (dokąd prowadzą {{unsubscribe_url}} i nagłówek List-Unsubscribe) oraz liczbę wiadomości na minutę przekaźnika. Zwroty, skargi i odpowiedzi są czytane ze skrzynki na zwroty i dopasowywane po Message-ID każdej wiadomości.</translation>
    </message>
    <message>
        <source>STARTTLS where the server offers it</source>
        <translation>STARTTLS, jeśli serwer go oferuje</translation>
    </message>
    <message>
        <source>Messages per day</source>
        <translation>Wiadomości dziennie</translation>
    </message>
    <message>
        <source>The relay&apos;s daily quota: once it is used, the send pauses until midnight and then goes on by itself.</source>
        <translation>Dzienny limit przekaźnika: po jego wyczerpaniu wysyłka czeka do północy, a potem rusza sama.</translation>
    </message>
    <message>
        <source>Not sent: %1 refused five recipients in a row (%2).</source>
        <translation>Nie wysłano: %1 odrzucił pięciu odbiorców z rzędu (%2).</translation>
    </message>
    <message>
        <source>Mailbox password</source>
        <translation>Hasło skrzynki</translation>
    </message>
    <message>
        <source>The password of the mailbox for bounces, when it is not the same (kept in the keychain).</source>
        <translation>Hasło skrzynki na zwroty, jeśli jest inne (przechowywane w pęku kluczy).</translation>
    </message>
    <message>
        <source>imaps://imap.example.com:993, where bounces, complaints and replies arrive; empty: none are read. It logs in with the mailbox password, or the same one.</source>
        <translation>imaps://imap.example.com:993, dokąd trafiają zwroty, skargi i odpowiedzi; puste: nic nie jest czytane. Loguje się hasłem skrzynki lub tym samym hasłem.</translation>
    </message>
    <message>
        <source>the SMTP adapter cannot be loaded (%1); reinstall Campaign Manager</source>
        <translation>nie można wczytać adaptera SMTP (%1); zainstaluj Campaign Manager ponownie</translation>
    </message>
</context>
<context>
    <name>cm::StepDialog</name>
    <message>
        <source>At a time of day:</source>
        <translation>O porze dnia:</translation>
    </message>
    <message>
        <source>Not during quiet hours:</source>
        <translation>Nie w godzinach ciszy:</translation>
    </message>
    <message>
        <source>Edit step %1</source>
        <translation>Edytuj krok %1</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Nowy krok</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Krok %1</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Szablon</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>news@example.com for email; a sender name or number for SMS</source>
        <translation>news@example.com dla e-maili; nazwa lub numer nadawcy dla SMS-ów</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Opóźnienie</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minut</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>godzin</translation>
    </message>
    <message>
        <source>days</source>
        <translation>dni</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>tygodni</translation>
    </message>
    <message>
        <source>Unit of the delay</source>
        <translation>Jednostka opóźnienia</translation>
    </message>
    <message>
        <source>after the previous step</source>
        <translation>po poprzednim kroku</translation>
    </message>
    <message>
        <source>after the contact entered</source>
        <translation>po wejściu kontaktu</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Liczone od</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Pora dnia</translation>
    </message>
    <message>
        <source>In the series&apos; time zone (%1): once due, the step waits for the next such time.</source>
        <translation>W strefie czasowej serii (%1): gdy przyjdzie pora, krok czeka na najbliższą taką godzinę.</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>Twoja</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Godziny ciszy</translation>
    </message>
    <message>
        <source>Nothing of this step is sent between these times; what falls due then waits for their end.</source>
        <translation>Między tymi godzinami nic z tego kroku nie jest wysyłane; to, co wtedy przypada, czeka na ich koniec.</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Warunek</translation>
    </message>
    <message>
        <source>skip this step (the next one still comes)</source>
        <translation>pomiń ten krok (następny i tak przyjdzie)</translation>
    </message>
    <message>
        <source>leave the series</source>
        <translation>opuść serię</translation>
    </message>
    <message>
        <source>Otherwise</source>
        <translation>W przeciwnym razie</translation>
    </message>
    <message>
        <source>The first step has no previous message to look at.</source>
        <translation>Pierwszy krok nie ma poprzedniej wiadomości, na którą można patrzeć.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nazwa:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Szablon:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation>Nadawca:</translation>
    </message>
    <message>
        <source>Send:</source>
        <translation>Wyślij:</translation>
    </message>
    <message>
        <source>Only:</source>
        <translation>Tylko:</translation>
    </message>
    <message>
        <source>Otherwise:</source>
        <translation>W przeciwnym razie:</translation>
    </message>
    <message>
        <source>Write a template first (Templates); a step sends one.</source>
        <translation>Najpierw napisz szablon (Szablony); krok wysyła szablon.</translation>
    </message>
    <message>
        <source>Add an account first (Accounts); a step is sent through one.</source>
        <translation>Najpierw dodaj konto (Konta); krok jest wysyłany przez konto.</translation>
    </message>
    <message>
        <source>Write the quiet hours as two times, like 21:00–08:00.</source>
        <translation>Zapisz godziny ciszy jako dwie godziny, np. 21:00–08:00.</translation>
    </message>
    <message>
        <source>A step waits at most a year after the one before it.</source>
        <translation>Krok czeka najwyżej rok po poprzednim.</translation>
    </message>
</context>
<context>
    <name>cm::SuppressionDialog</name>
    <message>
        <source>Suppression list</source>
        <translation>Lista wykluczeń</translation>
    </message>
    <message>
        <source>No campaign reaches these addresses, in any group: opt-outs, blocks, bounces and complaints, per channel.</source>
        <translation>Żadna kampania nie dociera do tych adresów, w żadnej grupie: rezygnacje, blokady, odbicia i skargi, dla każdego kanału.</translation>
    </message>
    <message>
        <source>Search addresses and sources…</source>
        <translation>Szukaj adresów i źródeł…</translation>
    </message>
    <message>
        <source>name@example.com or +90 532 123 45 67</source>
        <translation>imie@przyklad.pl lub +48 501 234 567</translation>
    </message>
    <message>
        <source>A phone number written without a country code is read as this country&apos;s.</source>
        <translation>Numer telefonu zapisany bez kodu kraju jest odczytywany jako numer tego kraju.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Dodaj</translation>
    </message>
    <message>
        <source>Suppressed addresses</source>
        <translation>Wykluczone adresy</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Usuń…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importuj CSV…</translation>
    </message>
    <message>
        <source>Import the suppression list</source>
        <translation>Importuj listę wykluczeń</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Pliki CSV (*.csv *.txt);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Eksportuj CSV…</translation>
    </message>
    <message>
        <source>Export the suppression list</source>
        <translation>Eksportuj listę wykluczeń</translation>
    </message>
    <message>
        <source>suppression-list.csv</source>
        <translation>lista-wykluczen.csv</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV dla Excela (*.csv)</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>dodano ręcznie</translation>
    </message>
    <message>
        <source>%1 is on the suppression list now.</source>
        <translation>%1 jest teraz na liście wykluczeń.</translation>
    </message>
    <message>
        <source>%1 was on the suppression list already.</source>
        <translation>%1 był już na liście wykluczeń.</translation>
    </message>
    <message>
        <source>Select the addresses to remove first.</source>
        <translation>Najpierw zaznacz adresy do usunięcia.</translation>
    </message>
    <message>
        <source>Remove from the suppression list</source>
        <translation>Usuń z listy wykluczeń</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n address(es) from the suppression list? Campaigns will reach them again.</source>
        <translation>
            <numerusform>Usunąć %n adres z listy wykluczeń? Kampanie znów będą do niego docierać.</numerusform>
            <numerusform>Usunąć %n adresy z listy wykluczeń? Kampanie znów będą do nich docierać.</numerusform>
            <numerusform>Usunąć %n adresów z listy wykluczeń? Kampanie znów będą do nich docierać.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) removed from the suppression list.</source>
        <translation>
            <numerusform>Usunięto %n adres z listy wykluczeń.</numerusform>
            <numerusform>Usunięto %n adresy z listy wykluczeń.</numerusform>
            <numerusform>Usunięto %n adresów z listy wykluczeń.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more line(s) (campaignctl suppressions import --json lists them all).</source>
        <translation>
            <numerusform>… i jeszcze %n wiersz (campaignctl suppressions import --json wypisuje wszystkie).</numerusform>
            <numerusform>… i jeszcze %n wiersze (campaignctl suppressions import --json wypisuje wszystkie).</numerusform>
            <numerusform>… i jeszcze %n wierszy (campaignctl suppressions import --json wypisuje wszystkie).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Sync with account…</source>
        <translation>&amp;Synchronizuj z kontem…</translation>
    </message>
    <message>
        <source>Sync with account</source>
        <translation>Synchronizuj z kontem</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Konto:</translation>
    </message>
    <message>
        <source>Bring in an account&apos;s opt-out list and send this list there</source>
        <translation>Pobierz listę rezygnacji konta i wyślij tam tę listę</translation>
    </message>
    <message>
        <source>No account keeps an opt-out list. %1 accounts do.</source>
        <translation>Żadne konto nie prowadzi listy rezygnacji. Prowadzą ją konta %1.</translation>
    </message>
</context>
<context>
    <name>cm::SuppressionFiles</name>
    <message>
        <source>%1 added, %2 listed already, %3 invalid.</source>
        <translation>Dodano %1, %2 już na liście, %3 nieprawidłowych.</translation>
    </message>
    <message>
        <source>“%1” is not a reason; use opt_out, block, bounce or complaint.</source>
        <translation>„%1” nie jest powodem; użyj opt_out, block, bounce lub complaint.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2.</source>
        <translation>Nie można odczytać „%1”: %2.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1”: %2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Plik jest pusty.</translation>
    </message>
    <message>
        <source>No column holds the addresses. Name it “address”, “email” or “phone” (columns: %1).</source>
        <translation>Żadna kolumna nie zawiera adresów. Nazwij ją „address”, „email” lub „phone” (kolumny: %1).</translation>
    </message>
    <message>
        <source>import: %1</source>
        <translation>import: %1</translation>
    </message>
    <message>
        <source>Import cancelled; the suppression list was not changed.</source>
        <translation>Import anulowany; lista wykluczeń się nie zmieniła.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Wiersz %1: %2</translation>
    </message>
    <message>
        <source>no address.</source>
        <translation>brak adresu.</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2.</source>
        <translation>Nie można zapisać „%1”: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a channel; use sms, email, voice or all.</source>
        <translation>„%1” nie jest kanałem; użyj sms, email, voice lub all.</translation>
    </message>
    <message>
        <source>%1 cannot be on the %2 list: give a phone number for SMS and calls, an email address for email.</source>
        <translation>%1 nie może być na liście %2: podaj numer telefonu dla SMS i połączeń, adres e-mail dla poczty.</translation>
    </message>
</context>
<context>
    <name>cm::SuppressionModel</name>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Źródło</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Dodano</translation>
    </message>
</context>
<context>
    <name>cm::SuppressionStore</name>
    <message>
        <source>Opted out</source>
        <translation>Rezygnacja</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Zablokowany</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Odbity</translation>
    </message>
    <message>
        <source>Complained</source>
        <translation>Skarga</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Wszystkie kanały</translation>
    </message>
    <message>
        <source>add to the suppression list</source>
        <translation>dodać do listy wykluczeń</translation>
    </message>
    <message>
        <source>remove from the suppression list</source>
        <translation>usunąć z listy wykluczeń</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Połączenia</translation>
    </message>
</context>
<context>
    <name>cm::TemplateDialog</name>
    <message>
        <source>This character makes the SMS Unicode: 70 characters a part instead of 160.</source>
        <translation>Ten znak zmienia SMS na Unicode: 70 znaków na część zamiast 160.</translation>
    </message>
    <message>
        <source>&amp;Marketing email: it must carry an unsubscribe link</source>
        <translation>E-mail &amp;marketingowy: musi zawierać link do wypisania się</translation>
    </message>
    <message>
        <source>Edit template “%1”</source>
        <translation>Edytuj szablon „%1”</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nowy szablon</translation>
    </message>
    <message>
        <source>Weekend offer</source>
        <translation>Oferta weekendowa</translation>
    </message>
    <message>
        <source>{{first_name|default:&quot;Hello&quot;}}, our picks for you</source>
        <translation>{{first_name|default:&quot;Cześć&quot;}}, nasze propozycje dla Ciebie</translation>
    </message>
    <message>
        <source>Untick for transactional email (a receipt, a password reset), which needs no unsubscribe link.</source>
        <translation>Odznacz dla e-maili transakcyjnych (potwierdzenie, reset hasła), które nie potrzebują linku do wypisania się.</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Treść szablonu</translation>
    </message>
    <message>
        <source>Plain-text alternative</source>
        <translation>Wersja w zwykłym tekście</translation>
    </message>
    <message>
        <source>The text mail programs show when they do not show HTML; leave empty to send HTML only.</source>
        <translation>Tekst, który programy pocztowe pokazują, gdy nie wyświetlają HTML; zostaw puste, aby wysłać tylko HTML.</translation>
    </message>
    <message>
        <source>Insert field</source>
        <translation>Wstaw pole</translation>
    </message>
    <message>
        <source>Insert a personalisation field at the cursor.</source>
        <translation>Wstaw pole personalizacji w miejscu kursora.</translation>
    </message>
    <message>
        <source>SMS length</source>
        <translation>Długość SMS-a</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Szacowany koszt</translation>
    </message>
    <message>
        <source>Links in the email</source>
        <translation>Linki w e-mailu</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Podgląd</translation>
    </message>
    <message>
        <source>Previous contact</source>
        <translation>Poprzedni kontakt</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>Następny kontakt</translation>
    </message>
    <message>
        <source>Preview as the previous contact</source>
        <translation>Podgląd jako poprzedni kontakt</translation>
    </message>
    <message>
        <source>Preview as the next contact</source>
        <translation>Podgląd jako następny kontakt</translation>
    </message>
    <message>
        <source>Preview as a contact of this group</source>
        <translation>Podgląd jako kontakt z tej grupy</translation>
    </message>
    <message>
        <source>Te&amp;xt version:</source>
        <translation>Wersja &amp;tekstowa:</translation>
    </message>
    <message>
        <source>Links:</source>
        <translation>Linki:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanał:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Temat:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>T&amp;reść:</translation>
    </message>
    <message>
        <source>Preview as:</source>
        <translation>Podgląd jako:</translation>
    </message>
    <message>
        <source>Hi {{first_name|default:&quot;there&quot;}}, …</source>
        <translation>Cześć {{first_name|default:&quot;przyjacielu&quot;}}, …</translation>
    </message>
    <message>
        <source>&lt;p&gt;Hello {{first_name|default:&quot;there&quot;}},&lt;/p&gt;
…
&lt;p&gt;&lt;a href=&quot;{{unsubscribe_url}}&quot;&gt;Unsubscribe&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cześć {{first_name|default:&quot;przyjacielu&quot;}},&lt;/p&gt;
…
&lt;p&gt;&lt;a href=&quot;{{unsubscribe_url}}&quot;&gt;Wypisz się&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Fields of this group</source>
        <translation>Pola tej grupy</translation>
    </message>
    <message>
        <source>With a default: {{first_name|default:&quot;there&quot;}}</source>
        <translation>Z wartością domyślną: {{first_name|default:&quot;przyjacielu&quot;}}</translation>
    </message>
    <message>
        <source>there</source>
        <translation>przyjacielu</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n znak</numerusform>
            <numerusform>%n znaki</numerusform>
            <numerusform>%n znaków</numerusform>
        </translation>
    </message>
    <message>
        <source>Unicode because of: %1</source>
        <translation>Unicode z powodu: %1</translation>
    </message>
    <message>
        <source>Replace: %1</source>
        <translation>Zamień: %1</translation>
    </message>
    <message>
        <source>all of them</source>
        <translation>wszystkie</translation>
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <translation>%1 %2 · %3</translation>
    </message>
    <message>
        <source>This group has no contacts; the fields show empty.</source>
        <translation>Ta grupa nie ma kontaktów; pola są puste.</translation>
    </message>
    <message>
        <source>This contact has no value for %1.</source>
        <translation>Ten kontakt nie ma wartości dla %1.</translation>
    </message>
    <message>
        <source>Counting the group&apos;s contacts without these fields…</source>
        <translation>Liczenie kontaktów grupy bez tych pól…</translation>
    </message>
    <message>
        <source>%1 of %2 contacts have no %3: add a default, such as {{%3|default:&quot;…&quot;}}.</source>
        <translation>%1 z %2 kontaktów nie ma pola %3: dodaj wartość domyślną, np. {{%3|default:&quot;…&quot;}}.</translation>
    </message>
    <message>
        <source>Estimating the cost…</source>
        <translation>Szacowanie kosztu…</translation>
    </message>
    <message>
        <source>Text length</source>
        <translation>Długość tekstu</translation>
    </message>
    <message>
        <source>{{first_name|default:&quot;there&quot;}}
header: Spring sale</source>
        <translation>{{first_name|default:&quot;przyjacielu&quot;}}
header: Wiosenna wyprzedaż</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s): each fills one variable of the WhatsApp template, in order.</source>
        <translation>
            <numerusform>%n wiersz: wypełnia jedną zmienną szablonu WhatsApp.</numerusform>
            <numerusform>%n wiersze: każdy wypełnia jedną zmienną szablonu WhatsApp, po kolei.</numerusform>
            <numerusform>%n wierszy: każdy wypełnia jedną zmienną szablonu WhatsApp, po kolei.</numerusform>
        </translation>
    </message>
    <message>
        <source>a call reads at most %1</source>
        <translation>połączenie odczytuje najwyżej %1</translation>
    </message>
    <message>
        <source>as sent to %1</source>
        <translation>tak jak wysłane do: %1</translation>
    </message>
    <message>
        <source>with fields at typical length</source>
        <translation>z polami o typowej długości</translation>
    </message>
    <message>
        <source>A condition: {{#if city == &quot;Paris&quot;}}…{{else}}…{{/if}}</source>
        <translation>Warunek: {{#if city == &quot;Paris&quot;}}…{{else}}…{{/if}}</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
</context>
<context>
    <name>cm::TemplateLanguages</name>
    <message>
        <source>Add language…</source>
        <translation>Dodaj język…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Language version</source>
        <translation>Wersja językowa</translation>
    </message>
    <message>
        <source>A contact whose language field is “es” (or “es-MX”) gets the Spanish version; everyone else the template&apos;s own text.</source>
        <translation>Kontakt, którego pole language to „es” (lub „es-MX”), dostaje wersję hiszpańską; wszyscy pozostali własny tekst szablonu.</translation>
    </message>
    <message>
        <source>Add language</source>
        <translation>Dodaj język</translation>
    </message>
    <message>
        <source>Language code of the contacts who get this version (their language field), such as es, tr or pt-BR:</source>
        <translation>Kod języka kontaktów, które dostaną tę wersję (ich pole language), np. es, tr lub pt-BR:</translation>
    </message>
    <message>
        <source>Everyone (one language)</source>
        <translation>Wszyscy (jeden język)</translation>
    </message>
    <message>
        <source>Everyone else</source>
        <translation>Wszyscy pozostali</translation>
    </message>
</context>
<context>
    <name>cm::TemplateModel</name>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanał</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Zmieniono</translation>
    </message>
</context>
<context>
    <name>cm::TemplateRenderer</name>
    <message>
        <source>“%1” is not a field name: use letters, digits and _ as in {{first_name}}.</source>
        <translation>„%1” nie jest nazwą pola: użyj liter, cyfr i _, jak w {{first_name}}.</translation>
    </message>
    <message>
        <source>Unknown filter “%1” in %2: use upper, lower, capitalize or default:&quot;…&quot;.</source>
        <translation>Nieznany filtr „%1” w %2: użyj upper, lower, capitalize lub default:&quot;…&quot;.</translation>
    </message>
    <message>
        <source>A placeholder is not closed: “%1” needs }} on the same line.</source>
        <translation>Symbol zastępczy nie jest zamknięty: „%1” wymaga }} w tym samym wierszu.</translation>
    </message>
    <message>
        <source>the condition is missing, as in {{#if city == &quot;Paris&quot;}}</source>
        <translation>brakuje warunku, np. {{#if city == &quot;Paris&quot;}}</translation>
    </message>
    <message>
        <source>“%1” is not understood here: join conditions with and, or</source>
        <translation>„%1” nie jest tu zrozumiałe: łącz warunki słowami and, or</translation>
    </message>
    <message>
        <source>a text in quotes is not closed</source>
        <translation>tekst w cudzysłowie nie jest zamknięty</translation>
    </message>
    <message>
        <source>“%1” is not understood: compare with ==, !=, &lt;, &lt;=, &gt;, &gt;=, contains or is empty</source>
        <translation>„%1” nie jest zrozumiałe: porównuj za pomocą ==, !=, &lt;, &lt;=, &gt;, &gt;=, contains lub is empty</translation>
    </message>
    <message>
        <source>a bracket is not closed</source>
        <translation>nawias nie jest zamknięty</translation>
    </message>
    <message>
        <source>expected “empty” after “%1”</source>
        <translation>po „%1” oczekiwano „empty”</translation>
    </message>
    <message>
        <source>“%1” has no {{#if …}} before it.</source>
        <translation>Przed „%1” nie ma {{#if …}}.</translation>
    </message>
    <message>
        <source>In “%1”: %2.</source>
        <translation>W „%1”: %2.</translation>
    </message>
    <message>
        <source>“%1” is not known: a block is {{#if …}} … {{else}} … {{/if}}.</source>
        <translation>„%1” jest nieznane: blok to {{#if …}} … {{else}} … {{/if}}.</translation>
    </message>
    <message>
        <source>“%1” is not closed: add {{/if}} where its text ends.</source>
        <translation>„%1” nie jest zamknięte: dodaj {{/if}} tam, gdzie kończy się jego tekst.</translation>
    </message>
    <message>
        <source>“%1” comes after {{else}}: {{else}} is the last part of a block.</source>
        <translation>„%1” występuje po {{else}}: {{else}} jest ostatnią częścią bloku.</translation>
    </message>
    <message>
        <source>“%1” is not understood: write {{else}} or {{else if …}}.</source>
        <translation>„%1” nie jest zrozumiałe: napisz {{else}} lub {{else if …}}.</translation>
    </message>
    <message>
        <source>expected a field, a text in quotes or a number at the start</source>
        <translation>na początku oczekiwano pola, tekstu w cudzysłowie lub liczby</translation>
    </message>
    <message>
        <source>expected a field, a text in quotes or a number after “%1”</source>
        <translation>po „%1” oczekiwano pola, tekstu w cudzysłowie lub liczby</translation>
    </message>
</context>
<context>
    <name>cm::TemplateStore</name>
    <message>
        <source>save the template “%1”</source>
        <translation>zapisać szablonu „%1”</translation>
    </message>
    <message>
        <source>delete the template</source>
        <translation>usunąć szablonu</translation>
    </message>
</context>
<context>
    <name>cm::TemplatesPane</name>
    <message>
        <source>Template text</source>
        <translation>Treść szablonu</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Podgląd</translation>
    </message>
    <message>
        <source>Preview as the first contact of this group</source>
        <translation>Podgląd jako pierwszy kontakt tej grupy</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Temat:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Treść:</translation>
    </message>
    <message>
        <source>Preview for:</source>
        <translation>Podgląd dla:</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Szablony</translation>
    </message>
    <message>
        <source>No templates yet.
A template is the text of an SMS or an email, with fields such as {{first_name}} filled in for each contact.</source>
        <translation>Nie ma jeszcze szablonów.
Szablon to treść SMS-a lub e-maila z polami takimi jak {{first_name}}, wypełnianymi dla każdego kontaktu.</translation>
    </message>
    <message>
        <source>no personalisation</source>
        <translation>bez personalizacji</translation>
    </message>
    <message>
        <source>fields: %1</source>
        <translation>pola: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n znak</numerusform>
            <numerusform>%n znaki</numerusform>
            <numerusform>%n znaków</numerusform>
        </translation>
    </message>
    <message>
        <source>Unicode because of: %1</source>
        <translation>Unicode z powodu: %1</translation>
    </message>
    <message>
        <source>New template…</source>
        <translation>Nowy szablon…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikuj</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Usuń…</translation>
    </message>
    <message>
        <source>A template named “%1” exists already. Choose another name.</source>
        <translation>Szablon o nazwie „%1” już istnieje. Wybierz inną nazwę.</translation>
    </message>
    <message>
        <source>Template “%1” saved.</source>
        <translation>Zapisano szablon „%1”.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopia)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (kopia %2)</translation>
    </message>
    <message>
        <source>Delete the template “%1”?</source>
        <translation>Usunąć szablon „%1”?</translation>
    </message>
    <message numerus="yes">
        <source>%n draft or scheduled campaign(s) use it and will need another.</source>
        <translation>
            <numerusform>%n szkic lub zaplanowana kampania go używa i będzie potrzebować innego.</numerusform>
            <numerusform>%n szkice lub zaplanowane kampanie go używają i będą potrzebować innego.</numerusform>
            <numerusform>%n szkiców lub zaplanowanych kampanii go używa i będzie potrzebować innego.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Usuń szablon</translation>
    </message>
    <message>
        <source>Send to account…</source>
        <translation>Wyślij do konta…</translation>
    </message>
    <message>
        <source>Send the template to</source>
        <translation>Wyślij szablon do</translation>
    </message>
    <message>
        <source>Bring in from account…</source>
        <translation>Pobierz z konta…</translation>
    </message>
    <message>
        <source>Bring in the templates of</source>
        <translation>Pobierz szablony z</translation>
    </message>
    <message>
        <source>Templates at a provider</source>
        <translation>Szablony u dostawcy</translation>
    </message>
    <message>
        <source>Preview at account…</source>
        <translation>Podgląd na koncie…</translation>
    </message>
    <message>
        <source>Preview a template of</source>
        <translation>Podgląd szablonu z</translation>
    </message>
    <message>
        <source>That account keeps no templates.</source>
        <translation>To konto nie przechowuje szablonów.</translation>
    </message>
    <message>
        <source>Preview at account</source>
        <translation>Podgląd na koncie</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Szablon:</translation>
    </message>
    <message>
        <source>Template %1 at the provider</source>
        <translation>Szablon %1 u dostawcy</translation>
    </message>
    <message>
        <source>No account keeps templates at its provider. %1 accounts do.</source>
        <translation>Żadne konto nie przechowuje szablonów u swojego dostawcy. Robią to konta %1.</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Szacowany koszt</translation>
    </message>
    <message>
        <source>Estimating the cost…</source>
        <translation>Szacowanie kosztu…</translation>
    </message>
</context>
<context>
    <name>cm::Types</name>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Draft</source>
        <comment>campaign state</comment>
        <translation>Szkic</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <comment>campaign state</comment>
        <translation>Zaplanowana</translation>
    </message>
    <message>
        <source>Sending</source>
        <comment>campaign state</comment>
        <translation>Wysyłana</translation>
    </message>
    <message>
        <source>Sent</source>
        <comment>campaign state</comment>
        <translation>Wysłana</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>campaign state</comment>
        <translation>Anulowana</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>campaign state</comment>
        <translation>Nieudana</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>recipient state</comment>
        <translation>Oczekuje</translation>
    </message>
    <message>
        <source>Submitting</source>
        <comment>recipient state</comment>
        <translation>Przekazywanie</translation>
    </message>
    <message>
        <source>Accepted</source>
        <comment>recipient state</comment>
        <translation>Przyjęto</translation>
    </message>
    <message>
        <source>Delivered</source>
        <comment>recipient state</comment>
        <translation>Doręczono</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>recipient state</comment>
        <translation>Niepowodzenie</translation>
    </message>
    <message>
        <source>Bounced</source>
        <comment>recipient state</comment>
        <translation>Odbito</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>recipient state</comment>
        <translation>Nieznany</translation>
    </message>
    <message>
        <source>Sent</source>
        <comment>event</comment>
        <translation>Wysłano</translation>
    </message>
    <message>
        <source>Delivered</source>
        <comment>event</comment>
        <translation>Doręczono</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>event</comment>
        <translation>Niepowodzenie</translation>
    </message>
    <message>
        <source>Opened</source>
        <comment>event</comment>
        <translation>Otwarcie</translation>
    </message>
    <message>
        <source>Clicked</source>
        <comment>event</comment>
        <translation>Kliknięcie</translation>
    </message>
    <message>
        <source>Bounced</source>
        <comment>event</comment>
        <translation>Odbicie</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <comment>event</comment>
        <translation>Wypisanie</translation>
    </message>
    <message>
        <source>Complained</source>
        <comment>event</comment>
        <translation>Skarga</translation>
    </message>
    <message>
        <source>Sent</source>
        <comment>counter</comment>
        <translation>Wysłane</translation>
    </message>
    <message>
        <source>Delivered</source>
        <comment>counter</comment>
        <translation>Doręczone</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>counter</comment>
        <translation>Nieudane</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>counter</comment>
        <translation>Oczekujące</translation>
    </message>
    <message>
        <source>Opened</source>
        <comment>counter</comment>
        <translation>Otwarcia</translation>
    </message>
    <message>
        <source>Opened (unique)</source>
        <comment>counter</comment>
        <translation>Otwarcia (unikalne)</translation>
    </message>
    <message>
        <source>Clicked</source>
        <comment>counter</comment>
        <translation>Kliknięcia</translation>
    </message>
    <message>
        <source>Clicked (unique)</source>
        <comment>counter</comment>
        <translation>Kliknięcia (unikalne)</translation>
    </message>
    <message>
        <source>Bounced</source>
        <comment>counter</comment>
        <translation>Odbicia</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <comment>counter</comment>
        <translation>Wypisania</translation>
    </message>
    <message>
        <source>Complained</source>
        <comment>counter</comment>
        <translation>Skargi</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Połączenie</translation>
    </message>
    <message>
        <source>WhatsApp</source>
        <translation>WhatsApp</translation>
    </message>
</context>
<context>
    <name>cm::UserGuideDialog</name>
    <message>
        <source>Campaign Manager user guide</source>
        <translation>Podręcznik użytkownika Campaign Managera</translation>
    </message>
    <message>
        <source>Pages of the guide</source>
        <translation>Strony podręcznika</translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation>Strona podręcznika</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Dalej</translation>
    </message>
</context>
<context>
    <name>cm::VariantsTable</name>
    <message>
        <source>Variants side by side</source>
        <translation>Warianty obok siebie</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Wariant</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Szablon</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Wysłane</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Policzone</translation>
    </message>
    <message>
        <source>%1 (winner)</source>
        <translation>%1 (zwycięzca)</translation>
    </message>
    <message>
        <source>%1 (leads)</source>
        <translation>%1 (prowadzi)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 z %2</translation>
    </message>
</context>
<context>
    <name>cm::WorkspaceDialog</name>
    <message>
        <source>Workspace settings</source>
        <translation>Ustawienia obszaru roboczego</translation>
    </message>
    <message>
        <source>Numbers written without a country code, such as 0532 612 48 37, are read as this country&apos;s, in imports, contacts and the suppression list.</source>
        <translation>Numery zapisane bez kodu kraju, np. 501 234 567, są odczytywane jako numery tego kraju – w importach, kontaktach i na liście wykluczeń.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Plik:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Identyfikator:</translation>
    </message>
    <message>
        <source>&amp;Phone numbers from:</source>
        <translation>&amp;Numery telefonów z:</translation>
    </message>
</context>
<context>
    <name>cm::XlsxReader</name>
    <message>
        <source>The file cannot be opened: %1.</source>
        <translation>Nie można otworzyć pliku: %1.</translation>
    </message>
    <message>
        <source>This file is not an Excel workbook (.xlsx). Save it from Excel as .xlsx or CSV, and import it again.</source>
        <translation>Ten plik nie jest skoroszytem Excela (.xlsx). Zapisz go w Excelu jako .xlsx albo CSV i zaimportuj ponownie.</translation>
    </message>
    <message>
        <source>The workbook is protected with a password. Open it in Excel, remove the password, save it, and import it again.</source>
        <translation>Skoroszyt jest chroniony hasłem. Otwórz go w Excelu, usuń hasło, zapisz i zaimportuj ponownie.</translation>
    </message>
    <message>
        <source>This is an old Excel 97–2003 workbook (.xls). Open it in Excel or LibreOffice, save it as .xlsx or CSV, and import it again.</source>
        <translation>To stary skoroszyt Excel 97–2003 (.xls). Otwórz go w Excelu lub LibreOffice, zapisz jako .xlsx albo CSV i zaimportuj ponownie.</translation>
    </message>
    <message>
        <source>The workbook is protected with a password or is an old Excel 97–2003 workbook (.xls). Open it in Excel, remove any password, save it as .xlsx, and import it again.</source>
        <translation>Skoroszyt jest chroniony hasłem albo jest starym skoroszytem Excel 97–2003 (.xls). Otwórz go w Excelu, usuń ewentualne hasło, zapisz jako .xlsx i zaimportuj ponownie.</translation>
    </message>
    <message>
        <source>The workbook is damaged (%1). Open it in Excel or LibreOffice, save it again as .xlsx, and import it again.</source>
        <translation>Skoroszyt jest uszkodzony (%1). Otwórz go w Excelu lub LibreOffice, zapisz ponownie jako .xlsx i zaimportuj jeszcze raz.</translation>
    </message>
    <message>
        <source>The workbook has no sheets.</source>
        <translation>Skoroszyt nie ma arkuszy.</translation>
    </message>
    <message>
        <source>The workbook has no sheet “%1”; its sheets: %2.</source>
        <translation>Skoroszyt nie ma arkusza „%1”; jego arkusze: %2.</translation>
    </message>
    <message>
        <source>the sheet “%1” is not in it</source>
        <translation>nie ma w nim arkusza „%1”</translation>
    </message>
    <message>
        <source>Row %1: the sheet cannot be read from here on (%2). Open the workbook in Excel or LibreOffice, save it again, and import it again.</source>
        <translation>Wiersz %1: arkusza nie da się odczytać od tego miejsca (%2). Otwórz skoroszyt w Excelu lub LibreOffice, zapisz go ponownie i zaimportuj jeszcze raz.</translation>
    </message>
    <message>
        <source>Row %1: a cell is past the last column of a sheet; the file may be damaged.</source>
        <translation>Wiersz %1: komórka leży za ostatnią kolumną arkusza; plik może być uszkodzony.</translation>
    </message>
    <message>
        <source>Row %1: a cell refers to text the workbook does not have; the file may be damaged.</source>
        <translation>Wiersz %1: komórka odwołuje się do tekstu, którego skoroszyt nie ma; plik może być uszkodzony.</translation>
    </message>
    <message numerus="yes">
        <source>Row %1: a cell is longer than %n character(s).</source>
        <translation>
            <numerusform>Wiersz %1: komórka ma więcej niż %n znak.</numerusform>
            <numerusform>Wiersz %1: komórka ma więcej niż %n znaki.</numerusform>
            <numerusform>Wiersz %1: komórka ma więcej niż %n znaków.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cm::XlsxWriter</name>
    <message>
        <source>“%1” cannot be written: %2.</source>
        <translation>Nie można zapisać „%1”: %2.</translation>
    </message>
    <message>
        <source>“%1” cannot be written: the workbook could not be started.</source>
        <translation>Nie można zapisać „%1”: nie udało się utworzyć skoroszytu.</translation>
    </message>
    <message>
        <source>The workbook is already closed.</source>
        <translation>Skoroszyt jest już zamknięty.</translation>
    </message>
    <message>
        <source>An Excel sheet holds at most %L1 rows; export fewer contacts, or export them as CSV.</source>
        <translation>Arkusz Excela mieści najwyżej %L1 wierszy; wyeksportuj mniej kontaktów albo wyeksportuj je jako CSV.</translation>
    </message>
    <message>
        <source>Row %1 has %2 columns; an Excel sheet holds at most %L3.</source>
        <translation>Wiersz %1 ma %2 kolumn; arkusz Excela mieści najwyżej %L3.</translation>
    </message>
    <message>
        <source>Row %1, column %2: the text is %L3 characters long; an Excel cell holds at most %L4.</source>
        <translation>Wiersz %1, kolumna %2: tekst ma %L3 znaków; komórka Excela mieści najwyżej %L4.</translation>
    </message>
    <message>
        <source>Row %1 cannot be written: %2.</source>
        <translation>Nie można zapisać wiersza %1: %2.</translation>
    </message>
    <message>
        <source>“%1” cannot be saved: %2.</source>
        <translation>Nie można zapisać „%1”: %2.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Campaign Manager</source>
        <translation>Campaign Manager</translation>
    </message>
    <message>
        <source>SMS and email campaigns.</source>
        <translation>Kampanie SMS i e-mail.</translation>
    </message>
    <message>
        <source>The workspace database to open.</source>
        <translation>Baza danych obszaru roboczego do otwarcia.</translation>
    </message>
    <message>
        <source>Start a new workspace empty.</source>
        <translation>Rozpocznij nowy obszar roboczy pusty.</translation>
    </message>
    <message>
        <source>Save the window as a PNG once it is shown, then quit.</source>
        <translation>Zapisz okno jako PNG, gdy tylko się pojawi, i zakończ.</translation>
    </message>
    <message>
        <source>Language (en, tr, es, pl).</source>
        <translation>Język (en, tr, es, pl).</translation>
    </message>
    <message>
        <source>Benchmarks: quit after the first paint.</source>
        <translation>Do pomiarów: zakończ po pierwszym narysowaniu.</translation>
    </message>
    <message>
        <source>Unknown pane “%1”: use one of %2.</source>
        <translation>Nieznany panel „%1”: użyj jednego z: %2.</translation>
    </message>
    <message>
        <source>Could not save the screenshot to “%1”.</source>
        <translation>Nie udało się zapisać zrzutu ekranu do „%1”.</translation>
    </message>
    <message>
        <source>Appearance: light, dark or system.</source>
        <translation>Wygląd: light (jasny), dark (ciemny) lub system (systemowy).</translation>
    </message>
    <message>
        <source>Open on this pane: overview, accounts, groups, templates, campaigns, reports.</source>
        <translation>Otwórz na tym panelu: overview, accounts, groups, templates, campaigns, reports.</translation>
    </message>
</context>
</TS>
