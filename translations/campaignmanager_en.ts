<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>cm::AbTest</name>
    <message>
        <source>delivery rate</source>
        <translation>delivery rate</translation>
    </message>
    <message>
        <source>open rate</source>
        <translation>open rate</translation>
    </message>
    <message>
        <source>click rate</source>
        <translation>click rate</translation>
    </message>
    <message>
        <source>cost per delivered message</source>
        <translation>cost per delivered message</translation>
    </message>
    <message>
        <source>cost per click</source>
        <translation>cost per click</translation>
    </message>
    <message numerus="yes">
        <source>A/B test of %n variant(s) on %1% each, by %2, waiting %3</source>
        <translation>
            <numerusform>A/B test of %n variant on %1% each, by %2, waiting %3</numerusform>
            <numerusform>A/B test of %n variants on %1% each, by %2, waiting %3</numerusform>
        </translation>
    </message>
    <message>
        <source>A/B test: the variants are out; the winner goes to the rest at %1</source>
        <translation>A/B test: the variants are out; the winner goes to the rest at %1</translation>
    </message>
    <message>
        <source>A/B test: %1 won (picked by hand)</source>
        <translation>A/B test: %1 won (picked by hand)</translation>
    </message>
    <message>
        <source>A/B test: %1 went to the rest (no variant had a %2 to compare)</source>
        <translation>A/B test: %1 went to the rest (no variant had a %2 to compare)</translation>
    </message>
    <message>
        <source>A/B test: %1 won by %2</source>
        <translation>A/B test: %1 won by %2</translation>
    </message>
</context>
<context>
    <name>cm::AbTestDialog</name>
    <message>
        <source>A/B test of “%1”</source>
        <translation>A/B test of “%1”</translation>
    </message>
    <message>
        <source>Each variant goes to its share of the audience, drawn at random. When the wait is over, the variant with the best measure goes to everyone else; you can also pick it yourself sooner. A variant may differ in its template, subject, sender or the account that carries it (the route).</source>
        <translation>Each variant goes to its share of the audience, drawn at random. When the wait is over, the variant with the best measure goes to everyone else; you can also pick it yourself sooner. A variant may differ in its template, subject, sender or the account that carries it (the route).</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Variants</translation>
    </message>
    <message>
        <source>Share of the audience for each variant</source>
        <translation>Share of the audience for each variant</translation>
    </message>
    <message>
        <source>Winning measure</source>
        <translation>Winning measure</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Wait before the winner is picked, in hours</source>
        <translation>Wait before the winner is picked, in hours</translation>
    </message>
    <message>
        <source>&amp;Add variant</source>
        <translation>&amp;Add variant</translation>
    </message>
    <message>
        <source>&amp;Remove last variant</source>
        <translation>&amp;Remove last variant</translation>
    </message>
    <message>
        <source>Remove the &amp;test</source>
        <translation>Remove the &amp;test</translation>
    </message>
    <message>
        <source>Each variant &amp;to:</source>
        <translation>Each variant &amp;to:</translation>
    </message>
    <message>
        <source>The &amp;winner has the best:</source>
        <translation>The &amp;winner has the best:</translation>
    </message>
    <message>
        <source>Picked &amp;after:</source>
        <translation>Picked &amp;after:</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>Winner</translation>
    </message>
    <message>
        <source>Variant %1 (%2, %3)</source>
        <translation>Variant %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Send to the rest now:</source>
        <translation>Send to the rest now:</translation>
    </message>
    <message>
        <source>&amp;Send the winner</source>
        <translation>&amp;Send the winner</translation>
    </message>
    <message>
        <source>the template&apos;s</source>
        <translation>the template&apos;s</translation>
    </message>
    <message>
        <source>(email only)</source>
        <translation>(email only)</translation>
    </message>
    <message>
        <source>the account&apos;s default</source>
        <translation>the account&apos;s default</translation>
    </message>
    <message>
        <source>Template of variant %1</source>
        <translation>Template of variant %1</translation>
    </message>
    <message>
        <source>Account of variant %1</source>
        <translation>Account of variant %1</translation>
    </message>
    <message>
        <source>Variant A is the campaign itself: change it with Edit…</source>
        <translation>Variant A is the campaign itself: change it with Edit…</translation>
    </message>
    <message>
        <source>Measures some variant&apos;s account does not report are not offered.</source>
        <translation>Measures some variant&apos;s account does not report are not offered.</translation>
    </message>
</context>
<context>
    <name>cm::AboutDialog</name>
    <message>
        <source>About Campaign Manager</source>
        <translation>About Campaign Manager</translation>
    </message>
    <message>
        <source>Campaign Manager</source>
        <translation>Campaign Manager</translation>
    </message>
    <message>
        <source>SMS and email campaigns through several providers, on your own computer.</source>
        <translation>SMS and email campaigns through several providers, on your own computer.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (built with %2)</translation>
    </message>
    <message>
        <source>SQLite %1</source>
        <translation>SQLite %1</translation>
    </message>
    <message>
        <source>Workspace %1 (version %2)</source>
        <translation>Workspace %1 (version %2)</translation>
    </message>
</context>
<context>
    <name>cm::AccountDialog</name>
    <message>
        <source>Add account</source>
        <translation>Add account</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Provider:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Base URL:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;User:</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Secret:</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Advanced settings</translation>
    </message>
    <message>
        <source>Ad&amp;vanced:</source>
        <translation>Ad&amp;vanced:</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>Edit account</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Leave empty to keep the current one</source>
        <translation>Leave empty to keep the current one</translation>
    </message>
    <message>
        <source>The advanced settings are not a JSON object (%1). Write them as {&quot;key&quot;: &quot;value&quot;}, or {}.</source>
        <translation>The advanced settings are not a JSON object (%1). Write them as {&quot;key&quot;: &quot;value&quot;}, or {}.</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>not an object</translation>
    </message>
    <message>
        <source>For example: %1 Türkiye</source>
        <translation>For example: %1 Türkiye</translation>
    </message>
    <message>
        <source>Provider options as JSON, such as {&quot;time_zone&quot;: &quot;Europe/Istanbul&quot;} or the paths of a platform that documents none. Leave {} when unsure.</source>
        <translation>Provider options as JSON, such as {&quot;time_zone&quot;: &quot;Europe/Istanbul&quot;} or the paths of a platform that documents none. Leave {} when unsure.</translation>
    </message>
    <message>
        <source>P&amp;rices:</source>
        <translation>P&amp;rices:</translation>
    </message>
    <message>
        <source>What one SMS part costs, for the cost estimates before a send; leave empty when unsure.</source>
        <translation>What one SMS part costs, for the cost estimates before a send; leave empty when unsure.</translation>
    </message>
    <message>
        <source>&amp;Mailbox password:</source>
        <translation>&amp;Mailbox password:</translation>
    </message>
</context>
<context>
    <name>cm::AccountModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
</context>
<context>
    <name>cm::AccountService</name>
    <message>
        <source>Give the account a name.</source>
        <translation>Give the account a name.</translation>
    </message>
    <message>
        <source>“%1” is not a provider this version knows.</source>
        <translation>“%1” is not a provider this version knows.</translation>
    </message>
    <message>
        <source>An account named “%1” exists already. Choose another name.</source>
        <translation>An account named “%1” exists already. Choose another name.</translation>
    </message>
    <message>
        <source>“%1” must start with https:// (plain http is allowed only for this computer).</source>
        <translation>“%1” must start with https:// (plain http is allowed only for this computer).</translation>
    </message>
    <message>
        <source>Account “%1” added.</source>
        <translation>Account “%1” added.</translation>
    </message>
    <message>
        <source>Account “%1” added; its secret is in %2.</source>
        <translation>Account “%1” added; its secret is in %2.</translation>
    </message>
    <message>
        <source>Account “%1” added; its secret is kept in %2 until you quit.</source>
        <translation>Account “%1” added; its secret is kept in %2 until you quit.</translation>
    </message>
    <message>
        <source>The secret of “%1” could not be stored in %2: %3. The account was not added. Unlock the keychain, or set %4 in the environment instead.</source>
        <translation>The secret of “%1” could not be stored in %2: %3. The account was not added. Unlock the keychain, or set %4 in the environment instead.</translation>
    </message>
    <message>
        <source>The secret of “%1” could not be read: %2. Unlock the keychain, or set %3.</source>
        <translation>The secret of “%1” could not be read: %2. Unlock the keychain, or set %3.</translation>
    </message>
    <message>
        <source>That account no longer exists.</source>
        <translation>That account no longer exists.</translation>
    </message>
    <message>
        <source>Testing the connection of “%1”</source>
        <translation>Testing the connection of “%1”</translation>
    </message>
    <message>
        <source>The secret of “%1” could not be removed from %2: %3. The account was kept; try again.</source>
        <translation>The secret of “%1” could not be removed from %2: %3. The account was kept; try again.</translation>
    </message>
    <message>
        <source>Account “%1” removed. The keychain was not available, so its entry may remain there.</source>
        <translation>Account “%1” removed. The keychain was not available, so its entry may remain there.</translation>
    </message>
    <message>
        <source>Account “%1” removed.</source>
        <translation>Account “%1” removed.</translation>
    </message>
    <message>
        <source>Account “%1” saved.</source>
        <translation>Account “%1” saved.</translation>
    </message>
    <message>
        <source>The new secret of “%1” could not be stored in %2: %3. Nothing was changed.</source>
        <translation>The new secret of “%1” could not be stored in %2: %3. Nothing was changed.</translation>
    </message>
    <message>
        <source>“%1” and the account “%2” would both read their secret from %3. Choose a name that differs in its letters or digits.</source>
        <translation>“%1” and the account “%2” would both read their secret from %3. Choose a name that differs in its letters or digits.</translation>
    </message>
    <message>
        <source>The secret of “%1” is not in the keychain: enter it again (Accounts → Edit…), or set %2.</source>
        <translation>The secret of “%1” is not in the keychain: enter it again (Accounts → Edit…), or set %2.</translation>
    </message>
    <message>
        <source>The setting “%1” must be a whole number greater than 0, such as 30000.</source>
        <translation>The setting “%1” must be a whole number greater than 0, such as 30000.</translation>
    </message>
    <message>
        <source>The setting “%1” must be a number of 0 or more, such as 0.05.</source>
        <translation>The setting “%1” must be a number of 0 or more, such as 0.05.</translation>
    </message>
    <message>
        <source>The setting “%1” must be a time zone such as Europe/Istanbul.</source>
        <translation>The setting “%1” must be a time zone such as Europe/Istanbul.</translation>
    </message>
    <message>
        <source>The setting “%1” must be a web address such as https://example.com/unsubscribe.</source>
        <translation>The setting “%1” must be a web address such as https://example.com/unsubscribe.</translation>
    </message>
    <message>
        <source>The setting “%1” must map countries to prices, such as {&quot;TR&quot;: 0.02}.</source>
        <translation>The setting “%1” must map countries to prices, such as {&quot;TR&quot;: 0.02}.</translation>
    </message>
    <message>
        <source>The setting “%1” must map operations to paths, such as {&quot;send&quot;: &quot;/v2/send&quot;}.</source>
        <translation>The setting “%1” must map operations to paths, such as {&quot;send&quot;: &quot;/v2/send&quot;}.</translation>
    </message>
    <message>
        <source>The system keychain is locked, so the secret of “%1” cannot be read: unlock the keychain (log in to the desktop, or unlock it in your keyring manager) and try again, or set %2.</source>
        <translation>The system keychain is locked, so the secret of “%1” cannot be read: unlock the keychain (log in to the desktop, or unlock it in your keyring manager) and try again, or set %2.</translation>
    </message>
    <message>
        <source>“%1” is not an address. Enter one such as %2.</source>
        <translation>“%1” is not an address. Enter one such as %2.</translation>
    </message>
    <message>
        <source>“%1” must start with %2.</source>
        <translation>“%1” must start with %2.</translation>
    </message>
    <message>
        <source>“%1” has a login in it: put the user and the password in their own fields.</source>
        <translation>“%1” has a login in it: put the user and the password in their own fields.</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <comment>one of two beginnings of an address</comment>
        <translation>%1 or %2</translation>
    </message>
    <message>
        <source>The mailbox password of “%1” could not be read from the keychain (%2): enter it again (Accounts → Edit…).</source>
        <translation>The mailbox password of “%1” could not be read from the keychain (%2): enter it again (Accounts → Edit…).</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>not found</translation>
    </message>
    <message>
        <source>The mailbox password of “%1” could not be stored in %2: %3.</source>
        <translation>The mailbox password of “%1” could not be stored in %2: %3.</translation>
    </message>
    <message>
        <source>The setting “%1” must be a share between 0 and 1, such as 0.2.</source>
        <translation>The setting “%1” must be a share between 0 and 1, such as 0.2.</translation>
    </message>
</context>
<context>
    <name>cm::AccountStore</name>
    <message>
        <source>save the account</source>
        <translation>save the account</translation>
    </message>
    <message>
        <source>remove the account</source>
        <translation>remove the account</translation>
    </message>
</context>
<context>
    <name>cm::AccountsPane</name>
    <message>
        <source>Provider:</source>
        <translation>Provider:</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>Base URL:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>User:</translation>
    </message>
    <message>
        <source>Can do:</source>
        <translation>Can do:</translation>
    </message>
    <message>
        <source>Last test:</source>
        <translation>Last test:</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>No accounts yet.
Add one for each provider you send through (Ctrl+N), or try the Sandbox, which sends nothing.</source>
        <translation>No accounts yet.
Add one for each provider you send through (Ctrl+N), or try the Sandbox, which sends nothing.</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Add account…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Test connection</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Remove…</translation>
    </message>
    <message>
        <source>This version does not know this provider.</source>
        <translation>This version does not know this provider.</translation>
    </message>
    <message>
        <source>(built in)</source>
        <translation>(built in)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testing…</translation>
    </message>
    <message>
        <source>Balance: %1.</source>
        <translation>Balance: %1.</translation>
    </message>
    <message>
        <source>Works. %1</source>
        <translation>Works. %1</translation>
    </message>
    <message>
        <source>The connection works. %1</source>
        <translation>The connection works. %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Remove account</translation>
    </message>
    <message>
        <source>Remove the account “%1” and its secret from the keychain? Its campaigns and reports stay in the workspace.</source>
        <translation>Remove the account “%1” and its secret from the keychain? Its campaigns and reports stay in the workspace.</translation>
    </message>
    <message>
        <source>Groups there:</source>
        <translation>Groups there:</translation>
    </message>
    <message>
        <source>Groups at the provider</source>
        <translation>Groups at the provider</translation>
    </message>
    <message>
        <source>Not read yet (Ctrl+G).</source>
        <translation>Not read yet (Ctrl+G).</translation>
    </message>
    <message>
        <source>This provider keeps no groups.</source>
        <translation>This provider keeps no groups.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n contact(s))</source>
        <translation>
            <numerusform>%1 (%n contact)</numerusform>
            <numerusform>%1 (%n contacts)</numerusform>
        </translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>None yet.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>WhatsApp conversations…</source>
        <translation>WhatsApp conversations…</translation>
    </message>
    <message>
        <source>Read and answer the WhatsApp conversations</source>
        <translation>Read and answer the WhatsApp conversations</translation>
    </message>
    <message>
        <source>%1 has no WhatsApp conversations.</source>
        <translation>%1 has no WhatsApp conversations.</translation>
    </message>
    <message>
        <source>Works (%1). %2</source>
        <translation>Works (%1). %2</translation>
    </message>
    <message>
        <source>Failed (%1): %2</source>
        <translation>Failed (%1): %2</translation>
    </message>
    <message>
        <source>Not tested yet (Ctrl+T).</source>
        <translation>Not tested yet (Ctrl+T).</translation>
    </message>
</context>
<context>
    <name>cm::CampaignDialog</name>
    <message>
        <source>New campaign</source>
        <translation>New campaign</translation>
    </message>
    <message>
        <source>November offer</source>
        <translation>November offer</translation>
    </message>
    <message>
        <source>%1 (%2 contacts)</source>
        <translation>%1 (%2 contacts)</translation>
    </message>
    <message>
        <source>the account&apos;s default</source>
        <translation>the account&apos;s default</translation>
    </message>
    <message>
        <source>The sender name or number an SMS shows, or the from address of an email.</source>
        <translation>The sender name or number an SMS shows, or the from address of an email.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Template:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Account:</translation>
    </message>
    <message>
        <source>&amp;Sender:</source>
        <translation>&amp;Sender:</translation>
    </message>
    <message>
        <source>&amp;Now, when I press Send</source>
        <translation>&amp;Now, when I press Send</translation>
    </message>
    <message>
        <source>A&amp;t</source>
        <translation>A&amp;t</translation>
    </message>
    <message>
        <source>Only send &amp;between</source>
        <translation>Only send &amp;between</translation>
    </message>
    <message>
        <source>Edit campaign “%1”</source>
        <translation>Edit campaign “%1”</translation>
    </message>
    <message>
        <source>Groups to send to</source>
        <translation>Groups to send to</translation>
    </message>
    <message>
        <source>Groups whose contacts are left out</source>
        <translation>Groups whose contacts are left out</translation>
    </message>
    <message>
        <source>Date and time to send</source>
        <translation>Date and time to send</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>My time zone (%1)</source>
        <translation>My time zone (%1)</translation>
    </message>
    <message>
        <source>Sending window starts</source>
        <translation>Sending window starts</translation>
    </message>
    <message>
        <source>Sending window ends</source>
        <translation>Sending window ends</translation>
    </message>
    <message>
        <source>Quiet hours: outside this window (in the campaign&apos;s time zone) the send pauses and continues by itself when the window opens.</source>
        <translation>Quiet hours: outside this window (in the campaign&apos;s time zone) the send pauses and continues by itself when the window opens.</translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation>Send &amp;to:</translation>
    </message>
    <message>
        <source>&amp;Leave out:</source>
        <translation>&amp;Leave out:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>When:</translation>
    </message>
    <message>
        <source>and</source>
        <translation>and</translation>
    </message>
    <message>
        <source>Quiet hours:</source>
        <translation>Quiet hours:</translation>
    </message>
    <message>
        <source>Saving sends nothing: Send… (Ctrl+Return) shows who the campaign will reach, then sends it or schedules it for the time above.</source>
        <translation>Saving sends nothing: Send… (Ctrl+Return) shows who the campaign will reach, then sends it or schedules it for the time above.</translation>
    </message>
    <message>
        <source>%1 options</source>
        <translation>%1 options</translation>
    </message>
    <message>
        <source>%1 (segment: %2)</source>
        <translation>%1 (segment: %2)</translation>
    </message>
    <message>
        <source>Whoever matches the rule when the send starts.</source>
        <translation>Whoever matches the rule when the send starts.</translation>
    </message>
    <message>
        <source>At each recipient&apos;s &amp;local time:</source>
        <translation>At each recipient&apos;s &amp;local time:</translation>
    </message>
    <message>
        <source>Local time of day</source>
        <translation>Local time of day</translation>
    </message>
    <message>
        <source>where that time has passed, the next day</source>
        <translation>where that time has passed, the next day</translation>
    </message>
    <message>
        <source>where that time has passed, at once</source>
        <translation>where that time has passed, at once</translation>
    </message>
    <message>
        <source>Where the local time has passed</source>
        <translation>Where the local time has passed</translation>
    </message>
    <message>
        <source>Each recipient gets it at this time in their own time zone: from their time_zone field, else their phone number&apos;s country and area, else the campaign&apos;s zone. The quiet hours then apply in each recipient&apos;s zone.</source>
        <translation>Each recipient gets it at this time in their own time zone: from their time_zone field, else their phone number&apos;s country and area, else the campaign&apos;s zone. The quiet hours then apply in each recipient&apos;s zone.</translation>
    </message>
    <message>
        <source>Local time:</source>
        <translation>Local time:</translation>
    </message>
</context>
<context>
    <name>cm::CampaignModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
</context>
<context>
    <name>cm::CampaignStore</name>
    <message>
        <source>save the campaign “%1”</source>
        <translation>save the campaign “%1”</translation>
    </message>
    <message>
        <source>change the campaign&apos;s state</source>
        <translation>change the campaign&apos;s state</translation>
    </message>
    <message>
        <source>save the campaign&apos;s recipients</source>
        <translation>save the campaign&apos;s recipients</translation>
    </message>
    <message>
        <source>save the send results</source>
        <translation>save the send results</translation>
    </message>
    <message>
        <source>save the delivery events</source>
        <translation>save the delivery events</translation>
    </message>
    <message>
        <source>save the report</source>
        <translation>save the report</translation>
    </message>
    <message>
        <source>save the groups of “%1”</source>
        <translation>save the groups of “%1”</translation>
    </message>
    <message>
        <source>“%1” can no longer be changed: its send has started. Clone it to change a copy.</source>
        <translation>“%1” can no longer be changed: its send has started. Clone it to change a copy.</translation>
    </message>
    <message>
        <source>schedule the campaign</source>
        <translation>schedule the campaign</translation>
    </message>
    <message>
        <source>Only a draft or a scheduled campaign can be scheduled; this one has started.</source>
        <translation>Only a draft or a scheduled campaign can be scheduled; this one has started.</translation>
    </message>
    <message>
        <source>cancel the campaign</source>
        <translation>cancel the campaign</translation>
    </message>
    <message>
        <source>Only a draft, a scheduled or a paused campaign can be cancelled; this one has finished.</source>
        <translation>Only a draft, a scheduled or a paused campaign can be cancelled; this one has finished.</translation>
    </message>
    <message>
        <source>That campaign no longer exists.</source>
        <translation>That campaign no longer exists.</translation>
    </message>
    <message>
        <source>record when the send continues</source>
        <translation>record when the send continues</translation>
    </message>
    <message>
        <source>campaign “%1”</source>
        <translation>campaign “%1”</translation>
    </message>
    <message>
        <source>The provider holds this send: move or cancel it there (Reschedule…, Cancel campaign).</source>
        <translation>The provider holds this send: move or cancel it there (Reschedule…, Cancel campaign).</translation>
    </message>
    <message>
        <source>The provider holds this send: cancel it there first (Cancel campaign does).</source>
        <translation>The provider holds this send: cancel it there first (Cancel campaign does).</translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Cancelled before it was sent.</translation>
    </message>
</context>
<context>
    <name>cm::CampaignsPane</name>
    <message>
        <source>Account:</source>
        <translation>Account:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Template:</translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation>Sender:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>When:</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>Recipients:</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>No campaigns yet.
A campaign sends a template to a group through an account, now or at a time you choose.</source>
        <translation>No campaigns yet.
A campaign sends a template to a group through an account, now or at a time you choose.</translation>
    </message>
    <message>
        <source>Open report</source>
        <translation>Open report</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Scheduled for %1 (your time)</source>
        <translation>Scheduled for %1 (your time)</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>Finished %1</source>
        <translation>Finished %1</translation>
    </message>
    <message>
        <source>Sending since %1</source>
        <translation>Sending since %1</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Not scheduled</translation>
    </message>
    <message>
        <source>Chosen when the campaign is sent.</source>
        <translation>Chosen when the campaign is sent.</translation>
    </message>
    <message>
        <source>%1 in all: %2</source>
        <translation>%1 in all: %2</translation>
    </message>
    <message>
        <source>New campaign…</source>
        <translation>New campaign…</translation>
    </message>
    <message>
        <source>Send…</source>
        <translation>Send…</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Retry failed</translation>
    </message>
    <message>
        <source>A campaign named “%1” exists already. Choose another name.</source>
        <translation>A campaign named “%1” exists already. Choose another name.</translation>
    </message>
    <message>
        <source>Campaign “%1” saved as a draft.</source>
        <translation>Campaign “%1” saved as a draft.</translation>
    </message>
    <message>
        <source>“%1” would reach nobody. %2</source>
        <translation>“%1” would reach nobody. %2</translation>
    </message>
    <message>
        <source>Send “%1” now?</source>
        <translation>Send “%1” now?</translation>
    </message>
    <message>
        <source>Send campaign</source>
        <translation>Send campaign</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>No recipient of this campaign failed.</source>
        <translation>No recipient of this campaign failed.</translation>
    </message>
    <message>
        <source>Test send…</source>
        <translation>Test send…</translation>
    </message>
    <message>
        <source>Test send</source>
        <translation>Test send</translation>
    </message>
    <message>
        <source>Send this campaign&apos;s text, personalised for the first contact of its group, to (separate several with commas):</source>
        <translation>Send this campaign&apos;s text, personalised for the first contact of its group, to (separate several with commas):</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>Groups:</translation>
    </message>
    <message>
        <source>Quiet hours:</source>
        <translation>Quiet hours:</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Clone…</source>
        <translation>Clone…</translation>
    </message>
    <message>
        <source>Clone campaign</source>
        <translation>Clone campaign</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>Name of the copy:</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <source>Cancel campaign…</source>
        <translation>Cancel campaign…</translation>
    </message>
    <message>
        <source>Send now…</source>
        <translation>Send now…</translation>
    </message>
    <message>
        <source>Resume sending</source>
        <translation>Resume sending</translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation>Schedule…</translation>
    </message>
    <message>
        <source>leaving out the contacts of %1</source>
        <translation>leaving out the contacts of %1</translation>
    </message>
    <message>
        <source>Sends only between %1 (%2); pauses outside it.</source>
        <translation>Sends only between %1 (%2); pauses outside it.</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Any time</translation>
    </message>
    <message>
        <source>Paused for quiet hours; continues at %1</source>
        <translation>Paused for quiet hours; continues at %1</translation>
    </message>
    <message>
        <source>To be scheduled for %1 (your time) once checked: press Schedule…</source>
        <translation>To be scheduled for %1 (your time) once checked: press Schedule…</translation>
    </message>
    <message>
        <source>Campaign “%1” saved.</source>
        <translation>Campaign “%1” saved.</translation>
    </message>
    <message>
        <source>Cloned as the draft “%1”: change it with Edit…, then send it.</source>
        <translation>Cloned as the draft “%1”: change it with Edit…, then send it.</translation>
    </message>
    <message>
        <source>Cancel “%1”? The recipients not sent yet will not get it; the ones sent stay in the report.</source>
        <translation>Cancel “%1”? The recipients not sent yet will not get it; the ones sent stay in the report.</translation>
    </message>
    <message>
        <source>Cancel “%1”? It will not be sent; you can clone it later.</source>
        <translation>Cancel “%1”? It will not be sent; you can clone it later.</translation>
    </message>
    <message>
        <source>Cancel campaign</source>
        <translation>Cancel campaign</translation>
    </message>
    <message>
        <source>“%1” cancelled; nothing more of it is sent.</source>
        <translation>“%1” cancelled; nothing more of it is sent.</translation>
    </message>
    <message>
        <source>Schedule “%1” for %2?</source>
        <translation>Schedule “%1” for %2?</translation>
    </message>
    <message>
        <source>It sends only between %1, %2 time.</source>
        <translation>It sends only between %1, %2 time.</translation>
    </message>
    <message>
        <source>Schedule campaign</source>
        <translation>Schedule campaign</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>“%1” is scheduled for %2. It goes out then while Campaign Manager is open, or through campaignctl run-due.</source>
        <translation>“%1” is scheduled for %2. It goes out then while Campaign Manager is open, or through campaignctl run-due.</translation>
    </message>
    <message>
        <source>Resolve unknown…</source>
        <translation>Resolve unknown…</translation>
    </message>
    <message>
        <source>Resolve unknown recipients</source>
        <translation>Resolve unknown recipients</translation>
    </message>
    <message>
        <source>The provider may or may not have these messages: the answer to their request was lost. Check in the provider&apos;s own panel, then say what happened. Recipients marked as not sent can be retried.</source>
        <translation>The provider may or may not have these messages: the answer to their request was lost. Check in the provider&apos;s own panel, then say what happened. Recipients marked as not sent can be retried.</translation>
    </message>
    <message>
        <source>They were sent</source>
        <translation>They were sent</translation>
    </message>
    <message>
        <source>They were not sent</source>
        <translation>They were not sent</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) recorded as sent.</source>
        <translation>
            <numerusform>%n recipient recorded as sent.</numerusform>
            <numerusform>%n recipients recorded as sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) recorded as not sent; Retry failed sends them.</source>
        <translation>
            <numerusform>%n recipient recorded as not sent; Retry failed sends it.</numerusform>
            <numerusform>%n recipients recorded as not sent; Retry failed sends them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix this before sending “%1”: %2</source>
        <translation>Fix this before sending “%1”: %2</translation>
    </message>
    <message>
        <source>Reschedule campaign</source>
        <translation>Reschedule campaign</translation>
    </message>
    <message>
        <source>Its provider holds “%1”. New time (YYYY-MM-DD HH:MM, %2 time):</source>
        <translation>Its provider holds “%1”. New time (YYYY-MM-DD HH:MM, %2 time):</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Reschedule…</translation>
    </message>
    <message>
        <source>Held by %1 for %2 (your time); it goes out then even if Campaign Manager is closed</source>
        <translation>Held by %1 for %2 (your time); it goes out then even if Campaign Manager is closed</translation>
    </message>
    <message>
        <source>%1 will hold it and send it at that time, even if Campaign Manager is closed. Until then you can reschedule or cancel it here.</source>
        <translation>%1 will hold it and send it at that time, even if Campaign Manager is closed. Until then you can reschedule or cancel it here.</translation>
    </message>
    <message>
        <source>Send the campaign to a few addresses of your own</source>
        <translation>Send the campaign to a few addresses of your own</translation>
    </message>
    <message>
        <source>Ask the provider</source>
        <translation>Ask the provider</translation>
    </message>
    <message>
        <source>Paused; continues by itself at %1</source>
        <translation>Paused; continues by itself at %1</translation>
    </message>
    <message>
        <source>the default of the account “%1”</source>
        <translation>the default of the account “%1”</translation>
    </message>
    <message>
        <source>segment “%1”</source>
        <translation>segment “%1”</translation>
    </message>
    <message>
        <source>It sends only between %1, in each recipient&apos;s time zone.</source>
        <translation>It sends only between %1, in each recipient&apos;s time zone.</translation>
    </message>
    <message>
        <source>Local time:</source>
        <translation>Local time:</translation>
    </message>
    <message>
        <source>A/B test:</source>
        <translation>A/B test:</translation>
    </message>
    <message>
        <source>A/B test…</source>
        <translation>A/B test…</translation>
    </message>
    <message>
        <source>Send variants of this campaign to a share of its audience each, then the best one to the rest</source>
        <translation>Send variants of this campaign to a share of its audience each, then the best one to the rest</translation>
    </message>
    <message>
        <source>Pick winner…</source>
        <translation>Pick winner…</translation>
    </message>
    <message>
        <source>At %1 in each recipient&apos;s time zone; where it has passed, at once</source>
        <translation>At %1 in each recipient&apos;s time zone; where it has passed, at once</translation>
    </message>
    <message>
        <source>At %1 in each recipient&apos;s time zone; where it has passed, the next day</source>
        <translation>At %1 in each recipient&apos;s time zone; where it has passed, the next day</translation>
    </message>
    <message>
        <source>A/B test: stopped with the campaign</source>
        <translation>A/B test: stopped with the campaign</translation>
    </message>
</context>
<context>
    <name>cm::Cli</name>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 needs a value.</translation>
    </message>
    <message>
        <source>Unknown command “%1”. Run campaignctl --help for the list.</source>
        <translation>Unknown command “%1”. Run campaignctl --help for the list.</translation>
    </message>
    <message>
        <source>Give exactly one name.</source>
        <translation>Give exactly one name.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Unexpected argument “%1”.</translation>
    </message>
    <message>
        <source>--secret-stdin was given, but standard input was empty.</source>
        <translation>--secret-stdin was given, but standard input was empty.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>PROVIDER</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USER</translation>
    </message>
    <message>
        <source>BASE URL</source>
        <translation>BASE URL</translation>
    </message>
    <message>
        <source>There is no account named “%1”. See campaignctl accounts list.</source>
        <translation>There is no account named “%1”. See campaignctl accounts list.</translation>
    </message>
    <message>
        <source>The connection works. %1</source>
        <translation>The connection works. %1</translation>
    </message>
    <message>
        <source>Balance: %1 %2</source>
        <translation>Balance: %1 %2</translation>
    </message>
    <message>
        <source>Can do: %1</source>
        <translation>Can do: %1</translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation>A group needs a name.</translation>
    </message>
    <message>
        <source>A group named “%1” exists already. Choose another name.</source>
        <translation>A group named “%1” exists already. Choose another name.</translation>
    </message>
    <message>
        <source>Group “%1” created.</source>
        <translation>Group “%1” created.</translation>
    </message>
    <message>
        <source>CONTACTS</source>
        <translation>CONTACTS</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>ACCOUNT</translation>
    </message>
    <message>
        <source>REMOTE ID</source>
        <translation>REMOTE ID</translation>
    </message>
    <message>
        <source>CHANNEL</source>
        <translation>CHANNEL</translation>
    </message>
    <message>
        <source>SUBJECT OR TEXT</source>
        <translation>SUBJECT OR TEXT</translation>
    </message>
    <message>
        <source>There is no campaign named “%1”. See campaignctl campaigns list.</source>
        <translation>There is no campaign named “%1”. See campaignctl campaigns list.</translation>
    </message>
    <message>
        <source>“%1” has no report yet. Run campaignctl reports show “%1” --refresh once it is sent.</source>
        <translation>“%1” has no report yet. Run campaignctl reports show “%1” --refresh once it is sent.</translation>
    </message>
    <message>
        <source>not reported by %1</source>
        <translation>not reported by %1</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>%1, updated %2</source>
        <translation>%1, updated %2</translation>
    </message>
    <message>
        <source>COUNTER</source>
        <translation>COUNTER</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALUE</translation>
    </message>
    <message>
        <source>Name the account with --account.</source>
        <translation>Name the account with --account.</translation>
    </message>
    <message>
        <source>Choose --push or --pull, not both.</source>
        <translation>Choose --push or --pull, not both.</translation>
    </message>
    <message>
        <source>There is no group named “%1”. See campaignctl groups list.</source>
        <translation>There is no group named “%1”. See campaignctl groups list.</translation>
    </message>
    <message>
        <source>--setting takes KEY=VALUE, not “%1”.</source>
        <translation>--setting takes KEY=VALUE, not “%1”.</translation>
    </message>
    <message>
        <source>Use: campaignctl accounts add|edit|list|verify|remove …</source>
        <translation>Use: campaignctl accounts add|edit|list|verify|remove …</translation>
    </message>
    <message>
        <source>Give the import&apos;s number, as contacts import printed it.</source>
        <translation>Give the import&apos;s number, as contacts import printed it.</translation>
    </message>
    <message>
        <source>Name the group with --group; it is created if it does not exist.</source>
        <translation>Name the group with --group; it is created if it does not exist.</translation>
    </message>
    <message>
        <source>--on-duplicate takes skip or update.</source>
        <translation>--on-duplicate takes skip or update.</translation>
    </message>
    <message>
        <source>--delimiter takes one character, such as ; or tab.</source>
        <translation>--delimiter takes one character, such as ; or tab.</translation>
    </message>
    <message>
        <source>--map takes CSVCOLUMN=FIELD, not “%1”.</source>
        <translation>--map takes CSVCOLUMN=FIELD, not “%1”.</translation>
    </message>
    <message>
        <source>Import %1: %2</source>
        <translation>Import %1: %2</translation>
    </message>
    <message>
        <source>Undo it with: campaignctl contacts undo-import %1</source>
        <translation>Undo it with: campaignctl contacts undo-import %1</translation>
    </message>
    <message>
        <source>Name the group with --group.</source>
        <translation>Name the group with --group.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) written to “%1”.</source>
        <translation>
            <numerusform>%n contact written to “%1”.</numerusform>
            <numerusform>%n contacts written to “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>--header takes auto, yes or no.</source>
        <translation>--header takes auto, yes or no.</translation>
    </message>
    <message>
        <source>The first line holds a contact, not column names, so it was imported and the columns were numbered (%1). If it does name the columns, import again with --header yes.</source>
        <translation>The first line holds a contact, not column names, so it was imported and the columns were numbered (%1). If it does name the columns, import again with --header yes.</translation>
    </message>
    <message>
        <source>--search needs a word: a name, an email address, a phone number or a city.</source>
        <translation>--search needs a word: a name, an email address, a phone number or a city.</translation>
    </message>
    <message>
        <source>No contact of “%1” matches “%2”; no file was written.</source>
        <translation>No contact of “%1” matches “%2”; no file was written.</translation>
    </message>
    <message>
        <source>Use: campaignctl contacts list|add|delete|import|export|undo-import …</source>
        <translation>Use: campaignctl contacts list|add|delete|import|export|undo-import …</translation>
    </message>
    <message>
        <source>Use: campaignctl groups rename NAME NEW_NAME</source>
        <translation>Use: campaignctl groups rename NAME NEW_NAME</translation>
    </message>
    <message>
        <source>Name the group to merge into with --into.</source>
        <translation>Name the group to merge into with --into.</translation>
    </message>
    <message>
        <source>Group “%1” renamed to “%2”.</source>
        <translation>Group “%1” renamed to “%2”.</translation>
    </message>
    <message>
        <source>“%1” has %2 contacts. Add --yes to delete the group and its contacts.</source>
        <translation>“%1” has %2 contacts. Add --yes to delete the group and its contacts.</translation>
    </message>
    <message>
        <source>Group “%1” deleted.</source>
        <translation>Group “%1” deleted.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” merged into “%2”: %n contact(s) moved, %3 already there.</source>
        <translation>
            <numerusform>“%1” merged into “%2”: %n contact moved, %3 already there.</numerusform>
            <numerusform>“%1” merged into “%2”: %n contacts moved, %3 already there.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the email addresses or phone numbers to delete.</source>
        <translation>Give the email addresses or phone numbers to delete.</translation>
    </message>
    <message>
        <source>--field takes KEY=VALUE, not “%1”.</source>
        <translation>--field takes KEY=VALUE, not “%1”.</translation>
    </message>
    <message>
        <source>Contact %1 added to “%2”.</source>
        <translation>Contact %1 added to “%2”.</translation>
    </message>
    <message>
        <source>“%1” has no contact %2; nothing was deleted.</source>
        <translation>“%1” has no contact %2; nothing was deleted.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) deleted.</source>
        <translation>
            <numerusform>%n contact deleted.</numerusform>
            <numerusform>%n contacts deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>--sort takes email, phone, first_name, last_name, city, country or id, with :desc for the reverse order.</source>
        <translation>--sort takes email, phone, first_name, last_name, city, country or id, with :desc for the reverse order.</translation>
    </message>
    <message>
        <source>--limit takes a number of contacts (0: all of them).</source>
        <translation>--limit takes a number of contacts (0: all of them).</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>EMAIL</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>PHONE</translation>
    </message>
    <message>
        <source>FIRST NAME</source>
        <translation>FIRST NAME</translation>
    </message>
    <message>
        <source>LAST NAME</source>
        <translation>LAST NAME</translation>
    </message>
    <message>
        <source>CITY</source>
        <translation>CITY</translation>
    </message>
    <message>
        <source>COUNTRY</source>
        <translation>COUNTRY</translation>
    </message>
    <message>
        <source>… %1 of %2 shown; --limit 0 shows them all.</source>
        <translation>… %1 of %2 shown; --limit 0 shows them all.</translation>
    </message>
    <message>
        <source>Give exactly one file.</source>
        <translation>Give exactly one file.</translation>
    </message>
    <message>
        <source>Give the email addresses or phone numbers.</source>
        <translation>Give the email addresses or phone numbers.</translation>
    </message>
    <message>
        <source>campaignctl</source>
        <translation>campaignctl</translation>
    </message>
    <message>
        <source>%1 added, %2 listed already.</source>
        <translation>%1 added, %2 listed already.</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) removed from the suppression list.</source>
        <translation>
            <numerusform>%n address removed from the suppression list.</numerusform>
            <numerusform>%n addresses removed from the suppression list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) written to “%1”.</source>
        <translation>
            <numerusform>%n address written to “%1”.</numerusform>
            <numerusform>%n addresses written to “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADDRESS</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>REASON</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <source>ADDED</source>
        <translation>ADDED</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>STATE</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>WHEN</translation>
    </message>
    <message>
        <source>RECIPIENTS</source>
        <translation>RECIPIENTS</translation>
    </message>
    <message>
        <source>There is no template named “%1”. See campaignctl templates list.</source>
        <translation>There is no template named “%1”. See campaignctl templates list.</translation>
    </message>
    <message>
        <source>A campaign named “%1” exists already. Choose another name.</source>
        <translation>A campaign named “%1” exists already. Choose another name.</translation>
    </message>
    <message>
        <source>“%1” has no failed recipients.</source>
        <translation>“%1” has no failed recipients.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>COUNT</source>
        <translation>COUNT</translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation>unknown: %1</translation>
    </message>
    <message>
        <source>Give the name and the new name.</source>
        <translation>Give the name and the new name.</translation>
    </message>
    <message>
        <source>Give the sending window as HH:MM-HH:MM, e.g. 09:00-20:00.</source>
        <translation>Give the sending window as HH:MM-HH:MM, e.g. 09:00-20:00.</translation>
    </message>
    <message>
        <source>Campaign “%1” created: %2 recipients (%3 left out: no address for the channel, suppressed, in an excluded group or twice).</source>
        <translation>Campaign “%1” created: %2 recipients (%3 left out: no address for the channel, suppressed, in an excluded group or twice).</translation>
    </message>
    <message>
        <source>Scheduled for %1 (%2); campaignctl run-due or the open app sends it then.</source>
        <translation>Scheduled for %1 (%2); campaignctl run-due or the open app sends it then.</translation>
    </message>
    <message>
        <source>Give the text with --body TEXT or --body-file FILE (one of them).</source>
        <translation>Give the text with --body TEXT or --body-file FILE (one of them).</translation>
    </message>
    <message>
        <source>Cannot read “%1”; check the path.</source>
        <translation>Cannot read “%1”; check the path.</translation>
    </message>
    <message>
        <source>A template named “%1” exists already. Choose another name.</source>
        <translation>A template named “%1” exists already. Choose another name.</translation>
    </message>
    <message numerus="yes">
        <source>Template “%1” added: %2, %n part(s) before personalisation.</source>
        <translation>
            <numerusform>Template “%1” added: %2, %n part before personalisation.</numerusform>
            <numerusform>Template “%1” added: %2, %n parts before personalisation.</numerusform>
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
        <translation>Template “%1” added.</translation>
    </message>
    <message>
        <source>Template “%1” deleted.</source>
        <translation>Template “%1” deleted.</translation>
    </message>
    <message>
        <source>Name the contact to render for: --contact EMAIL_OR_PHONE.</source>
        <translation>Name the contact to render for: --contact EMAIL_OR_PHONE.</translation>
    </message>
    <message>
        <source>No contact “%1” in %2.</source>
        <translation>No contact “%1” in %2.</translation>
    </message>
    <message>
        <source>the group “%1”</source>
        <translation>the group “%1”</translation>
    </message>
    <message>
        <source>any group</source>
        <translation>any group</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Subject: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n character(s)</source>
        <translation>
            <numerusform>%1, %n character</numerusform>
            <numerusform>%1, %n characters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n part(s)</source>
        <translation>
            <numerusform>%n part</numerusform>
            <numerusform>%n parts</numerusform>
        </translation>
    </message>
    <message>
        <source>Unicode because of: %1</source>
        <translation>Unicode because of: %1</translation>
    </message>
    <message>
        <source>This contact has no value for: %1</source>
        <translation>This contact has no value for: %1</translation>
    </message>
    <message>
        <source>Give the time with --at &quot;YYYY-MM-DD HH:MM&quot; [--tz ZONE], or --now to unschedule.</source>
        <translation>Give the time with --at &quot;YYYY-MM-DD HH:MM&quot; [--tz ZONE], or --now to unschedule.</translation>
    </message>
    <message>
        <source>“%1” cloned as the draft “%2”.</source>
        <translation>“%1” cloned as the draft “%2”.</translation>
    </message>
    <message>
        <source>“%1” is being sent; stop the send first.</source>
        <translation>“%1” is being sent; stop the send first.</translation>
    </message>
    <message>
        <source>“%1” cancelled; nothing more of it is sent.</source>
        <translation>“%1” cancelled; nothing more of it is sent.</translation>
    </message>
    <message>
        <source>“%1” is %2; only a draft or a scheduled campaign can be scheduled.</source>
        <translation>“%1” is %2; only a draft or a scheduled campaign can be scheduled.</translation>
    </message>
    <message>
        <source>“%1” is scheduled for %2 (%3); campaignctl run-due or the open app sends it then.</source>
        <translation>“%1” is scheduled for %2 (%3); campaignctl run-due or the open app sends it then.</translation>
    </message>
    <message>
        <source>“%1” is a draft again; send it with campaignctl campaigns send.</source>
        <translation>“%1” is a draft again; send it with campaignctl campaigns send.</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>Nothing is due.</translation>
    </message>
    <message>
        <source>Recipients marked unknown may have been sent: check them at the provider (campaignctl campaigns status lists them), then campaignctl campaigns resolve NAME --as sent|failed.</source>
        <translation>Recipients marked unknown may have been sent: check them at the provider (campaignctl campaigns status lists them), then campaignctl campaigns resolve NAME --as sent|failed.</translation>
    </message>
    <message>
        <source>Say what happened to the unknown recipients: --as sent or --as failed.</source>
        <translation>Say what happened to the unknown recipients: --as sent or --as failed.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) of “%1” recorded as sent.</source>
        <translation>
            <numerusform>%n recipient of “%1” recorded as sent.</numerusform>
            <numerusform>%n recipients of “%1” recorded as sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) of “%1” recorded as not sent; campaignctl campaigns retry sends them.</source>
        <translation>
            <numerusform>%n recipient of “%1” recorded as not sent; campaignctl campaigns retry sends it.</numerusform>
            <numerusform>%n recipients of “%1” recorded as not sent; campaignctl campaigns retry sends them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: campaignctl reports export NAME FILE [--delimiter C] [--bom]</source>
        <translation>Use: campaignctl reports export NAME FILE [--delimiter C] [--bom]</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) of “%1” written to “%2”.</source>
        <translation>
            <numerusform>%n recipient of “%1” written to “%2”.</numerusform>
            <numerusform>%n recipients of “%1” written to “%2”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: campaignctl reports retarget NAME --who clicked|opened|failed|… --group NEW_GROUP</source>
        <translation>Use: campaignctl reports retarget NAME --who clicked|opened|failed|… --group NEW_GROUP</translation>
    </message>
    <message>
        <source>--who takes a recipient state (delivered, failed, bounced, accepted, unknown) or what they did (opened, clicked, unsubscribed, complained).</source>
        <translation>--who takes a recipient state (delivered, failed, bounced, accepted, unknown) or what they did (opened, clicked, unsubscribed, complained).</translation>
    </message>
    <message>
        <source>No contact in the workspace matches this filter.</source>
        <translation>No contact in the workspace matches this filter.</translation>
    </message>
    <message numerus="yes">
        <source>Group “%1” made with %n contact(s); send them a follow-up from Campaigns.</source>
        <translation>
            <numerusform>Group “%1” made with %n contact; send them a follow-up from Campaigns.</numerusform>
            <numerusform>Group “%1” made with %n contacts; send them a follow-up from Campaigns.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: campaignctl reports show NAME [--refresh] | export NAME FILE | retarget NAME …</source>
        <translation>Use: campaignctl reports show NAME [--refresh] | export NAME FILE | retarget NAME …</translation>
    </message>
    <message>
        <source>Use: campaignctl reports compare NAME [NAME…]</source>
        <translation>Use: campaignctl reports compare NAME [NAME…]</translation>
    </message>
    <message>
        <source>CAMPAIGN</source>
        <translation>CAMPAIGN</translation>
    </message>
    <message>
        <source>SENT</source>
        <translation>SENT</translation>
    </message>
    <message>
        <source>DELIVERY</source>
        <translation>DELIVERY</translation>
    </message>
    <message>
        <source>OPEN</source>
        <translation>OPEN</translation>
    </message>
    <message>
        <source>CLICK</source>
        <translation>CLICK</translation>
    </message>
    <message>
        <source>BOUNCE</source>
        <translation>BOUNCE</translation>
    </message>
    <message>
        <source>UNSUBSCRIBE</source>
        <translation>UNSUBSCRIBE</translation>
    </message>
    <message>
        <source>COST/DELIVERED</source>
        <translation>COST/DELIVERED</translation>
    </message>
    <message>
        <source>Its provider holds “%1”: give a new time with --at, or cancel it.</source>
        <translation>Its provider holds “%1”: give a new time with --at, or cancel it.</translation>
    </message>
    <message>
        <source>Use: campaignctl suppressions list|add|remove|import|export|sync …</source>
        <translation>Use: campaignctl suppressions list|add|remove|import|export|sync …</translation>
    </message>
    <message>
        <source>Use: campaignctl suppressions sync --account NAME</source>
        <translation>Use: campaignctl suppressions sync --account NAME</translation>
    </message>
    <message>
        <source>Say which account with --account NAME.</source>
        <translation>Say which account with --account NAME.</translation>
    </message>
    <message>
        <source>Use: campaignctl templates list|add|render|delete|push|pull …</source>
        <translation>Use: campaignctl templates list|add|render|delete|push|pull …</translation>
    </message>
    <message>
        <source>Use: campaignctl groups list|create|sync|validate …</source>
        <translation>Use: campaignctl groups list|create|sync|validate …</translation>
    </message>
    <message>
        <source>--option takes KEY=VALUE, not “%1”.</source>
        <translation>--option takes KEY=VALUE, not “%1”.</translation>
    </message>
    <message>
        <source>“%1” is not linked to a group at a provider that can delete it; without --remote it is deleted here only.</source>
        <translation>“%1” is not linked to a group at a provider that can delete it; without --remote it is deleted here only.</translation>
    </message>
    <message>
        <source>Use: campaignctl conversations list|show|reply …</source>
        <translation>Use: campaignctl conversations list|show|reply …</translation>
    </message>
    <message>
        <source>Give the user&apos;s number.</source>
        <translation>Give the user&apos;s number.</translation>
    </message>
    <message>
        <source>Give the user&apos;s number and the answer.</source>
        <translation>Give the user&apos;s number and the answer.</translation>
    </message>
    <message>
        <source>Say which business number with --from NUMBER (conversations list shows it).</source>
        <translation>Say which business number with --from NUMBER (conversations list shows it).</translation>
    </message>
    <message>
        <source>open until %1</source>
        <translation>open until %1</translation>
    </message>
    <message>
        <source>closed: templates only</source>
        <translation>closed: templates only</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>FROM</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>TO</translation>
    </message>
    <message>
        <source>CONTACT</source>
        <translation>CONTACT</translation>
    </message>
    <message>
        <source>MESSAGES</source>
        <translation>MESSAGES</translation>
    </message>
    <message>
        <source>SESSION</source>
        <translation>SESSION</translation>
    </message>
    <message>
        <source>LAST</source>
        <translation>LAST</translation>
    </message>
    <message>
        <source>The session is open until %1: you can answer with conversations reply.</source>
        <translation>The session is open until %1: you can answer with conversations reply.</translation>
    </message>
    <message>
        <source>Answered: %1</source>
        <translation>Answered: %1</translation>
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
        <translation>Usage: campaignctl [--db PATH] [--json] [--lang CODE] COMMAND …

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
Exit status: 0 success, 1 the operation failed, 2 bad usage.</translation>
    </message>
    <message>
        <source>provider accounts and their credentials</source>
        <translation>provider accounts and their credentials</translation>
    </message>
    <message>
        <source>contact groups, here and at a provider</source>
        <translation>contact groups, here and at a provider</translation>
    </message>
    <message>
        <source>the contacts of a group: list, add, delete, import, export</source>
        <translation>the contacts of a group: list, add, delete, import, export</translation>
    </message>
    <message>
        <source>addresses never sent to: opt-outs, bounces, blocks</source>
        <translation>addresses never sent to: opt-outs, bounces, blocks</translation>
    </message>
    <message>
        <source>create, check, schedule and send campaigns</source>
        <translation>create, check, schedule and send campaigns</translation>
    </message>
    <message>
        <source>what came of a campaign: counters, exports, follow-up groups</source>
        <translation>what came of a campaign: counters, exports, follow-up groups</translation>
    </message>
    <message>
        <source>send what is due, then exit (for cron)</source>
        <translation>send what is due, then exit (for cron)</translation>
    </message>
    <message>
        <source>campaignctl %1: %2</source>
        <translation>campaignctl %1: %2</translation>
    </message>
    <message>
        <source>Options for every command: [--db PATH] [--json] [--lang CODE]; see campaignctl --help.</source>
        <translation>Options for every command: [--db PATH] [--json] [--lang CODE]; see campaignctl --help.</translation>
    </message>
    <message>
        <source>SMS, email, call and WhatsApp templates: add, render, share with a provider</source>
        <translation>SMS, email, call and WhatsApp templates: add, render, share with a provider</translation>
    </message>
    <message>
        <source>the workspace&apos;s own settings</source>
        <translation>the workspace&apos;s own settings</translation>
    </message>
    <message>
        <source>WhatsApp conversations: read and answer</source>
        <translation>WhatsApp conversations: read and answer</translation>
    </message>
    <message>
        <source>Name the provider with --provider (%1).</source>
        <translation>Name the provider with --provider (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s): %1</source>
        <translation>
            <numerusform>%n recipient: %1</numerusform>
            <numerusform>%n recipients: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was accepted.</source>
        <translation>Nothing was accepted.</translation>
    </message>
    <message>
        <source>  conversations list --account NAME   # WhatsApp conversations, where the provider keeps them
  conversations show NUMBER --account NAME --from NUMBER
  conversations reply NUMBER TEXT --account NAME --from NUMBER   # within the 24-hour session only</source>
        <translation>  conversations list --account NAME   # WhatsApp conversations, where the provider keeps them
  conversations show NUMBER --account NAME --from NUMBER
  conversations reply NUMBER TEXT --account NAME --from NUMBER   # within the 24-hour session only</translation>
    </message>
    <message>
        <source>The session is closed: only an approved template can be sent (a WhatsApp campaign).</source>
        <translation>The session is closed: only an approved template can be sent (a WhatsApp campaign).</translation>
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
        <translation>  groups list [--account NAME]
  groups create NAME [--account ACCOUNT]
  groups list --account NAME --remote
  groups sync NAME --account ACCOUNT [--push|--pull]
  groups validate NAME --account ACCOUNT   # the provider checks the emails; bad ones suppressed
  groups rename NAME NEW_NAME
  groups delete NAME [--yes] [--remote]   # --remote: at the linked provider group too, first
  groups merge NAME --into TARGET</translation>
    </message>
    <message>
        <source>  suppressions list [--search TEXT]
  suppressions add ADDRESS… [--channel sms|email|voice|all] [--reason opt_out|block|bounce|complaint]
                   [--region CC]
  suppressions remove ADDRESS…
  suppressions import FILE [--region CC]
  suppressions export FILE [--delimiter C] [--bom]
  suppressions sync --account NAME     # with the account&apos;s opt-out list, both ways</source>
        <translation>  suppressions list [--search TEXT]
  suppressions add ADDRESS… [--channel sms|email|voice|all] [--reason opt_out|block|bounce|complaint]
                   [--region CC]
  suppressions remove ADDRESS…
  suppressions import FILE [--region CC]
  suppressions export FILE [--delimiter C] [--bom]
  suppressions sync --account NAME     # with the account&apos;s opt-out list, both ways</translation>
    </message>
    <message>
        <source>Give the channel: --channel sms, email, voice (a call) or whatsapp.</source>
        <translation>Give the channel: --channel sms, email, voice (a call) or whatsapp.</translation>
    </message>
    <message>
        <source>  workspace show                      # the workspace&apos;s file, id and settings
  workspace region [CODE]             # the region of phone numbers written without a country
                                      # code (TR, ES, PL, US…): shows it, or sets it</source>
        <translation>  workspace show                      # the workspace&apos;s file, id and settings
  workspace region [CODE]             # the region of phone numbers written without a country
                                      # code (TR, ES, PL, US…): shows it, or sets it</translation>
    </message>
    <message>
        <source>Unknown workspace command “%1”.</source>
        <translation>Unknown workspace command “%1”.</translation>
    </message>
    <message>
        <source>Phone numbers without a country code are now read as %1 numbers.</source>
        <translation>Phone numbers without a country code are now read as %1 numbers.</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Workspace: %1</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>Id: %1</translation>
    </message>
    <message>
        <source>Phone region: %1</source>
        <translation>Phone region: %1</translation>
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
        <translation>  contacts list --group NAME [--search WORDS] [--sort FIELD[:desc]] [--limit N]
  contacts add --group NAME [--email E] [--phone P] [--first-name T] [--last-name T] [--city T]
               [--country CC] [--field KEY=VALUE]… [--region CC]
  contacts delete --group NAME ADDRESS…
  contacts import FILE --group NAME [--region CC] [--delimiter C] [--encoding NAME]
                  [--map CSVCOLUMN=FIELD]… [--on-duplicate skip|update] [--empty-cells keep|clear]
                  [--header auto|yes|no] [--title-line auto|yes|no] [--sheet NAME] [--report REPORT.csv]
                  (FILE: .csv, or an Excel workbook .xlsx)
  contacts export FILE --group NAME [--search WORDS] [--delimiter C] [--encoding NAME] [--bom]
                  (FILE.xlsx: an Excel workbook; otherwise CSV)
  contacts undo-import IMPORT_ID</translation>
    </message>
    <message>
        <source>--empty-cells takes keep (an empty cell leaves the field as it is) or clear.</source>
        <translation>--empty-cells takes keep (an empty cell leaves the field as it is) or clear.</translation>
    </message>
    <message>
        <source>--empty-cells clear changes what an update writes; use it with --on-duplicate update.</source>
        <translation>--empty-cells clear changes what an update writes; use it with --on-duplicate update.</translation>
    </message>
    <message>
        <source>--title-line takes auto, yes or no.</source>
        <translation>--title-line takes auto, yes or no.</translation>
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
        <translation>Give --secret-stdin and --mailbox-secret-stdin one at a time: both read standard input.</translation>
    </message>
    <message>
        <source>--mailbox-secret-stdin was given, but standard input was empty.</source>
        <translation>--mailbox-secret-stdin was given, but standard input was empty.</translation>
    </message>
    <message>
        <source>saved rules over contacts (country, fields, what they opened…) to send to</source>
        <translation>saved rules over contacts (country, fields, what they opened…) to send to</translation>
    </message>
    <message>
        <source>Name the account, the groups or segments and the template: --account, --group or --segment, --template.</source>
        <translation>Name the account, the groups or segments and the template: --account, --group or --segment, --template.</translation>
    </message>
    <message>
        <source>There is no segment named “%1”. See campaignctl segments list.</source>
        <translation>There is no segment named “%1”. See campaignctl segments list.</translation>
    </message>
    <message>
        <source>Give the segment&apos;s rule: --rule &apos;country = ES and opened any campaign&apos;.</source>
        <translation>Give the segment&apos;s rule: --rule &apos;country = ES and opened any campaign&apos;.</translation>
    </message>
    <message>
        <source>--limit takes a number of contacts.</source>
        <translation>--limit takes a number of contacts.</translation>
    </message>
    <message>
        <source>No segments yet. Create one with campaignctl segments create NAME --rule RULE.</source>
        <translation>No segments yet. Create one with campaignctl segments create NAME --rule RULE.</translation>
    </message>
    <message numerus="yes">
        <source>Segment “%1” created: %n contact(s) match it now.</source>
        <translation>
            <numerusform>Segment “%1” created: %n contact matches it now.</numerusform>
            <numerusform>Segment “%1” created: %n contacts match it now.</numerusform>
        </translation>
    </message>
    <message>
        <source>Segment “%1” deleted.</source>
        <translation>Segment “%1” deleted.</translation>
    </message>
    <message>
        <source>Segment “%1” saved.</source>
        <translation>Segment “%1” saved.</translation>
    </message>
    <message>
        <source>The rule of “%1” no longer reads: %2</source>
        <translation>The rule of “%1” no longer reads: %2</translation>
    </message>
    <message>
        <source>The segment “%1” cannot be counted: %2</source>
        <translation>The segment “%1” cannot be counted: %2</translation>
    </message>
    <message>
        <source>Segment “%1”: %2</source>
        <translation>Segment “%1”: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) match it now.</source>
        <translation>
            <numerusform>%n contact matches it now.</numerusform>
            <numerusform>%n contacts match it now.</numerusform>
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
        <translation>  segments create NAME --rule RULE    # e.g. --rule &apos;country = ES and not opened &quot;March newsletter&quot;&apos;
  segments edit NAME [--rule RULE] [--name NEW]
  segments list
  segments show NAME [--limit N]     # the rule, the count and the first matching contacts
  segments count NAME
  segments delete NAME
  segments export NAME FILE [--delimiter C] [--bom]   # the contacts that match now: CSV, or .xlsx
The rule language is described in the README and in the guide (Groups).</translation>
    </message>
    <message>
        <source>Use: campaignctl segments create|edit|list|show|count|delete|export …</source>
        <translation>Use: campaignctl segments create|edit|list|show|count|delete|export …</translation>
    </message>
    <message>
        <source>automated series: welcome and follow-up messages that run by themselves</source>
        <translation>automated series: welcome and follow-up messages that run by themselves</translation>
    </message>
    <message>
        <source>  run-due                             # sends what is due (scheduled, paused by its window, series steps)</source>
        <translation>  run-due                             # sends what is due (scheduled, paused by its window, series steps)</translation>
    </message>
    <message>
        <source>  series create NAME --file FILE      # the entry and the steps, in the format the README describes
  series edit NAME --file FILE        # says whom the change affects, then saves it
  series list
  series show NAME [--contact EMAIL_OR_PHONE] [--as-file]   # the steps and their reports; a contact&apos;s timeline
  series start|pause|resume|stop|delete NAME
campaignctl run-due sends the series&apos; due steps along with the campaigns.</source>
        <translation>  series create NAME --file FILE      # the entry and the steps, in the format the README describes
  series edit NAME --file FILE        # says whom the change affects, then saves it
  series list
  series show NAME [--contact EMAIL_OR_PHONE] [--as-file]   # the steps and their reports; a contact&apos;s timeline
  series start|pause|resume|stop|delete NAME
campaignctl run-due sends the series&apos; due steps along with the campaigns.</translation>
    </message>
    <message>
        <source>Use: campaignctl series create|edit|list|show|start|pause|resume|stop|delete …</source>
        <translation>Use: campaignctl series create|edit|list|show|start|pause|resume|stop|delete …</translation>
    </message>
    <message>
        <source>Give the series&apos; file: --file welcome.series (its format is in the README).</source>
        <translation>Give the series&apos; file: --file welcome.series (its format is in the README).</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Cannot read “%1”: %2</translation>
    </message>
    <message>
        <source>No series yet. Write one in a file and run campaignctl series create NAME --file FILE.</source>
        <translation>No series yet. Write one in a file and run campaignctl series create NAME --file FILE.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>There is already a series named “%1”; choose another name, or edit it.</source>
        <translation>There is already a series named “%1”; choose another name, or edit it.</translation>
    </message>
    <message numerus="yes">
        <source>Series “%1” created with %n step(s). Start it with campaignctl series start.</source>
        <translation>
            <numerusform>Series “%1” created with %n step. Start it with campaignctl series start.</numerusform>
            <numerusform>Series “%1” created with %n steps. Start it with campaignctl series start.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no series named “%1”. See campaignctl series list.</source>
        <translation>There is no series named “%1”. See campaignctl series list.</translation>
    </message>
    <message>
        <source>Series “%1” saved.</source>
        <translation>Series “%1” saved.</translation>
    </message>
    <message>
        <source>Series “%1” started.</source>
        <translation>Series “%1” started.</translation>
    </message>
    <message>
        <source>Series “%1” paused: nothing is sent until it resumes.</source>
        <translation>Series “%1” paused: nothing is sent until it resumes.</translation>
    </message>
    <message>
        <source>Series “%1” resumed.</source>
        <translation>Series “%1” resumed.</translation>
    </message>
    <message>
        <source>Series “%1” stopped.</source>
        <translation>Series “%1” stopped.</translation>
    </message>
    <message>
        <source>Series “%1” deleted.</source>
        <translation>Series “%1” deleted.</translation>
    </message>
    <message>
        <source>“%1” is not in the series “%2”.</source>
        <translation>“%1” is not in the series “%2”.</translation>
    </message>
    <message>
        <source>%1 entered “%2” on %3.</source>
        <translation>%1 entered “%2” on %3.</translation>
    </message>
    <message>
        <source>sent (%1%2%3)</source>
        <translation>sent (%1%2%3)</translation>
    </message>
    <message>
        <source>being sent</source>
        <translation>being sent</translation>
    </message>
    <message>
        <source>, opened</source>
        <translation>, opened</translation>
    </message>
    <message>
        <source>, clicked</source>
        <translation>, clicked</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>skipped: %1</translation>
    </message>
    <message>
        <source>left the series: %1</source>
        <translation>left the series: %1</translation>
    </message>
    <message>
        <source>waits for %1, due %2</source>
        <translation>waits for %1, due %2</translation>
    </message>
    <message>
        <source>finished the series</source>
        <translation>finished the series</translation>
    </message>
    <message>
        <source>left: %1</source>
        <translation>left: %1</translation>
    </message>
    <message>
        <source>Series “%1” (%2), entry: %3</source>
        <translation>Series “%1” (%2), entry: %3</translation>
    </message>
    <message>
        <source>%1 waiting, %2 finished, %3 left.</source>
        <translation>%1 waiting, %2 finished, %3 left.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Clicked</source>
        <translation>Clicked</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n message(s) may or may not have been sent; see campaignctl campaigns reconcile|resolve &quot;%1&quot;.</source>
        <translation>
            <numerusform>“%1”: %n message may or may not have been sent; see campaignctl campaigns reconcile|resolve &quot;%1&quot;.</numerusform>
            <numerusform>“%1”: %n messages may or may not have been sent; see campaignctl campaigns reconcile|resolve &quot;%1&quot;.</numerusform>
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
  campaigns clone NAME NEW_NAME</translation>
    </message>
    <message>
        <source>Use: campaignctl campaigns list|create|check|schedule|send|status|retry|reconcile|resolve|cancel|clone|winner …</source>
        <translation>Use: campaignctl campaigns list|create|check|schedule|send|status|retry|reconcile|resolve|cancel|clone|winner …</translation>
    </message>
    <message>
        <source>--local-time takes the time of day each recipient gets it, such as 09:30.</source>
        <translation>--local-time takes the time of day each recipient gets it, such as 09:30.</translation>
    </message>
    <message>
        <source>--if-passed takes tomorrow or now: when a zone&apos;s local time has passed on the day of the send.</source>
        <translation>--if-passed takes tomorrow or now: when a zone&apos;s local time has passed on the day of the send.</translation>
    </message>
    <message>
        <source>--test-share, --winner-by and --wait belong to an A/B test: add its variants with --variant.</source>
        <translation>--test-share, --winner-by and --wait belong to an A/B test: add its variants with --variant.</translation>
    </message>
    <message>
        <source>--variant takes KEY=VALUE pairs separated by &apos;;&apos; (template, subject, sender, account), not “%1”.</source>
        <translation>--variant takes KEY=VALUE pairs separated by &apos;;&apos; (template, subject, sender, account), not “%1”.</translation>
    </message>
    <message>
        <source>A variant differs in template, subject, sender or account, not “%1”.</source>
        <translation>A variant differs in template, subject, sender or account, not “%1”.</translation>
    </message>
    <message>
        <source>--test-share takes a percentage of the audience for each variant, such as 10.</source>
        <translation>--test-share takes a percentage of the audience for each variant, such as 10.</translation>
    </message>
    <message>
        <source>--winner-by takes delivery, open, click, cost_delivered or cost_click, not “%1”.</source>
        <translation>--winner-by takes delivery, open, click, cost_delivered or cost_click, not “%1”.</translation>
    </message>
    <message>
        <source>--wait takes how long to wait for the winner, such as 4h, 90m or 1d (30 days at most).</source>
        <translation>--wait takes how long to wait for the winner, such as 4h, 90m or 1d (30 days at most).</translation>
    </message>
    <message>
        <source>“%1” has no A/B test.</source>
        <translation>“%1” has no A/B test.</translation>
    </message>
    <message>
        <source>VARIANT</source>
        <translation>VARIANT</translation>
    </message>
    <message>
        <source>TEMPLATE</source>
        <translation>TEMPLATE</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>SUBJECT</translation>
    </message>
    <message>
        <source>SENDER</source>
        <translation>SENDER</translation>
    </message>
    <message>
        <source>COUNTED</source>
        <translation>COUNTED</translation>
    </message>
    <message>
        <source>  reports show NAME [--refresh] [--variants]  # --variants: an A/B test&apos;s variants side by side
  reports export NAME FILE [--delimiter C] [--bom]   # per recipient: state, events, clicked links
  reports retarget NAME --who clicked|opened|failed|… --group NEW_GROUP
  reports compare NAME [NAME…]        # delivery, open, click, bounce, unsubscribe rates and cost</source>
        <translation>  reports show NAME [--refresh] [--variants]  # --variants: an A/B test&apos;s variants side by side
  reports export NAME FILE [--delimiter C] [--bom]   # per recipient: state, events, clicked links
  reports retarget NAME --who clicked|opened|failed|… --group NEW_GROUP
  reports compare NAME [NAME…]        # delivery, open, click, bounce, unsubscribe rates and cost</translation>
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
  templates add NAME --channel sms|email|voice|whatsapp [--subject TEXT] (--body TEXT | --body-file FILE)
                [--text-file FILE] [--transactional]
  templates add NAME --language CODE [--subject TEXT] (--body TEXT | --body-file FILE) [--text-file FILE]
                # the template&apos;s version for contacts whose language field is CODE (es, or es-MX)
  templates render NAME --contact EMAIL_OR_PHONE [--group NAME]
  templates delete NAME [--language CODE]  # the template, or only that language&apos;s version
  templates push NAME --account ACCOUNT   # an email template to the provider&apos;s templates
  templates pull --account ACCOUNT        # the provider&apos;s templates here, as email templates</translation>
    </message>
    <message>
        <source>“%1” has no “%2” version.</source>
        <translation>“%1” has no “%2” version.</translation>
    </message>
    <message>
        <source>The “%1” version of “%2” deleted.</source>
        <translation>The “%1” version of “%2” deleted.</translation>
    </message>
    <message>
        <source>--language takes a language code such as es, tr or pt-BR, as the contacts&apos; language field holds it.</source>
        <translation>--language takes a language code such as es, tr or pt-BR, as the contacts&apos; language field holds it.</translation>
    </message>
    <message>
        <source>“%1” has a “%2” version: contacts whose language field is %2 get it.</source>
        <translation>“%1” has a “%2” version: contacts whose language field is %2 get it.</translation>
    </message>
</context>
<context>
    <name>cm::ComparisonDialog</name>
    <message>
        <source>Compare campaigns</source>
        <translation>Compare campaigns</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaign</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Delivery</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Click</source>
        <translation>Click</translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation>Bounce</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Unsubscribe</translation>
    </message>
    <message>
        <source>Cost per delivered</source>
        <translation>Cost per delivered</translation>
    </message>
    <message>
        <source>Rates of the chosen campaigns</source>
        <translation>Rates of the chosen campaigns</translation>
    </message>
    <message>
        <source>not reported by %1</source>
        <translation>not reported by %1</translation>
    </message>
    <message>
        <source>Delivery and bounce are shares of what was sent; open, click and unsubscribe of what was delivered (unique people). From each campaign&apos;s latest report.</source>
        <translation>Delivery and bounce are shares of what was sent; open, click and unsubscribe of what was delivered (unique people). From each campaign&apos;s latest report.</translation>
    </message>
</context>
<context>
    <name>cm::Composer</name>
    <message>
        <source>Unknown time zone “%1”; use a name such as Europe/Istanbul or America/New_York.</source>
        <translation>Unknown time zone “%1”; use a name such as Europe/Istanbul or America/New_York.</translation>
    </message>
    <message>
        <source>Give the date and time as YYYY-MM-DD HH:MM.</source>
        <translation>Give the date and time as YYYY-MM-DD HH:MM.</translation>
    </message>
    <message>
        <source>%1 %2 does not exist in %3 (the clocks skip it); choose another time.</source>
        <translation>%1 %2 does not exist in %3 (the clocks skip it); choose another time.</translation>
    </message>
    <message>
        <source>“%1” is not a date and time; write it as YYYY-MM-DD HH:MM, e.g. 2026-12-01 09:30.</source>
        <translation>“%1” is not a date and time; write it as YYYY-MM-DD HH:MM, e.g. 2026-12-01 09:30.</translation>
    </message>
    <message>
        <source>Choose when to send.</source>
        <translation>Choose when to send.</translation>
    </message>
    <message>
        <source>That time has passed; choose a time in the future, or send now.</source>
        <translation>That time has passed; choose a time in the future, or send now.</translation>
    </message>
    <message>
        <source>A campaign needs a name.</source>
        <translation>A campaign needs a name.</translation>
    </message>
    <message>
        <source>Choose a template; write one in Templates first if there is none.</source>
        <translation>Choose a template; write one in Templates first if there is none.</translation>
    </message>
    <message>
        <source>Choose the account to send with; add one in Accounts if there is none.</source>
        <translation>Choose the account to send with; add one in Accounts if there is none.</translation>
    </message>
    <message>
        <source>%1 cannot send %2; choose an account whose provider can.</source>
        <translation>%1 cannot send %2; choose an account whose provider can.</translation>
    </message>
    <message>
        <source>A group cannot be both sent to and left out; untick it on one side.</source>
        <translation>A group cannot be both sent to and left out; untick it on one side.</translation>
    </message>
    <message>
        <source>One of the chosen groups no longer exists; choose the groups again.</source>
        <translation>One of the chosen groups no longer exists; choose the groups again.</translation>
    </message>
    <message>
        <source>The sending window must not start and end at the same time.</source>
        <translation>The sending window must not start and end at the same time.</translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>A template needs a name.</translation>
    </message>
    <message>
        <source>Write the text of the SMS.</source>
        <translation>Write the text of the SMS.</translation>
    </message>
    <message>
        <source>Write the body of the email.</source>
        <translation>Write the body of the email.</translation>
    </message>
    <message>
        <source>An email needs a subject.</source>
        <translation>An email needs a subject.</translation>
    </message>
    <message>
        <source>A marketing email must let people unsubscribe: insert {{unsubscribe_url}} in the body, or mark the email as transactional.</source>
        <translation>A marketing email must let people unsubscribe: insert {{unsubscribe_url}} in the body, or mark the email as transactional.</translation>
    </message>
    <message>
        <source>“%1” is not an email address; the from address must be one, such as news@example.com.</source>
        <translation>“%1” is not an email address; the from address must be one, such as news@example.com.</translation>
    </message>
    <message>
        <source>The sender “%1” is not a number and not a name of at most 11 letters, digits and spaces: networks cut or refuse it.</source>
        <translation>The sender “%1” is not a number and not a name of at most 11 letters, digits and spaces: networks cut or refuse it.</translation>
    </message>
    <message>
        <source>%1 sends one content to the whole list, so it cannot put each contact&apos;s %2 in: remove them or give each a default, such as {{first_name|default:&quot;there&quot;}}.</source>
        <translation>%1 sends one content to the whole list, so it cannot put each contact&apos;s %2 in: remove them or give each a default, such as {{first_name|default:&quot;there&quot;}}.</translation>
    </message>
    <message>
        <source>A campaign of the channel %1 cannot use the %2 template “%3”; choose one written for it.</source>
        <translation>A campaign of the channel %1 cannot use the %2 template “%3”; choose one written for it.</translation>
    </message>
    <message>
        <source>Write the text the call reads.</source>
        <translation>Write the text the call reads.</translation>
    </message>
    <message>
        <source>Write the template&apos;s variables, one a line.</source>
        <translation>Write the template&apos;s variables, one a line.</translation>
    </message>
    <message>
        <source>%1 needs a sender for %2: give the campaign one (Edit…, or --sender).</source>
        <translation>%1 needs a sender for %2: give the campaign one (Edit…, or --sender).</translation>
    </message>
    <message>
        <source>%1 has no unsubscribe page of its own: set the account&apos;s unsubscribe_url setting to the page {{unsubscribe_url}} should open (Accounts → Edit…).</source>
        <translation>%1 has no unsubscribe page of its own: set the account&apos;s unsubscribe_url setting to the page {{unsubscribe_url}} should open (Accounts → Edit…).</translation>
    </message>
    <message>
        <source>%1 sends one content to the whole list: %2 is empty for everyone, not each contact&apos;s own %3.</source>
        <translation>%1 sends one content to the whole list: %2 is empty for everyone, not each contact&apos;s own %3.</translation>
    </message>
    <message>
        <source>%1 sends one content to the whole list: %2 reads “%3” for everyone, not each contact&apos;s own %4.</source>
        <translation>%1 sends one content to the whole list: %2 reads “%3” for everyone, not each contact&apos;s own %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 contacts need %2 parts because their details make the text longer.</source>
        <translation>
            <numerusform>%n of %1 contacts needs %2 parts because their details make the text longer.</numerusform>
            <numerusform>%n of %1 contacts need %2 parts because their details make the text longer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 contacts need %2 parts because their details contain %3.</source>
        <translation>
            <numerusform>%n of %1 contacts needs %2 parts because their details contain %3.</numerusform>
            <numerusform>%n of %1 contacts need %2 parts because their details contain %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody in this group has a phone number.</source>
        <translation>Nobody in this group has a phone number.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) with a phone number: %1 SMS parts in all.</source>
        <translation>
            <numerusform>%n contact with a phone number: %1 SMS parts in all.</numerusform>
            <numerusform>%n contacts with a phone number: %1 SMS parts in all.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: about %2</source>
        <translation>%1: about %2</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
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
            <numerusform>%n part</numerusform>
            <numerusform>%n parts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left in this part</source>
        <translation>
            <numerusform>%n left in this part</numerusform>
            <numerusform>%n left in this part</numerusform>
        </translation>
    </message>
    <message>
        <source>as sent to %1</source>
        <translation>as sent to %1</translation>
    </message>
    <message>
        <source>with fields at typical length</source>
        <translation>with fields at typical length</translation>
    </message>
    <message>
        <source>The template itself is GSM-7; what is filled in for %1 makes it Unicode (%2).</source>
        <translation>The template itself is GSM-7; what is filled in for %1 makes it Unicode (%2).</translation>
    </message>
    <message>
        <source>%1: no price per part set (add one under Prices when you edit the account)</source>
        <translation>%1: no price per part set (add one under Prices when you edit the account)</translation>
    </message>
    <message>
        <source>%1 sends one content to the whole list, so it cannot choose a part of an {{#if …}} for each contact: remove the conditions, or send through an account that sends each recipient their own message.</source>
        <translation>%1 sends one content to the whole list, so it cannot choose a part of an {{#if …}} for each contact: remove the conditions, or send through an account that sends each recipient their own message.</translation>
    </message>
    <message>
        <source>with fields at typical length and the longest part of each {{#if …}}</source>
        <translation>with fields at typical length and the longest part of each {{#if …}}</translation>
    </message>
    <message>
        <source>Choose at least one group or segment to send to.</source>
        <translation>Choose at least one group or segment to send to.</translation>
    </message>
    <message>
        <source>A segment cannot be both sent to and left out; untick it on one side.</source>
        <translation>A segment cannot be both sent to and left out; untick it on one side.</translation>
    </message>
    <message>
        <source>One of the chosen segments no longer exists; choose the segments again.</source>
        <translation>One of the chosen segments no longer exists; choose the segments again.</translation>
    </message>
    <message>
        <source>The rule of the segment “%1” no longer reads: %2 Edit it in Groups.</source>
        <translation>The rule of the segment “%1” no longer reads: %2 Edit it in Groups.</translation>
    </message>
    <message>
        <source>A marketing email must let everyone unsubscribe: put {{unsubscribe_url}} outside the {{#if …}}, or in each of its parts and its {{else}}.</source>
        <translation>A marketing email must let everyone unsubscribe: put {{unsubscribe_url}} outside the {{#if …}}, or in each of its parts and its {{else}}.</translation>
    </message>
    <message>
        <source>%1 in each recipient&apos;s time zone is outside the quiet hours (%2); choose a time between them.</source>
        <translation>%1 in each recipient&apos;s time zone is outside the quiet hours (%2); choose a time between them.</translation>
    </message>
    <message>
        <source>The language “%1” has two versions; keep one.</source>
        <translation>The language “%1” has two versions; keep one.</translation>
    </message>
    <message>
        <source>In the “%1” version: %2</source>
        <translation>In the “%1” version: %2</translation>
    </message>
    <message>
        <source>%1 sends one content to the whole list, so it cannot give each contact their language&apos;s version: send through an account that sends each recipient their own message, or a template without language versions.</source>
        <translation>%1 sends one content to the whole list, so it cannot give each contact their language&apos;s version: send through an account that sends each recipient their own message, or a template without language versions.</translation>
    </message>
</context>
<context>
    <name>cm::ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation>Edit contact</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>New contact</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>+90 532 123 45 67</source>
        <translation>+90 532 123 45 67</translation>
    </message>
    <message>
        <source>TR</source>
        <translation>TR</translation>
    </message>
    <message>
        <source>Two letters, ISO 3166: TR, ES, PL…</source>
        <translation>Two letters, ISO 3166: TR, ES, PL…</translation>
    </message>
    <message>
        <source>A phone number written without a country code is read as this country&apos;s.</source>
        <translation>A phone number written without a country code is read as this country&apos;s.</translation>
    </message>
    <message>
        <source>without a country code, read as</source>
        <translation>without a country code, read as</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Last name:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>C&amp;ity:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>C&amp;ountry:</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>Custom field</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Custom fields</translation>
    </message>
    <message>
        <source>&amp;Add field</source>
        <translation>&amp;Add field</translation>
    </message>
    <message>
        <source>&amp;Remove field</source>
        <translation>&amp;Remove field</translation>
    </message>
    <message>
        <source>Custom fields (used in templates as {{name}}):</source>
        <translation>Custom fields (used in templates as {{name}}):</translation>
    </message>
</context>
<context>
    <name>cm::ContactImportService</name>
    <message>
        <source>“%1” cannot be read: %2.</source>
        <translation>“%1” cannot be read: %2.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>Import cancelled; the group was left as it was.</source>
        <translation>Import cancelled; the group was left as it was.</translation>
    </message>
    <message>
        <source>Line %1: no email address and no phone number.</source>
        <translation>Line %1: no email address and no phone number.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not an email address.</source>
        <translation>Line %1: “%2” is not an email address.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a valid phone number (numbers without a country code are read as %3).</source>
        <translation>Line %1: “%2” is not a valid phone number (numbers without a country code are read as %3).</translation>
    </message>
    <message>
        <source>Importing “%1”</source>
        <translation>Importing “%1”</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 skipped, %4 invalid.</source>
        <translation>%1 new, %2 updated, %3 skipped, %4 invalid.</translation>
    </message>
    <message>
        <source>Import %1 undone: what it added is gone, what it changed is as it was.</source>
        <translation>Import %1 undone: what it added is gone, what it changed is as it was.</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2.</source>
        <translation>“%1” cannot be written: %2.</translation>
    </message>
    <message>
        <source>The encoding “%1” is not one this computer can write. Choose another.</source>
        <translation>The encoding “%1” is not one this computer can write. Choose another.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export cancelled; no file was written.</translation>
    </message>
    <message>
        <source>A contact cannot be written in %1 (its text has characters that encoding lacks). Choose UTF-8.</source>
        <translation>A contact cannot be written in %1 (its text has characters that encoding lacks). Choose UTF-8.</translation>
    </message>
    <message>
        <source>Exporting to “%1”</source>
        <translation>Exporting to “%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) written to “%1”.</source>
        <translation>
            <numerusform>%n contact written to “%1”.</numerusform>
            <numerusform>%n contacts written to “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Column %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>A contact needs an email address or a phone number.</source>
        <translation>A contact needs an email address or a phone number.</translation>
    </message>
    <message>
        <source>“%1” is not an email address. Write it as name@example.com.</source>
        <translation>“%1” is not an email address. Write it as name@example.com.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number of %2. Write it with its country code, such as +90 532 123 45 67.</source>
        <translation>“%1” is not a phone number of %2. Write it with its country code, such as +90 532 123 45 67.</translation>
    </message>
    <message>
        <source>any country</source>
        <translation>any country</translation>
    </message>
    <message>
        <source>Importing the suppression list “%1”</source>
        <translation>Importing the suppression list “%1”</translation>
    </message>
    <message>
        <source>Exporting the suppression list to “%1”</source>
        <translation>Exporting the suppression list to “%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) written to “%1”.</source>
        <translation>
            <numerusform>%n address written to “%1”.</numerusform>
            <numerusform>%n addresses written to “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>rows</source>
        <translation>rows</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contacts</translation>
    </message>
    <message>
        <source>line</source>
        <translation>line</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>reason</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>imported</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>updated</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>skipped</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>invalid</translation>
    </message>
    <message>
        <source>with a warning</source>
        <translation>with a warning</translation>
    </message>
    <message>
        <source>The email address was not one either: the line has no usable address.</source>
        <translation>The email address was not one either: the line has no usable address.</translation>
    </message>
    <message>
        <source>%1 Imported by the email address; the number is kept as written in the field %2.</source>
        <translation>%1 Imported by the email address; the number is kept as written in the field %2.</translation>
    </message>
    <message>
        <source>%1 Imported by the phone number; the address is kept as written in the field %2.</source>
        <translation>%1 Imported by the phone number; the address is kept as written in the field %2.</translation>
    </message>
    <message>
        <source>Line %1: another contact of the group has the phone number %2 (a shared line?); this one is imported by the email address, the number kept in the field %3.</source>
        <translation>Line %1: another contact of the group has the phone number %2 (a shared line?); this one is imported by the email address, the number kept in the field %3.</translation>
    </message>
    <message>
        <source>Line %1: in the group already (the same email address or phone number); skipped. Import with duplicates updated to change it.</source>
        <translation>Line %1: in the group already (the same email address or phone number); skipped. Import with duplicates updated to change it.</translation>
    </message>
    <message>
        <source>Line %1: not updated: its phone number %2 is another contact&apos;s.</source>
        <translation>Line %1: not updated: its phone number %2 is another contact&apos;s.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>combined with an earlier line</source>
        <translation>combined with an earlier line</translation>
    </message>
    <message>
        <source>Line %1 is a title (“%2”), not the names of the columns; skipped.</source>
        <translation>Line %1 is a title (“%2”), not the names of the columns; skipped.</translation>
    </message>
    <message numerus="yes">
        <source>No column holds email addresses or phone numbers, by its name or by its first %n row(s). Name one with --map COLUMN=email or COLUMN=phone (columns: %1).</source>
        <translation>
            <numerusform>No column holds email addresses or phone numbers, by its name or by its first row. Name one with --map COLUMN=email or COLUMN=phone (columns: %1).</numerusform>
            <numerusform>No column holds email addresses or phone numbers, by its name or by its first %n rows. Name one with --map COLUMN=email or COLUMN=phone (columns: %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: the same person as line %2, whom the group has already; skipped.</source>
        <translation>Line %1: the same person as line %2, whom the group has already; skipped.</translation>
    </message>
    <message>
        <source>Line %1: the same person as line %2; combined into one contact, the values of line %1 winning.</source>
        <translation>Line %1: the same person as line %2; combined into one contact, the values of line %1 winning.</translation>
    </message>
    <message numerus="yes">
        <source>The file mixes encodings: %n line(s) (%1) are in %2, the rest in %3. Each line was read in its own encoding; check the names of those lines.</source>
        <translation>
            <numerusform>The file mixes encodings: %n line (%1) is in %2, the rest in %3. Each line was read in its own encoding; check the names of that line.</numerusform>
            <numerusform>The file mixes encodings: %n lines (%1) are in %2, the rest in %3. Each line was read in its own encoding; check the names of those lines.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) combined with an earlier line of the same person.</source>
        <translation>
            <numerusform>%n line combined with an earlier line of the same person.</numerusform>
            <numerusform>%n lines combined with an earlier line of the same person.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a country we know (write an ISO code such as TR, or its name); kept as written, and its phone number read as %3&apos;s.</source>
        <translation>Line %1: “%2” is not a country we know (write an ISO code such as TR, or its name); kept as written, and its phone number read as %3&apos;s.</translation>
    </message>
    <message>
        <source>Line %1: %2 fields, but the header has %3; the values past it are kept in the fields column_%4 and after.</source>
        <translation>Line %1: %2 fields, but the header has %3; the values past it are kept in the fields column_%4 and after.</translation>
    </message>
</context>
<context>
    <name>cm::ContactModel</name>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>The contacts cannot be read: %1</source>
        <translation>The contacts cannot be read: %1</translation>
    </message>
</context>
<context>
    <name>cm::ContactsPanel</name>
    <message>
        <source>This group has no contacts yet. Import a CSV or Excel file, add contacts one by one, or pull them from an account that keeps groups.</source>
        <translation>This group has no contacts yet. Import a CSV or Excel file, add contacts one by one, or pull them from an account that keeps groups.</translation>
    </message>
</context>
<context>
    <name>cm::ConversationService</name>
    <message>
        <source>Reading the WhatsApp conversations</source>
        <translation>Reading the WhatsApp conversations</translation>
    </message>
    <message>
        <source>Reading the WhatsApp conversation with %1</source>
        <translation>Reading the WhatsApp conversation with %1</translation>
    </message>
    <message>
        <source>Answering %1 on WhatsApp</source>
        <translation>Answering %1 on WhatsApp</translation>
    </message>
    <message>
        <source>Write the answer first.</source>
        <translation>Write the answer first.</translation>
    </message>
    <message>
        <source>That account no longer exists.</source>
        <translation>That account no longer exists.</translation>
    </message>
    <message>
        <source>“%1” has no WhatsApp conversations; choose an account of %2.</source>
        <translation>“%1” has no WhatsApp conversations; choose an account of %2.</translation>
    </message>
</context>
<context>
    <name>cm::ConversationsDialog</name>
    <message>
        <source>Send answer</source>
        <translation>Send answer</translation>
    </message>
    <message>
        <source>WhatsApp conversations of “%1”</source>
        <translation>WhatsApp conversations of “%1”</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Last message</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Answer…</source>
        <translation>Answer…</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Answer</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>No conversations yet: they start when a WhatsApp template is sent (a campaign with Delivery: WhatsApp template) or someone writes to your number.</source>
        <translation>No conversations yet: they start when a WhatsApp template is sent (a campaign with Delivery: WhatsApp template) or someone writes to your number.</translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>Received %1</translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation>Read %1</translation>
    </message>
    <message>
        <source>Failed %1</source>
        <translation>Failed %1</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Sent %1</translation>
    </message>
    <message>
        <source>Choose a conversation.</source>
        <translation>Choose a conversation.</translation>
    </message>
    <message>
        <source>The session is open until %1: you can answer in your own words.</source>
        <translation>The session is open until %1: you can answer in your own words.</translation>
    </message>
    <message>
        <source>The session is closed (the last message from %1 is over 24 hours old): only an approved template can be sent, as a campaign with Delivery: WhatsApp template.</source>
        <translation>The session is closed (the last message from %1 is over 24 hours old): only an approved template can be sent, as a campaign with Delivery: WhatsApp template.</translation>
    </message>
</context>
<context>
    <name>cm::CsvReader</name>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>This is not a text file (it contains binary data). Export the sheet as CSV and try again.</source>
        <translation>This is not a text file (it contains binary data). Export the sheet as CSV and try again.</translation>
    </message>
    <message>
        <source>The encoding “%1” is not one this computer can read. Choose another.</source>
        <translation>The encoding “%1” is not one this computer can read. Choose another.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field never ends (a &quot; is missing).</source>
        <translation>Line %1: a quoted field never ends (a &quot; is missing).</translation>
    </message>
    <message numerus="yes">
        <source>Line %1: a field is longer than %n character(s).</source>
        <translation>
            <numerusform>Line %1: a field is longer than %n character.</numerusform>
            <numerusform>Line %1: a field is longer than %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: contains a NUL character; the file may be damaged.</source>
        <translation>Line %1: contains a NUL character; the file may be damaged.</translation>
    </message>
    <message>
        <source>Line %1: contains bytes that are not valid %2. Choose the file&apos;s encoding.</source>
        <translation>Line %1: contains bytes that are not valid %2. Choose the file&apos;s encoding.</translation>
    </message>
    <message>
        <source>The file could not be read again after checking its encoding (%1). Try again, or choose the encoding.</source>
        <translation>The file could not be read again after checking its encoding (%1). Try again, or choose the encoding.</translation>
    </message>
    <message>
        <source>Some lines of the file are in the encoding “%1”, which is not one this computer can read. Save the file as UTF-8 and try again.</source>
        <translation>Some lines of the file are in the encoding “%1”, which is not one this computer can read. Save the file as UTF-8 and try again.</translation>
    </message>
    <message>
        <source>Line %1: a stray &quot; at the start of field %2 was removed and the field read to the next delimiter; check the value.</source>
        <translation>Line %1: a stray &quot; at the start of field %2 was removed and the field read to the next delimiter; check the value.</translation>
    </message>
</context>
<context>
    <name>cm::Database</name>
    <message>
        <source>“%1” is not a file. Choose a workspace file, or a new file name to start a workspace.</source>
        <translation>“%1” is not a file. Choose a workspace file, or a new file name to start a workspace.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2. Check the file&apos;s permissions.</source>
        <translation>“%1” cannot be read: %2. Check the file&apos;s permissions.</translation>
    </message>
    <message>
        <source>“%1” is not a Campaign Manager workspace (it is not an SQLite database). It was not changed. Choose another file, or a new file name to start a workspace.</source>
        <translation>“%1” is not a Campaign Manager workspace (it is not an SQLite database). It was not changed. Choose another file, or a new file name to start a workspace.</translation>
    </message>
    <message>
        <source>“%1” is read-only. Make it writable, or copy it to a folder you can write to and open the copy.</source>
        <translation>“%1” is read-only. Make it writable, or copy it to a folder you can write to and open the copy.</translation>
    </message>
    <message>
        <source>Cannot create the workspace “%1”: the folder “%2” is missing or read-only. Choose a folder you can write to.</source>
        <translation>Cannot create the workspace “%1”: the folder “%2” is missing or read-only. Choose a folder you can write to.</translation>
    </message>
    <message>
        <source>Cannot create the workspace “%1”: %2.</source>
        <translation>Cannot create the workspace “%1”: %2.</translation>
    </message>
    <message>
        <source>open the workspace</source>
        <translation>open the workspace</translation>
    </message>
    <message>
        <source>“%1” is a database of another application, not a Campaign Manager workspace. It was not changed. Choose a workspace file, or a new file name to start a workspace.</source>
        <translation>“%1” is a database of another application, not a Campaign Manager workspace. It was not changed. Choose a workspace file, or a new file name to start a workspace.</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer Campaign Manager (workspace version %2; this version reads up to %3). It was not changed. Update Campaign Manager to open it.</source>
        <translation>“%1” was saved by a newer Campaign Manager (workspace version %2; this version reads up to %3). It was not changed. Update Campaign Manager to open it.</translation>
    </message>
    <message>
        <source>The SQLite driver of this Qt build cannot be used.</source>
        <translation>The SQLite driver of this Qt build cannot be used.</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>Migration %1 is missing from this build.</translation>
    </message>
    <message>
        <source>upgrade the workspace to version %1</source>
        <translation>upgrade the workspace to version %1</translation>
    </message>
    <message>
        <source>The disk is full: could not %1 in “%2”. Free some disk space and try again; nothing was changed.</source>
        <translation>The disk is full: could not %1 in “%2”. Free some disk space and try again; nothing was changed.</translation>
    </message>
    <message>
        <source>Could not %1: “%2” is read-only. Make it writable, or copy it to a folder you can write to.</source>
        <translation>Could not %1: “%2” is read-only. Make it writable, or copy it to a folder you can write to.</translation>
    </message>
    <message>
        <source>“%1” is damaged (%2). It was not changed. Restore the workspace from a backup.</source>
        <translation>“%1” is damaged (%2). It was not changed. Restore the workspace from a backup.</translation>
    </message>
    <message>
        <source>“%1” is not a Campaign Manager workspace (%2). It was not changed. Choose another file, or a new file name to start a workspace.</source>
        <translation>“%1” is not a Campaign Manager workspace (%2). It was not changed. Choose another file, or a new file name to start a workspace.</translation>
    </message>
    <message>
        <source>Could not %1: “%2” is locked by another program. Close it and try again.</source>
        <translation>Could not %1: “%2” is locked by another program. Close it and try again.</translation>
    </message>
    <message>
        <source>Could not %1: “%2” cannot be read or written (%3). Check the disk and the file&apos;s permissions.</source>
        <translation>Could not %1: “%2” cannot be read or written (%3). Check the disk and the file&apos;s permissions.</translation>
    </message>
    <message>
        <source>Could not %1 in “%2”: %3.</source>
        <translation>Could not %1 in “%2”: %3.</translation>
    </message>
    <message>
        <source>The workspace “%1” cannot be read.</source>
        <translation>The workspace “%1” cannot be read.</translation>
    </message>
    <message>
        <source>a row of %1 (%2) refers to a missing row of %3</source>
        <translation>a row of %1 (%2) refers to a missing row of %3</translation>
    </message>
    <message>
        <source>“%1” was upgraded by a newer Campaign Manager while this one opened it (workspace version %2; this version reads up to %3). Update Campaign Manager to open it.</source>
        <translation>“%1” was upgraded by a newer Campaign Manager while this one opened it (workspace version %2; this version reads up to %3). Update Campaign Manager to open it.</translation>
    </message>
</context>
<context>
    <name>cm::DemoWorkspace</name>
    <message>
        <source>create the demo workspace</source>
        <translation>create the demo workspace</translation>
    </message>
    <message>
        <source>Sandbox (demo)</source>
        <translation>Sandbox (demo)</translation>
    </message>
    <message>
        <source>Newsletter subscribers</source>
        <translation>Newsletter subscribers</translation>
    </message>
    <message>
        <source>Everyone who signed up for the monthly newsletter.</source>
        <translation>Everyone who signed up for the monthly newsletter.</translation>
    </message>
    <message>
        <source>VIP customers İstanbul</source>
        <translation>VIP customers İstanbul</translation>
    </message>
    <message>
        <source>Gold and Silver card holders of the İstanbul stores.</source>
        <translation>Gold and Silver card holders of the İstanbul stores.</translation>
    </message>
    <message>
        <source>Spring promo Europe &amp; Africa</source>
        <translation>Spring promo Europe &amp; Africa</translation>
    </message>
    <message>
        <source>Shoppers of the spring campaign in Spain, Poland, South Africa and the US.</source>
        <translation>Shoppers of the spring campaign in Spain, Poland, South Africa and the US.</translation>
    </message>
    <message>
        <source>Weekend flash sale (SMS)</source>
        <translation>Weekend flash sale (SMS)</translation>
    </message>
    <message>
        <source>Appointment reminder (SMS)</source>
        <translation>Appointment reminder (SMS)</translation>
    </message>
    <message>
        <source>Monthly newsletter</source>
        <translation>Monthly newsletter</translation>
    </message>
    <message>
        <source>Welcome email</source>
        <translation>Welcome email</translation>
    </message>
    <message>
        <source>March newsletter</source>
        <translation>March newsletter</translation>
    </message>
    <message>
        <source>Weekend flash sale</source>
        <translation>Weekend flash sale</translation>
    </message>
    <message>
        <source>Welcome series</source>
        <translation>Welcome series</translation>
    </message>
    <message>
        <source>New subscriber welcome</source>
        <translation>New subscriber welcome</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Nudge by SMS</source>
        <translation>Nudge by SMS</translation>
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
        <translation>An SMS platform with contact lists, deployments, statistics by hour, day, month and year, and opt-outs. Its documentation gives no addresses: check the paths in the account settings. No per-message status and no balance.</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Base URL</translation>
    </message>
    <message>
        <source>The address of the platform, such as https://sms.example.com (required: the provider documents none).</source>
        <translation>The address of the platform, such as https://sms.example.com (required: the provider documents none).</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Only for basic authentication; leave empty for a token.</source>
        <translation>Only for basic authentication; leave empty for a token.</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API token</translation>
    </message>
    <message>
        <source>The token the platform issued for your company.</source>
        <translation>The token the platform issued for your company.</translation>
    </message>
    <message numerus="yes">
        <source>The token works; the first page has %n contact list(s).</source>
        <translation>
            <numerusform>The token works; the first page has %n contact list.</numerusform>
            <numerusform>The token works; the first page has %n contact lists.</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform counts sends in the statistics of the deployment linked to their campaign: give that campaign&apos;s number in the campaign&apos;s option, or for every campaign in the account&apos;s advanced settings, as {&quot;campaign_pk&quot;: 12}, before sending.</source>
        <translation>The platform counts sends in the statistics of the deployment linked to their campaign: give that campaign&apos;s number in the campaign&apos;s option, or for every campaign in the account&apos;s advanced settings, as {&quot;campaign_pk&quot;: 12}, before sending.</translation>
    </message>
    <message>
        <source>Platform campaign</source>
        <translation>Platform campaign</translation>
    </message>
    <message>
        <source>The number of the platform&apos;s campaign to link these sends to (a deployment&apos;s linked campaign), such as 44; empty: the account&apos;s.</source>
        <translation>The number of the platform&apos;s campaign to link these sends to (a deployment&apos;s linked campaign), such as 44; empty: the account&apos;s.</translation>
    </message>
    <message>
        <source>Opted out at the provider: not sent.</source>
        <translation>Opted out at the provider: not sent.</translation>
    </message>
</context>
<context>
    <name>cm::DispatchRun</name>
    <message numerus="yes">
        <source>Sending paused after %n recipient(s); send again to continue.</source>
        <translation>
            <numerusform>Sending paused after %n recipient; send again to continue.</numerusform>
            <numerusform>Sending paused after %n recipients; send again to continue.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”: %2 accepted, %3 failed, %4 unknown.</source>
        <translation>“%1”: %2 accepted, %3 failed, %4 unknown.</translation>
    </message>
    <message>
        <source>“%1” was cancelled; nothing more of it is sent.</source>
        <translation>“%1” was cancelled; nothing more of it is sent.</translation>
    </message>
    <message>
        <source>Outside the sending window: paused until %1 (%2), when it continues by itself.</source>
        <translation>Outside the sending window: paused until %1 (%2), when it continues by itself.</translation>
    </message>
    <message>
        <source>“%1” is with %2, to be sent on %3: %4 accepted, %5 failed, %6 unknown.</source>
        <translation>“%1” is with %2, to be sent on %3: %4 accepted, %5 failed, %6 unknown.</translation>
    </message>
    <message>
        <source>Stopped after this refusal; the recipients not tried yet are kept for the next send. %1</source>
        <translation>Stopped after this refusal; the recipients not tried yet are kept for the next send. %1</translation>
    </message>
    <message>
        <source>%1 did not take “%2” to hold until its time, and nothing of it was sent. %3 It stays scheduled here: this app sends it on %4, while it is open or through campaignctl run-due.</source>
        <translation>%1 did not take “%2” to hold until its time, and nothing of it was sent. %3 It stays scheduled here: this app sends it on %4, while it is open or through campaignctl run-due.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has sent its %n message(s) of today: paused until %2, when it continues by itself.</source>
        <translation>
            <numerusform>“%1” has sent its %n message of today: paused until %2, when it continues by itself.</numerusform>
            <numerusform>“%1” has sent its %n messages of today: paused until %2, when it continues by itself.</numerusform>
        </translation>
    </message>
    <message>
        <source>The next recipients get it at their local time: it continues by itself at %1.</source>
        <translation>The next recipients get it at their local time: it continues by itself at %1.</translation>
    </message>
</context>
<context>
    <name>cm::DispatchStore</name>
    <message>
        <source>prepare the campaign&apos;s recipients</source>
        <translation>prepare the campaign&apos;s recipients</translation>
    </message>
    <message>
        <source>record the interrupted send</source>
        <translation>record the interrupted send</translation>
    </message>
    <message>
        <source>The send was interrupted while this was with the provider; it may have been sent.</source>
        <translation>The send was interrupted while this was with the provider; it may have been sent.</translation>
    </message>
    <message>
        <source>record the batch being sent</source>
        <translation>record the batch being sent</translation>
    </message>
    <message>
        <source>record what the provider accepted</source>
        <translation>record what the provider accepted</translation>
    </message>
    <message>
        <source>The provider&apos;s answer did not mention this recipient.</source>
        <translation>The provider&apos;s answer did not mention this recipient.</translation>
    </message>
    <message>
        <source>record the failed batch</source>
        <translation>record the failed batch</translation>
    </message>
    <message>
        <source>retry the failed recipients</source>
        <translation>retry the failed recipients</translation>
    </message>
    <message>
        <source>record what happened to the unknown recipients</source>
        <translation>record what happened to the unknown recipients</translation>
    </message>
    <message>
        <source>Confirmed as sent by the user.</source>
        <translation>Confirmed as sent by the user.</translation>
    </message>
    <message>
        <source>Confirmed as not sent by the user; retry to send it.</source>
        <translation>Confirmed as not sent by the user; retry to send it.</translation>
    </message>
    <message>
        <source>keep the campaign scheduled</source>
        <translation>keep the campaign scheduled</translation>
    </message>
    <message>
        <source>Some of this send may have gone out; it is kept as it is.</source>
        <translation>Some of this send may have gone out; it is kept as it is.</translation>
    </message>
    <message>
        <source>Another send has taken this campaign over: %1.</source>
        <translation>Another send has taken this campaign over: %1.</translation>
    </message>
    <message>
        <source>The batch is not waiting to be sent, or this send&apos;s hold on the campaign expired.</source>
        <translation>The batch is not waiting to be sent, or this send&apos;s hold on the campaign expired.</translation>
    </message>
    <message>
        <source>record what the provider answered</source>
        <translation>record what the provider answered</translation>
    </message>
    <message>
        <source>This send lost its hold on the campaign while the provider answered; %1 The answer was not recorded: the batch stays as that send recorded it.</source>
        <translation>This send lost its hold on the campaign while the provider answered; %1 The answer was not recorded: the batch stays as that send recorded it.</translation>
    </message>
    <message>
        <source>it is sent by %1 now.</source>
        <translation>it is sent by %1 now.</translation>
    </message>
    <message>
        <source>another send took it over.</source>
        <translation>another send took it over.</translation>
    </message>
    <message>
        <source>Another send has taken this campaign over.</source>
        <translation>Another send has taken this campaign over.</translation>
    </message>
    <message>
        <source>take the campaign for this send</source>
        <translation>take the campaign for this send</translation>
    </message>
    <message>
        <source>This campaign is being sent by %1; it was left alone.</source>
        <translation>This campaign is being sent by %1; it was left alone.</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>another program</translation>
    </message>
    <message>
        <source>renew this send&apos;s hold on the campaign</source>
        <translation>renew this send&apos;s hold on the campaign</translation>
    </message>
    <message>
        <source>This send lost its hold on the campaign (it was not renewed in time, and another send took it over).</source>
        <translation>This send lost its hold on the campaign (it was not renewed in time, and another send took it over).</translation>
    </message>
    <message>
        <source>release the campaign after its send</source>
        <translation>release the campaign after its send</translation>
    </message>
    <message>
        <source>This send lost its hold on the campaign before it began; send again.</source>
        <translation>This send lost its hold on the campaign before it began; send again.</translation>
    </message>
    <message>
        <source>put off the recipients whose hours have passed</source>
        <translation>put off the recipients whose hours have passed</translation>
    </message>
</context>
<context>
    <name>cm::Dispatcher</name>
    <message>
        <source>Sending “%1”</source>
        <translation>Sending “%1”</translation>
    </message>
    <message>
        <source>recipients</source>
        <translation>recipients</translation>
    </message>
    <message>
        <source>That campaign no longer exists.</source>
        <translation>That campaign no longer exists.</translation>
    </message>
    <message>
        <source>“%1” is %2; it is not sent again. Clone it to send it anew.</source>
        <translation>“%1” is %2; it is not sent again. Clone it to send it anew.</translation>
    </message>
    <message>
        <source>“%1” has no account to send with. Choose one.</source>
        <translation>“%1” has no account to send with. Choose one.</translation>
    </message>
    <message>
        <source>“%1” has no template. Choose one.</source>
        <translation>“%1” has no template. Choose one.</translation>
    </message>
    <message>
        <source>%1 cannot send %2; choose another account for “%3”.</source>
        <translation>%1 cannot send %2; choose another account for “%3”.</translation>
    </message>
    <message>
        <source>“%1” has nobody to send to: its group has no contact with an address for %2 that is not on the suppression list.</source>
        <translation>“%1” has nobody to send to: its group has no contact with an address for %2 that is not on the suppression list.</translation>
    </message>
    <message>
        <source>Checking “%1”</source>
        <translation>Checking “%1”</translation>
    </message>
    <message>
        <source>The campaign needs a group and a template first.</source>
        <translation>The campaign needs a group and a template first.</translation>
    </message>
    <message>
        <source>%1 recipients, %2 SMS parts in all.</source>
        <translation>%1 recipients, %2 SMS parts in all.</translation>
    </message>
    <message>
        <source>%1 recipients.</source>
        <translation>%1 recipients.</translation>
    </message>
    <message>
        <source>Test-sending “%1”</source>
        <translation>Test-sending “%1”</translation>
    </message>
    <message>
        <source>The campaign needs an account and a template first.</source>
        <translation>The campaign needs an account and a template first.</translation>
    </message>
    <message>
        <source>Give at least one address or number to send the test to.</source>
        <translation>Give at least one address or number to send the test to.</translation>
    </message>
    <message>
        <source>Test: %1</source>
        <translation>Test: %1</translation>
    </message>
    <message numerus="yes">
        <source>Test sent to %n address(es).</source>
        <translation>
            <numerusform>Test sent to %n address.</numerusform>
            <numerusform>Test sent to %n addresses.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is being sent already.</source>
        <translation>“%1” is being sent already.</translation>
    </message>
    <message>
        <source>“%1” cannot be sent yet: %2</source>
        <translation>“%1” cannot be sent yet: %2</translation>
    </message>
    <message>
        <source>%1 contacts left out: no address for the channel, on the suppression list, in an excluded group, or the same address twice.</source>
        <translation>%1 contacts left out: no address for the channel, on the suppression list, in an excluded group, or the same address twice.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) to the provider, at most %1 recipients each.</source>
        <translation>
            <numerusform>%n request to the provider, at most %1 recipients each.</numerusform>
            <numerusform>%n requests to the provider, at most %1 recipients each.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 contacts have no %2; their text has it empty.</source>
        <translation>%1 contacts have no %2; their text has it empty.</translation>
    </message>
    <message>
        <source>Estimated cost with %1: %2.</source>
        <translation>Estimated cost with %1: %2.</translation>
    </message>
    <message>
        <source>Handing “%1” to its provider</source>
        <translation>Handing “%1” to its provider</translation>
    </message>
    <message>
        <source>%1 holds “%2” until %3; reschedule it there to send it sooner.</source>
        <translation>%1 holds “%2” until %3; reschedule it there to send it sooner.</translation>
    </message>
    <message>
        <source>%1 cannot hold a scheduled send; this app sends it at its time.</source>
        <translation>%1 cannot hold a scheduled send; this app sends it at its time.</translation>
    </message>
    <message>
        <source>Only a scheduled campaign not yet handed over can be handed to %1.</source>
        <translation>Only a scheduled campaign not yet handed over can be handed to %1.</translation>
    </message>
    <message>
        <source>“%1” is due in less than two minutes: send it now instead.</source>
        <translation>“%1” is due in less than two minutes: send it now instead.</translation>
    </message>
    <message>
        <source>%1 cannot keep “%2”&apos;s quiet hours; this app sends it at its time instead.</source>
        <translation>%1 cannot keep “%2”&apos;s quiet hours; this app sends it at its time instead.</translation>
    </message>
    <message>
        <source>Cancelling “%1” at its provider</source>
        <translation>Cancelling “%1” at its provider</translation>
    </message>
    <message>
        <source>Rescheduling “%1” at its provider</source>
        <translation>Rescheduling “%1” at its provider</translation>
    </message>
    <message>
        <source>No provider holds that campaign&apos;s send.</source>
        <translation>No provider holds that campaign&apos;s send.</translation>
    </message>
    <message>
        <source>Choose a time at least two minutes from now.</source>
        <translation>Choose a time at least two minutes from now.</translation>
    </message>
    <message>
        <source>“%1” was cancelled at %2; nothing of it is sent.</source>
        <translation>“%1” was cancelled at %2; nothing of it is sent.</translation>
    </message>
    <message>
        <source>“%1” now goes on %2.</source>
        <translation>“%1” now goes on %2.</translation>
    </message>
    <message>
        <source>%1 cannot move a send it holds. Cancel “%2” and schedule a copy of it (Clone) for the new time.</source>
        <translation>%1 cannot move a send it holds. Cancel “%2” and schedule a copy of it (Clone) for the new time.</translation>
    </message>
    <message>
        <source>The spam test did not run: %1</source>
        <translation>The spam test did not run: %1</translation>
    </message>
    <message>
        <source>Spam test: %1 points; nothing matched.</source>
        <translation>Spam test: %1 points; nothing matched.</translation>
    </message>
    <message>
        <source>Spam test: %1 points (%2).</source>
        <translation>Spam test: %1 points (%2).</translation>
    </message>
    <message>
        <source>Many filters reject mail from 5 points: change what the rules above name.</source>
        <translation>Many filters reject mail from 5 points: change what the rules above name.</translation>
    </message>
    <message>
        <source>%1 cannot hold this kind of send; this app sends “%2” at its time.</source>
        <translation>%1 cannot hold this kind of send; this app sends “%2” at its time.</translation>
    </message>
    <message>
        <source>for %1, %2</source>
        <translation>for %1, %2</translation>
    </message>
    <message>
        <source>The cost of this kind of send is not estimated here; %1&apos;s report has it once it is sent.</source>
        <translation>The cost of this kind of send is not estimated here; %1&apos;s report has it once it is sent.</translation>
    </message>
    <message>
        <source>%1 cannot cancel a send it holds.</source>
        <translation>%1 cannot cancel a send it holds.</translation>
    </message>
    <message>
        <source>%1 takes no test sends; send the campaign to a small group of your own instead, or use an account of %2.</source>
        <translation>%1 takes no test sends; send the campaign to a small group of your own instead, or use an account of %2.</translation>
    </message>
    <message>
        <source>“%1” is being sent by %2; it was left alone.</source>
        <translation>“%1” is being sent by %2; it was left alone.</translation>
    </message>
    <message>
        <source>“%1” has no account to ask.</source>
        <translation>“%1” has no account to ask.</translation>
    </message>
    <message>
        <source>%1 cannot say which messages of a send it has; check in its panel, then resolve the unknown recipients yourself.</source>
        <translation>%1 cannot say which messages of a send it has; check in its panel, then resolve the unknown recipients yourself.</translation>
    </message>
    <message>
        <source>Asking the provider about “%1”</source>
        <translation>Asking the provider about “%1”</translation>
    </message>
    <message>
        <source>No recipient is unknown: there is nothing to ask.</source>
        <translation>No recipient is unknown: there is nothing to ask.</translation>
    </message>
    <message>
        <source>Found at %1 when asked.</source>
        <translation>Found at %1 when asked.</translation>
    </message>
    <message>
        <source>%1 has %2 of the %3 unknown recipients of “%4”: they are accepted now. %5 stay unknown (%1 has no record of them yet); ask again later, or resolve them yourself.</source>
        <translation>%1 has %2 of the %3 unknown recipients of “%4”: they are accepted now. %5 stay unknown (%1 has no record of them yet); ask again later, or resolve them yourself.</translation>
    </message>
    <message>
        <source>one of its segments no longer exists.</source>
        <translation>one of its segments no longer exists.</translation>
    </message>
    <message>
        <source>its segment “%1” cannot be evaluated: %2</source>
        <translation>its segment “%1” cannot be evaluated: %2</translation>
    </message>
    <message>
        <source>“%1” is an A/B test: sending it sends its variants first.</source>
        <translation>“%1” is an A/B test: sending it sends its variants first.</translation>
    </message>
    <message>
        <source>“%1” waits for its A/B test&apos;s winner; pick one to send it to the rest now.</source>
        <translation>“%1” waits for its A/B test&apos;s winner; pick one to send it to the rest now.</translation>
    </message>
    <message>
        <source>A/B test: %1 variants to %2 contacts each now; the winner by %3 to the other %4 after %5.</source>
        <translation>A/B test: %1 variants to %2 contacts each now; the winner by %3 to the other %4 after %5.</translation>
    </message>
    <message>
        <source>Too few recipients for an A/B test of %1% each: send it without the test, or to a larger audience.</source>
        <translation>Too few recipients for an A/B test of %1% each: send it without the test, or to a larger audience.</translation>
    </message>
    <message numerus="yes">
        <source>At %1 in each recipient&apos;s time zone, in %n zone(s):</source>
        <translation>
            <numerusform>At %1 in each recipient&apos;s time zone, in %n zone:</numerusform>
            <numerusform>At %1 in each recipient&apos;s time zone, in %n zones:</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: %2 recipients at %3 (%4 here)</source>
        <translation>  %1: %2 recipients at %3 (%4 here)</translation>
    </message>
    <message>
        <source>The last go at %1 (%2).</source>
        <translation>The last go at %1 (%2).</translation>
    </message>
</context>
<context>
    <name>cm::EmailCampaignsProvider</name>
    <message>
        <source>%1 cannot be said in any of the four US zones Email Campaigns takes (EST5EDT, CST6CDT, MST7MDT, PST8PDT); choose a time an hour earlier or later.</source>
        <translation>%1 cannot be said in any of the four US zones Email Campaigns takes (EST5EDT, CST6CDT, MST7MDT, PST8PDT); choose a time an hour earlier or later.</translation>
    </message>
    <message>
        <source>This computer has no data for the US time zones Email Campaigns takes: install the tzdata package.</source>
        <translation>This computer has no data for the US time zones Email Campaigns takes: install the tzdata package.</translation>
    </message>
    <message>
        <source>Email Campaigns does not know it (404): it was deleted there, or belongs to another account.</source>
        <translation>Email Campaigns does not know it (404): it was deleted there, or belongs to another account.</translation>
    </message>
    <message>
        <source>Email Campaigns refused the API token: copy it again from the provider&apos;s portal.</source>
        <translation>Email Campaigns refused the API token: copy it again from the provider&apos;s portal.</translation>
    </message>
    <message>
        <source>Email Campaigns</source>
        <translation>Email Campaigns</translation>
    </message>
    <message>
        <source>Email Campaigns (token API): bulk email to contact groups uploaded as CSV, started at a time in a US zone and cancelled there if need be; its results say who it was delivered to (no opens or clicks). Its From addresses must be registered first; this app does that.</source>
        <translation>Email Campaigns (token API): bulk email to contact groups uploaded as CSV, started at a time in a US zone and cancelled there if need be; its results say who it was delivered to (no opens or clicks). Its From addresses must be registered first; this app does that.</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Base URL</translation>
    </message>
    <message>
        <source>The API&apos;s address from your provider, such as https://api.example.com (the paths start with /email/).</source>
        <translation>The API&apos;s address from your provider, such as https://api.example.com (the paths start with /email/).</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API token</translation>
    </message>
    <message>
        <source>The 40-character token from the provider&apos;s portal.</source>
        <translation>The 40-character token from the provider&apos;s portal.</translation>
    </message>
    <message>
        <source>The token works. No From address is registered yet; a campaign&apos;s sender is registered when it is first used.</source>
        <translation>The token works. No From address is registered yet; a campaign&apos;s sender is registered when it is first used.</translation>
    </message>
    <message>
        <source>The token works. Registered From addresses: %1.</source>
        <translation>The token works. Registered From addresses: %1.</translation>
    </message>
    <message>
        <source>Email Campaigns needs a From address: give the campaign a sender.</source>
        <translation>Email Campaigns needs a From address: give the campaign a sender.</translation>
    </message>
    <message>
        <source>change a subscription</source>
        <translation>change a subscription</translation>
    </message>
    <message>
        <source>Email Campaigns has no unsubscribe link of its own: set the account&apos;s unsubscribe_url setting to the page {{unsubscribe_url}} should open.</source>
        <translation>Email Campaigns has no unsubscribe link of its own: set the account&apos;s unsubscribe_url setting to the page {{unsubscribe_url}} should open.</translation>
    </message>
</context>
<context>
    <name>cm::EngagementChart</name>
    <message>
        <source>Opens and clicks over time</source>
        <translation>Opens and clicks over time</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clicks</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Links clicked</source>
        <translation>Links clicked</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Opens</translation>
    </message>
    <message>
        <source>Opens and clicks per day</source>
        <translation>Opens and clicks per day</translation>
    </message>
    <message>
        <source>Opens and clicks per hour</source>
        <translation>Opens and clicks per hour</translation>
    </message>
    <message>
        <source>No opens or clicks with times reported yet</source>
        <translation>No opens or clicks with times reported yet</translation>
    </message>
</context>
<context>
    <name>cm::ExperimentService</name>
    <message>
        <source>not yet</source>
        <translation>not yet</translation>
    </message>
    <message>
        <source>No variant has a %1 yet.</source>
        <translation>No variant has a %1 yet.</translation>
    </message>
    <message>
        <source>%1 leads on %2 (%3).</source>
        <translation>%1 leads on %2 (%3).</translation>
    </message>
    <message>
        <source>No other variant has a %1 yet.</source>
        <translation>No other variant has a %1 yet.</translation>
    </message>
    <message>
        <source>%1 has %2.</source>
        <translation>%1 has %2.</translation>
    </message>
    <message>
        <source>Costs have no significance test: compare the counts too.</source>
        <translation>Costs have no significance test: compare the counts too.</translation>
    </message>
    <message>
        <source>The difference is significant (p = %1): it is unlikely to be chance.</source>
        <translation>The difference is significant (p = %1): it is unlikely to be chance.</translation>
    </message>
    <message>
        <source>The difference is not significant (p = %1): it may be chance; a larger share or a longer wait tells more.</source>
        <translation>The difference is not significant (p = %1): it may be chance; a larger share or a longer wait tells more.</translation>
    </message>
    <message numerus="yes">
        <source>An A/B test has 2 to 4 variants; this one has %n.</source>
        <translation>
            <numerusform>An A/B test has 2 to 4 variants; this one has %n.</numerusform>
            <numerusform>An A/B test has 2 to 4 variants; this one has %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each variant&apos;s share must be at least 1%, and all of them together less than 100% (so that the winner has someone left to go to); %n variants of %1% make %2%.</source>
        <translation>
            <numerusform>Each variant&apos;s share must be at least 1%, and all of them together less than 100% (so that the winner has someone left to go to); %n variant of %1% makes %2%.</numerusform>
            <numerusform>Each variant&apos;s share must be at least 1%, and all of them together less than 100% (so that the winner has someone left to go to); %n variants of %1% make %2%.</numerusform>
        </translation>
    </message>
    <message>
        <source>The wait before the winner is picked must be between 0 minutes and 30 days.</source>
        <translation>The wait before the winner is picked must be between 0 minutes and 30 days.</translation>
    </message>
    <message>
        <source>Not every variant&apos;s account reports the %1; pick another measure.</source>
        <translation>Not every variant&apos;s account reports the %1; pick another measure.</translation>
    </message>
    <message>
        <source>Variant %1 needs a %2 template.</source>
        <translation>Variant %1 needs a %2 template.</translation>
    </message>
    <message>
        <source>Variant %1 needs an account that sends %2.</source>
        <translation>Variant %1 needs an account that sends %2.</translation>
    </message>
    <message>
        <source>Variant %1: %2</source>
        <translation>Variant %1: %2</translation>
    </message>
    <message>
        <source>Variant %1: only an email has a subject.</source>
        <translation>Variant %1: only an email has a subject.</translation>
    </message>
    <message>
        <source>Variant %1 is the same as another: change its template, subject, sender or account.</source>
        <translation>Variant %1 is the same as another: change its template, subject, sender or account.</translation>
    </message>
    <message>
        <source>That campaign no longer exists.</source>
        <translation>That campaign no longer exists.</translation>
    </message>
    <message>
        <source>“%1” has started; its A/B test can no longer be changed.</source>
        <translation>“%1” has started; its A/B test can no longer be changed.</translation>
    </message>
    <message>
        <source>Sending “%1”</source>
        <translation>Sending “%1”</translation>
    </message>
    <message>
        <source>“%1” waits for its A/B test until %2; pick the winner to send it to the rest now.</source>
        <translation>“%1” waits for its A/B test until %2; pick the winner to send it to the rest now.</translation>
    </message>
    <message>
        <source>“%1” has no A/B test.</source>
        <translation>“%1” has no A/B test.</translation>
    </message>
    <message>
        <source>The A/B test of “%1” has not started: send the campaign first.</source>
        <translation>The A/B test of “%1” has not started: send the campaign first.</translation>
    </message>
    <message>
        <source>The winner of “%1” was chosen already: %2.</source>
        <translation>The winner of “%1” was chosen already: %2.</translation>
    </message>
    <message>
        <source>“%1” has no variant %2; its variants are %3.</source>
        <translation>“%1” has no variant %2; its variants are %3.</translation>
    </message>
    <message>
        <source>Sending the winner of “%1”</source>
        <translation>Sending the winner of “%1”</translation>
    </message>
    <message>
        <source>Sending the A/B test of “%1”</source>
        <translation>Sending the A/B test of “%1”</translation>
    </message>
    <message>
        <source>recipients</source>
        <translation>recipients</translation>
    </message>
    <message>
        <source>The A/B test of “%1” cannot start: %2</source>
        <translation>The A/B test of “%1” cannot start: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be sent yet: %2</source>
        <translation>“%1” cannot be sent yet: %2</translation>
    </message>
    <message numerus="yes">
        <source>“%1” reaches %n contact(s): too few for a test of %2% each. Send it without the test, or to a larger audience.</source>
        <translation>
            <numerusform>“%1” reaches %n contact: too few for a test of %2% each. Send it without the test, or to a larger audience.</numerusform>
            <numerusform>“%1” reaches %n contacts: too few for a test of %2% each. Send it without the test, or to a larger audience.</numerusform>
        </translation>
    </message>
    <message>
        <source>The A/B test of “%1” was started elsewhere.</source>
        <translation>The A/B test of “%1” was started elsewhere.</translation>
    </message>
    <message>
        <source>The A/B test of “%1” went to %2 contacts a variant (%3 variants); the winner by %4 goes to the other %5 at %6.</source>
        <translation>The A/B test of “%1” went to %2 contacts a variant (%3 variants); the winner by %4 goes to the other %5 at %6.</translation>
    </message>
    <message>
        <source>The winner of “%1” was chosen elsewhere.</source>
        <translation>The winner of “%1” was chosen elsewhere.</translation>
    </message>
    <message>
        <source>picked by hand</source>
        <translation>picked by hand</translation>
    </message>
    <message>
        <source>no variant had a %1 to compare, so A</source>
        <translation>no variant had a %1 to compare, so A</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>by %1</translation>
    </message>
    <message>
        <source>Variant %1 of “%2” won (%3) and went to the rest.</source>
        <translation>Variant %1 of “%2” won (%3) and went to the rest.</translation>
    </message>
    <message>
        <source>Variant %1: its template has versions in other languages, each with its own subject; test another template instead of a subject.</source>
        <translation>Variant %1: its template has versions in other languages, each with its own subject; test another template instead of a subject.</translation>
    </message>
    <message>
        <source>“%1”: a variant is still going out; the winner is picked at %2.</source>
        <translation>“%1”: a variant is still going out; the winner is picked at %2.</translation>
    </message>
    <message>
        <source>Its A/B test runs: it cannot change until the winner is chosen (pick it to send it now), or cancel the campaign.</source>
        <translation>Its A/B test runs: it cannot change until the winner is chosen (pick it to send it now), or cancel the campaign.</translation>
    </message>
</context>
<context>
    <name>cm::ExperimentStore</name>
    <message>
        <source>save the A/B test</source>
        <translation>save the A/B test</translation>
    </message>
    <message>
        <source>The A/B test has started; it can no longer be changed.</source>
        <translation>The A/B test has started; it can no longer be changed.</translation>
    </message>
    <message>
        <source>remove the A/B test</source>
        <translation>remove the A/B test</translation>
    </message>
    <message>
        <source>The A/B test has started; it can no longer be removed.</source>
        <translation>The A/B test has started; it can no longer be removed.</translation>
    </message>
    <message>
        <source>start the A/B test</source>
        <translation>start the A/B test</translation>
    </message>
    <message>
        <source>The A/B test has started already.</source>
        <translation>The A/B test has started already.</translation>
    </message>
    <message>
        <source>record the A/B test&apos;s winner</source>
        <translation>record the A/B test&apos;s winner</translation>
    </message>
    <message>
        <source>The A/B test is not waiting for a winner: it has not started, or its winner was chosen.</source>
        <translation>The A/B test is not waiting for a winner: it has not started, or its winner was chosen.</translation>
    </message>
</context>
<context>
    <name>cm::FallbackSecretStore</name>
    <message>
        <source>No system keychain is available (%1). Passwords and API keys are kept in memory until you quit, and you will be asked for them again next time.</source>
        <translation>No system keychain is available (%1). Passwords and API keys are kept in memory until you quit, and you will be asked for them again next time.</translation>
    </message>
</context>
<context>
    <name>cm::Flow</name>
    <message>
        <source>The provider kept answering with more pages after %1 of them; the list was not read.</source>
        <translation>The provider kept answering with more pages after %1 of them; the list was not read.</translation>
    </message>
    <message>
        <source>The provider answered page %1 with the page before it again; the list was not read.</source>
        <translation>The provider answered page %1 with the page before it again; the list was not read.</translation>
    </message>
</context>
<context>
    <name>cm::FreshMailProvider</name>
    <message>
        <source>FreshMail refused the API key or its signature: check the key and the secret under Settings → API in FreshMail.</source>
        <translation>FreshMail refused the API key or its signature: check the key and the secret under Settings → API in FreshMail.</translation>
    </message>
    <message>
        <source>The SMS has no text (error 1102).</source>
        <translation>The SMS has no text (error 1102).</translation>
    </message>
    <message>
        <source>FreshMail sends at most %1 characters in 3 parts for this text (it has %2); shorten it.</source>
        <translation>FreshMail sends at most %1 characters in 3 parts for this text (it has %2); shorten it.</translation>
    </message>
    <message>
        <source>FreshMail: email campaigns to subscriber lists, sent at once or at a time, with delivery, bounce, open, click and unsubscribe counts; test copies and SMS, one message at a time. Its block list can be written, not read.</source>
        <translation>FreshMail: email campaigns to subscriber lists, sent at once or at a time, with delivery, bounce, open, click and unsubscribe counts; test copies and SMS, one message at a time. Its block list can be written, not read.</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API address</translation>
    </message>
    <message>
        <source>Leave empty for https://api.freshmail.com.</source>
        <translation>Leave empty for https://api.freshmail.com.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API key</translation>
    </message>
    <message>
        <source>The 32-character key under Settings → API in FreshMail.</source>
        <translation>The 32-character key under Settings → API in FreshMail.</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation>API secret</translation>
    </message>
    <message>
        <source>The 40-character secret shown with the key; it signs every request and never leaves this computer.</source>
        <translation>The 40-character secret shown with the key; it signs every request and never leaves this computer.</translation>
    </message>
    <message>
        <source>The API key and secret work: FreshMail answered the signed ping.</source>
        <translation>The API key and secret work: FreshMail answered the signed ping.</translation>
    </message>
    <message>
        <source>FreshMail documents no unsubscribe link of its own: set the account&apos;s unsubscribe_url setting to the page {{unsubscribe_url}} should open.</source>
        <translation>FreshMail documents no unsubscribe link of its own: set the account&apos;s unsubscribe_url setting to the page {{unsubscribe_url}} should open.</translation>
    </message>
    <message>
        <source>FreshMail takes 9-digit Polish numbers or 11 digits with the country code (error 1101).</source>
        <translation>FreshMail takes 9-digit Polish numbers or 11 digits with the country code (error 1101).</translation>
    </message>
    <message>
        <source>%1 (Campaign Manager, %2)</source>
        <translation>%1 (Campaign Manager, %2)</translation>
    </message>
    <message>
        <source>Recipients of “%1”.</source>
        <translation>Recipients of “%1”.</translation>
    </message>
    <message>
        <source>FreshMail gave no list hash.</source>
        <translation>FreshMail gave no list hash.</translation>
    </message>
    <message>
        <source>FreshMail gave no campaign hash.</source>
        <translation>FreshMail gave no campaign hash.</translation>
    </message>
    <message>
        <source>change a subscription outside a list</source>
        <translation>change a subscription outside a list</translation>
    </message>
    <message>
        <source>say which emails it has</source>
        <translation>say which emails it has</translation>
    </message>
</context>
<context>
    <name>cm::FunnelChart</name>
    <message>
        <source>Delivery and engagement funnel</source>
        <translation>Delivery and engagement funnel</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
</context>
<context>
    <name>cm::GroupModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
</context>
<context>
    <name>cm::GroupStore</name>
    <message>
        <source>create the group “%1”</source>
        <translation>create the group “%1”</translation>
    </message>
    <message>
        <source>rename the group to “%1”</source>
        <translation>rename the group to “%1”</translation>
    </message>
    <message>
        <source>delete the group</source>
        <translation>delete the group</translation>
    </message>
    <message>
        <source>add contacts to the group</source>
        <translation>add contacts to the group</translation>
    </message>
    <message>
        <source>save the group</source>
        <translation>save the group</translation>
    </message>
    <message>
        <source>save the contact</source>
        <translation>save the contact</translation>
    </message>
    <message>
        <source>add the contact</source>
        <translation>add the contact</translation>
    </message>
    <message>
        <source>The group already has a contact with %1. Edit that contact instead.</source>
        <translation>The group already has a contact with %1. Edit that contact instead.</translation>
    </message>
    <message>
        <source>delete the contacts</source>
        <translation>delete the contacts</translation>
    </message>
    <message>
        <source>move the contacts</source>
        <translation>move the contacts</translation>
    </message>
    <message>
        <source>copy the contacts</source>
        <translation>copy the contacts</translation>
    </message>
    <message>
        <source>merge the groups</source>
        <translation>merge the groups</translation>
    </message>
    <message>
        <source>A group cannot be merged into itself. Choose another group.</source>
        <translation>A group cannot be merged into itself. Choose another group.</translation>
    </message>
    <message>
        <source>A group named “%1” exists already. Choose another name.</source>
        <translation>A group named “%1” exists already. Choose another name.</translation>
    </message>
</context>
<context>
    <name>cm::GroupSyncService</name>
    <message>
        <source>“%1” pulled from “%2”: %3 new, %4 already here.</source>
        <translation>“%1” pulled from “%2”: %3 new, %4 already here.</translation>
    </message>
    <message>
        <source>Cancelled. What was sent before stays at the provider.</source>
        <translation>Cancelled. What was sent before stays at the provider.</translation>
    </message>
    <message>
        <source>“%1” has no group named “%2”. Push the group there first, or choose another account.</source>
        <translation>“%1” has no group named “%2”. Push the group there first, or choose another account.</translation>
    </message>
    <message>
        <source>“%1” pushed to “%2”: %3 of %4 contacts accepted.</source>
        <translation>“%1” pushed to “%2”: %3 of %4 contacts accepted.</translation>
    </message>
    <message>
        <source>That account no longer exists.</source>
        <translation>That account no longer exists.</translation>
    </message>
    <message>
        <source>“%1” uses a provider this version does not know.</source>
        <translation>“%1” uses a provider this version does not know.</translation>
    </message>
    <message>
        <source>%1 cannot keep contact groups in step, so “%2” cannot be used for this.</source>
        <translation>%1 cannot keep contact groups in step, so “%2” cannot be used for this.</translation>
    </message>
    <message>
        <source>Pushing “%1” to “%2”</source>
        <translation>Pushing “%1” to “%2”</translation>
    </message>
    <message>
        <source>That group no longer exists.</source>
        <translation>That group no longer exists.</translation>
    </message>
    <message>
        <source>Pulling “%1” from “%2”</source>
        <translation>Pulling “%1” from “%2”</translation>
    </message>
    <message>
        <source>Reading the groups at the provider</source>
        <translation>Reading the groups at the provider</translation>
    </message>
    <message>
        <source>Creating the group “%1”</source>
        <translation>Creating the group “%1”</translation>
    </message>
    <message>
        <source>Group “%1” created here and at “%2”.</source>
        <translation>Group “%1” created here and at “%2”.</translation>
    </message>
    <message>
        <source>%1 keeps no opt-out list, so “%2” has none to sync.</source>
        <translation>%1 keeps no opt-out list, so “%2” has none to sync.</translation>
    </message>
    <message>
        <source>Syncing the suppression list with “%1”</source>
        <translation>Syncing the suppression list with “%1”</translation>
    </message>
    <message>
        <source>opt-out list of %1</source>
        <translation>opt-out list of %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new from %1&apos;s opt-out list</source>
        <translation>
            <numerusform>%n new from %1&apos;s opt-out list</numerusform>
            <numerusform>%n new from %1&apos;s opt-out list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent to %1.</source>
        <translation>
            <numerusform>%n sent to %1.</numerusform>
            <numerusform>%n sent to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: </source>
        <translation>Stopped: </translation>
    </message>
    <message numerus="yes">
        <source>%n new from %1&apos;s opt-out list; it takes none from here.</source>
        <translation>
            <numerusform>%n new from %1&apos;s opt-out list; it takes none from here.</numerusform>
            <numerusform>%n new from %1&apos;s opt-out list; it takes none from here.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 keeps no templates, so “%2” has none to exchange.</source>
        <translation>%1 keeps no templates, so “%2” has none to exchange.</translation>
    </message>
    <message>
        <source>Sending the template “%1” to “%2”</source>
        <translation>Sending the template “%1” to “%2”</translation>
    </message>
    <message>
        <source>Only email templates can be kept at a provider: they are HTML there.</source>
        <translation>Only email templates can be kept at a provider: they are HTML there.</translation>
    </message>
    <message>
        <source>That template no longer exists.</source>
        <translation>That template no longer exists.</translation>
    </message>
    <message>
        <source>“%1” replaced template %2 of “%3”.</source>
        <translation>“%1” replaced template %2 of “%3”.</translation>
    </message>
    <message>
        <source>“%1” is now template %2 of “%3”.</source>
        <translation>“%1” is now template %2 of “%3”.</translation>
    </message>
    <message>
        <source>Bringing in the templates of “%1”</source>
        <translation>Bringing in the templates of “%1”</translation>
    </message>
    <message numerus="yes">
        <source>From “%1”: %n template(s) added</source>
        <translation>
            <numerusform>From “%1”: %n template added</numerusform>
            <numerusform>From “%1”: %n templates added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated.</source>
        <translation>
            <numerusform>%n updated.</numerusform>
            <numerusform>%n updated.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n template(s).</source>
        <translation>
            <numerusform>Stopped after %n template.</numerusform>
            <numerusform>Stopped after %n templates.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the email addresses of “%1”</source>
        <translation>Checking the email addresses of “%1”</translation>
    </message>
    <message>
        <source>“%1” has no email addresses to check.</source>
        <translation>“%1” has no email addresses to check.</translation>
    </message>
    <message>
        <source>Stopped waiting; the check goes on at %1 (job %2).</source>
        <translation>Stopped waiting; the check goes on at %1 (job %2).</translation>
    </message>
    <message>
        <source>%1 could not check the addresses (job %2).</source>
        <translation>%1 could not check the addresses (job %2).</translation>
    </message>
    <message>
        <source>email check by %1</source>
        <translation>email check by %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 checked %n address(es)</source>
        <translation>
            <numerusform>%1 checked %n address</numerusform>
            <numerusform>%1 checked %n addresses</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 deliverable, %2 risky (%3 blocks those), %4 undeliverable (now on the suppression list); it cost %5.</source>
        <translation>%1 deliverable, %2 risky (%3 blocks those), %4 undeliverable (now on the suppression list); it cost %5.</translation>
    </message>
    <message>
        <source>Reading the templates at the provider</source>
        <translation>Reading the templates at the provider</translation>
    </message>
    <message>
        <source>Reading the template&apos;s preview at the provider</source>
        <translation>Reading the template&apos;s preview at the provider</translation>
    </message>
    <message>
        <source>Renaming “%1” at “%2”</source>
        <translation>Renaming “%1” at “%2”</translation>
    </message>
    <message>
        <source>The group is called “%1” at “%2” too.</source>
        <translation>The group is called “%1” at “%2” too.</translation>
    </message>
    <message>
        <source>Deleting “%1” at “%2”</source>
        <translation>Deleting “%1” at “%2”</translation>
    </message>
    <message>
        <source>“%1” was deleted at “%2” and here.</source>
        <translation>“%1” was deleted at “%2” and here.</translation>
    </message>
    <message>
        <source>%1 does not check email addresses; choose an account of %2.</source>
        <translation>%1 does not check email addresses; choose an account of %2.</translation>
    </message>
</context>
<context>
    <name>cm::GroupsPane</name>
    <message>
        <source>Contacts of the group</source>
        <translation>Contacts of the group</translation>
    </message>
    <message>
        <source>Contact groups</source>
        <translation>Contact groups</translation>
    </message>
    <message>
        <source>No groups yet.
Create one (Ctrl+N), then import contacts into it from a CSV file.</source>
        <translation>No groups yet.
Create one (Ctrl+N), then import contacts into it from a CSV file.</translation>
    </message>
    <message>
        <source>New group…</source>
        <translation>New group…</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>New group</translation>
    </message>
    <message>
        <source>Name of the new group:</source>
        <translation>Name of the new group:</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation>Rename group</translation>
    </message>
    <message>
        <source>New name of “%1”:</source>
        <translation>New name of “%1”:</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>created %1</translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation>A group needs a name.</translation>
    </message>
    <message>
        <source>A group named “%1” exists already. Choose another name.</source>
        <translation>A group named “%1” exists already. Choose another name.</translation>
    </message>
    <message>
        <source>Group “%1” created.</source>
        <translation>Group “%1” created.</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Delete group</translation>
    </message>
    <message numerus="yes">
        <source>Delete the group “%1” and its %n contact(s)? Campaigns already sent keep their recipients.</source>
        <translation>
            <numerusform>Delete the group “%1” and its %n contact? Campaigns already sent keep their recipients.</numerusform>
            <numerusform>Delete the group “%1” and its %n contacts? Campaigns already sent keep their recipients.</numerusform>
        </translation>
    </message>
    <message>
        <source>Group “%1” deleted.</source>
        <translation>Group “%1” deleted.</translation>
    </message>
    <message>
        <source>Push to account…</source>
        <translation>Push to account…</translation>
    </message>
    <message>
        <source>Pull from account…</source>
        <translation>Pull from account…</translation>
    </message>
    <message>
        <source>Linked to group %1 at “%2”, last synced %3</source>
        <translation>Linked to group %1 at “%2”, last synced %3</translation>
    </message>
    <message>
        <source>Push to account</source>
        <translation>Push to account</translation>
    </message>
    <message>
        <source>Pull from account</source>
        <translation>Pull from account</translation>
    </message>
    <message>
        <source>Send the contacts of “%1” to:</source>
        <translation>Send the contacts of “%1” to:</translation>
    </message>
    <message>
        <source>Bring the contacts of “%1” from:</source>
        <translation>Bring the contacts of “%1” from:</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Import contacts</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Export contacts</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <source>Import finished: %1</source>
        <translation>Import finished: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more line(s) (campaignctl contacts import --json lists them all).</source>
        <translation>
            <numerusform>… and %n more line (campaignctl contacts import --json lists them all).</numerusform>
            <numerusform>… and %n more lines (campaignctl contacts import --json lists them all).</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Undo import</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Merge into…</translation>
    </message>
    <message>
        <source>Merge groups</source>
        <translation>Merge groups</translation>
    </message>
    <message>
        <source>Move the contacts of “%1” into:</source>
        <translation>Move the contacts of “%1” into:</translation>
    </message>
    <message>
        <source>Suppression list…</source>
        <translation>Suppression list…</translation>
    </message>
    <message>
        <source>Search contacts: name, email, phone, city…</source>
        <translation>Search contacts: name, email, phone, city…</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Search contacts</translation>
    </message>
    <message>
        <source>Every word must start a word of the name, email address, phone number (with its country code) or city. Accents do not matter.</source>
        <translation>Every word must start a word of the name, email address, phone number (with its country code) or city. Accents do not matter.</translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation>New contact…</translation>
    </message>
    <message>
        <source>Edit contact…</source>
        <translation>Edit contact…</translation>
    </message>
    <message>
        <source>Delete contacts…</source>
        <translation>Delete contacts…</translation>
    </message>
    <message>
        <source>Copy to group…</source>
        <translation>Copy to group…</translation>
    </message>
    <message>
        <source>Copy contacts</source>
        <translation>Copy contacts</translation>
    </message>
    <message numerus="yes">
        <source>Copy %n contact(s) to:</source>
        <translation>
            <numerusform>Copy %n contact to:</numerusform>
            <numerusform>Copy %n contacts to:</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to group…</source>
        <translation>Move to group…</translation>
    </message>
    <message>
        <source>Move contacts</source>
        <translation>Move contacts</translation>
    </message>
    <message numerus="yes">
        <source>Move %n contact(s) to:</source>
        <translation>
            <numerusform>Move %n contact to:</numerusform>
            <numerusform>Move %n contacts to:</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to suppression list (opted out)</source>
        <translation>Add to suppression list (opted out)</translation>
    </message>
    <message>
        <source>Export selected…</source>
        <translation>Export selected…</translation>
    </message>
    <message>
        <source>selected-contacts.csv</source>
        <translation>selected-contacts.csv</translation>
    </message>
    <message>
        <source>Export the contacts shown…</source>
        <translation>Export the contacts shown…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation>Sorting…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <source>%1 of %2 match</source>
        <translation>%1 of %2 match</translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation>Contact saved.</translation>
    </message>
    <message>
        <source>Contact added.</source>
        <translation>Contact added.</translation>
    </message>
    <message>
        <source>Delete contacts</source>
        <translation>Delete contacts</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s) from this group? Campaigns already sent keep their recipients.</source>
        <translation>
            <numerusform>Delete %n contact from this group? Campaigns already sent keep their recipients.</numerusform>
            <numerusform>Delete %n contacts from this group? Campaigns already sent keep their recipients.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) deleted.</source>
        <translation>
            <numerusform>%n contact deleted.</numerusform>
            <numerusform>%n contacts deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) moved to “%1”.</source>
        <translation>
            <numerusform>%n contact moved to “%1”.</numerusform>
            <numerusform>%n contacts moved to “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) copied to “%1”.</source>
        <translation>
            <numerusform>%n contact copied to “%1”.</numerusform>
            <numerusform>%n contacts copied to “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) left out: “%1” has their email address or phone number already.</source>
        <translation>
            <numerusform>%n contact left out: “%1” has its email address or phone number already.</numerusform>
            <numerusform>%n contacts left out: “%1” has their email addresses or phone numbers already.</numerusform>
        </translation>
    </message>
    <message>
        <source>contacts of “%1”</source>
        <translation>contacts of “%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) added to the suppression list; no campaign will reach them.</source>
        <translation>
            <numerusform>%n address added to the suppression list; no campaign will reach it.</numerusform>
            <numerusform>%n addresses added to the suppression list; no campaign will reach them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show list</source>
        <translation>Show list</translation>
    </message>
    <message>
        <source>There is no other group. Create one first (Ctrl+N).</source>
        <translation>There is no other group. Create one first (Ctrl+N).</translation>
    </message>
    <message numerus="yes">
        <source>Move the %n contact(s) of “%1” into “%2” and delete “%1”? Where both groups have a contact with the same email address or phone number, the one in “%2” is kept.</source>
        <translation>
            <numerusform>Move the %n contact of “%1” into “%2” and delete “%1”? Where both groups have a contact with the same email address or phone number, the one in “%2” is kept.</numerusform>
            <numerusform>Move the %n contacts of “%1” into “%2” and delete “%1”? Where both groups have a contact with the same email address or phone number, the one in “%2” is kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Merge</translation>
    </message>
    <message numerus="yes">
        <source>“%1” merged into “%2”: %n contact(s) moved, %3 already there.</source>
        <translation>
            <numerusform>“%1” merged into “%2”: %n contact moved, %3 already there.</numerusform>
            <numerusform>“%1” merged into “%2”: %n contacts moved, %3 already there.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Save report…</translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation>Save the import report</translation>
    </message>
    <message>
        <source>import-report.csv</source>
        <translation>import-report.csv</translation>
    </message>
    <message>
        <source>Import report saved to “%1”.</source>
        <translation>Import report saved to “%1”.</translation>
    </message>
    <message>
        <source>Check email addresses…</source>
        <translation>Check email addresses…</translation>
    </message>
    <message>
        <source>Check email addresses</source>
        <translation>Check email addresses</translation>
    </message>
    <message>
        <source>Have this account check the addresses of “%1” (it charges for it):</source>
        <translation>Have this account check the addresses of “%1” (it charges for it):</translation>
    </message>
    <message>
        <source>“%1” is linked to a group at “%2”. Delete that group at %3 too? Its contacts there may stay in the account.</source>
        <translation>“%1” is linked to a group at “%2”. Delete that group at %3 too? Its contacts there may stay in the account.</translation>
    </message>
    <message>
        <source>Delete there too</source>
        <translation>Delete there too</translation>
    </message>
    <message>
        <source>No account checks email addresses. %1 accounts do; add one in Accounts.</source>
        <translation>No account checks email addresses. %1 accounts do; add one in Accounts.</translation>
    </message>
    <message>
        <source>No account can take contact groups. Add an account whose provider keeps groups, such as %1, in Accounts.</source>
        <translation>No account can take contact groups. Add an account whose provider keeps groups, such as %1, in Accounts.</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Contact files (*.csv *.txt *.xlsx);;CSV files (*.csv *.txt);;Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Contact files (*.csv *.txt *.xlsx);;CSV files (*.csv *.txt);;Excel workbooks (*.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Segments…</source>
        <translation>Segments…</translation>
    </message>
</context>
<context>
    <name>cm::HttpClient</name>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>“%1” is not a web address.</translation>
    </message>
    <message>
        <source>“%1” is not an https address; plain http is allowed only for this computer.</source>
        <translation>“%1” is not an https address; plain http is allowed only for this computer.</translation>
    </message>
</context>
<context>
    <name>cm::HttpJob</name>
    <message numerus="yes">
        <source>No answer within %n second(s).</source>
        <translation>
            <numerusform>No answer within %n second.</numerusform>
            <numerusform>No answer within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer in time; the provider may have received the request. Check at the provider before sending again.</source>
        <translation>No answer in time; the provider may have received the request. Check at the provider before sending again.</translation>
    </message>
    <message>
        <source>The secure connection failed: %1. Check the base URL; the provider&apos;s certificate must be valid.</source>
        <translation>The secure connection failed: %1. Check the base URL; the provider&apos;s certificate must be valid.</translation>
    </message>
    <message>
        <source>The provider redirected the request to %1, which is not followed: check the account&apos;s base URL.</source>
        <translation>The provider redirected the request to %1, which is not followed: check the account&apos;s base URL.</translation>
    </message>
    <message>
        <source>The provider answered with a redirect to %1, which is not followed; it may have received the request. Check the account&apos;s base URL and check at the provider before sending again.</source>
        <translation>The provider answered with a redirect to %1, which is not followed; it may have received the request. Check the account&apos;s base URL and check at the provider before sending again.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer was larger than %1 MB and was cut off.</source>
        <translation>The provider&apos;s answer was larger than %1 MB and was cut off.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer was cut off: %1.</source>
        <translation>The provider&apos;s answer was cut off: %1.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer was cut off; it may have received the request. Check at the provider before sending again.</source>
        <translation>The provider&apos;s answer was cut off; it may have received the request. Check at the provider before sending again.</translation>
    </message>
</context>
<context>
    <name>cm::ImportDialog</name>
    <message>
        <source>&amp;Skip them</source>
        <translation>&amp;Skip them</translation>
    </message>
    <message>
        <source>Import “%1”</source>
        <translation>Import “%1”</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detect</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Comma ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Semicolon ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Pipe |</source>
        <translation>Pipe |</translation>
    </message>
    <message>
        <source>Numbers written without a country code, such as 0532 612 48 37, are read as this country&apos;s.</source>
        <translation>Numbers written without a country code, such as 0532 612 48 37, are read as this country&apos;s.</translation>
    </message>
    <message>
        <source>Preview and the field of each column</source>
        <translation>Preview and the field of each column</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Delimiter:</translation>
    </message>
    <message>
        <source>Contacts the group has already:</source>
        <translation>Contacts the group has already:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Choose what each column holds; the first rows are shown.</source>
        <translation>Choose what each column holds; the first rows are shown.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2.</source>
        <translation>“%1” cannot be read: %2.</translation>
    </message>
    <message>
        <source>Detect (%1)</source>
        <translation>Detect (%1)</translation>
    </message>
    <message>
        <source>Detect (tab)</source>
        <translation>Detect (tab)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Custom field “%1”</source>
        <translation>Custom field “%1”</translation>
    </message>
    <message>
        <source>Ignore this column</source>
        <translation>Ignore this column</translation>
    </message>
    <message>
        <source>Field of column “%1”</source>
        <translation>Field of column “%1”</translation>
    </message>
    <message>
        <source>Choose the column with the email addresses or the phone numbers.</source>
        <translation>Choose the column with the email addresses or the phone numbers.</translation>
    </message>
    <message>
        <source>&amp;First row names the columns</source>
        <translation>&amp;First row names the columns</translation>
    </message>
    <message>
        <source>Detected: a first row with an email address or a phone number in it holds a contact. Without column names, the columns are numbered.</source>
        <translation>Detected: a first row with an email address or a phone number in it holds a contact. Without column names, the columns are numbered.</translation>
    </message>
    <message>
        <source>S&amp;kip the first line (a title)</source>
        <translation>S&amp;kip the first line (a title)</translation>
    </message>
    <message>
        <source>&amp;Update them with the file&apos;s values (opt-outs and blocks stay as they are)</source>
        <translation>&amp;Update them with the file&apos;s values (opt-outs and blocks stay as they are)</translation>
    </message>
    <message>
        <source>Empty cells &amp;clear fields</source>
        <translation>Empty cells &amp;clear fields</translation>
    </message>
    <message>
        <source>Without it, an update writes only the cells that hold something: an empty cell leaves the contact&apos;s value as it is. Columns the file does not have are never touched.</source>
        <translation>Without it, an update writes only the cells that hold something: an empty cell leaves the contact&apos;s value as it is. Columns the file does not have are never touched.</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>S&amp;heet:</translation>
    </message>
    <message>
        <source>Phone numbers &amp;from:</source>
        <translation>Phone numbers &amp;from:</translation>
    </message>
    <message>
        <source>Detected: a first line with a single cell above a line of several is a title, such as “Customer list, November”.</source>
        <translation>Detected: a first line with a single cell above a line of several is a title, such as “Customer list, November”.</translation>
    </message>
    <message>
        <source>S&amp;kip the first line (a title): “%1”</source>
        <translation>S&amp;kip the first line (a title): “%1”</translation>
    </message>
</context>
<context>
    <name>cm::ImportStore</name>
    <message>
        <source>start the import</source>
        <translation>start the import</translation>
    </message>
    <message>
        <source>import the contacts</source>
        <translation>import the contacts</translation>
    </message>
    <message>
        <source>finish the import</source>
        <translation>finish the import</translation>
    </message>
    <message>
        <source>undo an interrupted import</source>
        <translation>undo an interrupted import</translation>
    </message>
    <message>
        <source>There is no import %1.</source>
        <translation>There is no import %1.</translation>
    </message>
    <message>
        <source>undo the import</source>
        <translation>undo the import</translation>
    </message>
    <message>
        <source>Import %1 is not one that can be undone (it is %2).</source>
        <translation>Import %1 is not one that can be undone (it is %2).</translation>
    </message>
</context>
<context>
    <name>cm::JobStatusWidget</name>
    <message>
        <source>Cancel this job</source>
        <translation>Cancel this job</translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>Cancel job</translation>
    </message>
    <message numerus="yes">
        <source> (+%n more)</source>
        <translation>
            <numerusform> (+%n more)</numerusform>
            <numerusform> (+%n more)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of about %2 %3</source>
        <translation>%1 of about %2 %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 a second</source>
        <translation>%1 a second</translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>about %n s left</numerusform>
            <numerusform>about %n s left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>about %n min left</numerusform>
            <numerusform>about %n min left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cm::KeychainSecretStore</name>
    <message>
        <source>the system keychain</source>
        <translation>the system keychain</translation>
    </message>
    <message>
        <source>The system keychain did not answer (it may be locked and waiting for a password prompt).</source>
        <translation>The system keychain did not answer (it may be locked and waiting for a password prompt).</translation>
    </message>
    <message>
        <source>The system keychain is locked.</source>
        <translation>The system keychain is locked.</translation>
    </message>
</context>
<context>
    <name>cm::MainWindow</name>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Templates</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campaigns</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Campaign Manager</source>
        <translation>Campaign Manager</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Workspace: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Campaign Manager</source>
        <translation>&amp;About Campaign Manager</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Appearance</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>&amp;Workspace settings…</source>
        <translation>&amp;Workspace settings…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>This is a demo workspace: its account is the Sandbox, which sends nothing, and its contacts and campaigns are made up. Try anything here.</source>
        <translation>This is a demo workspace: its account is the Sandbox, which sends nothing, and its contacts and campaigns are made up. Try anything here.</translation>
    </message>
    <message>
        <source>Start with my own accounts</source>
        <translation>Start with my own accounts</translation>
    </message>
    <message>
        <source>Campaign Manager starts again on a new, empty workspace (%1), where you add your own accounts and contacts. The demo workspace stays as it is.</source>
        <translation>Campaign Manager starts again on a new, empty workspace (%1), where you add your own accounts and contacts. The demo workspace stays as it is.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Start again</translation>
    </message>
    <message>
        <source>Campaign Manager could not be started again on %1.</source>
        <translation>Campaign Manager could not be started again on %1.</translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation>Open the &amp;demo workspace</translation>
    </message>
    <message>
        <source>Start with my &amp;own accounts…</source>
        <translation>Start with my &amp;own accounts…</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Series</translation>
    </message>
</context>
<context>
    <name>cm::MemorySecretStore</name>
    <message>
        <source>this session&apos;s memory</source>
        <translation>this session&apos;s memory</translation>
    </message>
</context>
<context>
    <name>cm::MessageBanner</name>
    <message>
        <source>Close this message</source>
        <translation>Close this message</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Close message</translation>
    </message>
</context>
<context>
    <name>cm::Nrs360Provider</name>
    <message>
        <source>This computer&apos;s IP address is not on the account&apos;s allow list: add it in 360nrs under APIs, then try again.</source>
        <translation>This computer&apos;s IP address is not on the account&apos;s allow list: add it in 360nrs under APIs, then try again.</translation>
    </message>
    <message>
        <source>The account has not enough credit: top it up in 360nrs.</source>
        <translation>The account has not enough credit: top it up in 360nrs.</translation>
    </message>
    <message>
        <source>call of %1 s</source>
        <translation>call of %1 s</translation>
    </message>
    <message>
        <source>permanent</source>
        <translation>permanent</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Base URL</translation>
    </message>
    <message>
        <source>Your dashboard&apos;s API address, such as https://dashboard.360nrs.com/api/rest.</source>
        <translation>Your dashboard&apos;s API address, such as https://dashboard.360nrs.com/api/rest.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>User name</translation>
    </message>
    <message>
        <source>The user name you sign in to 360nrs with.</source>
        <translation>The user name you sign in to 360nrs with.</translation>
    </message>
    <message>
        <source>API password</source>
        <translation>API password</translation>
    </message>
    <message>
        <source>Not the sign-in password: set it in 360nrs under APIs → Change API password.</source>
        <translation>Not the sign-in password: set it in 360nrs under APIs → Change API password.</translation>
    </message>
    <message>
        <source>The user name and API password work from this computer&apos;s IP address.</source>
        <translation>The user name and API password work from this computer&apos;s IP address.</translation>
    </message>
    <message>
        <source>360nrs lists no sending %1.</source>
        <translation>360nrs lists no sending %1.</translation>
    </message>
    <message>
        <source>360nrs holds no scheduled messages of sending %1.</source>
        <translation>360nrs holds no scheduled messages of sending %1.</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <source>Automatic uses GSM unless the text needs Unicode; the Portuguese table fits ç, ã and õ in GSM.</source>
        <translation>Automatic uses GSM unless the text needs Unicode; the Portuguese table fits ç, ã and õ in GSM.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>GSM</source>
        <translation>GSM</translation>
    </message>
    <message>
        <source>GSM Portuguese</source>
        <translation>GSM Portuguese</translation>
    </message>
    <message>
        <source>Unicode (UTF-16)</source>
        <translation>Unicode (UTF-16)</translation>
    </message>
    <message>
        <source>Flash SMS</source>
        <translation>Flash SMS</translation>
    </message>
    <message>
        <source>Shown at once on the screen; some phones do not store it.</source>
        <translation>Shown at once on the screen; some phones do not store it.</translation>
    </message>
    <message>
        <source>Expires after (hours)</source>
        <translation>Expires after (hours)</translation>
    </message>
    <message>
        <source>Track opens</source>
        <translation>Track opens</translation>
    </message>
    <message>
        <source>A tracking pixel tells who opened the email.</source>
        <translation>A tracking pixel tells who opened the email.</translation>
    </message>
    <message>
        <source>Track clicks</source>
        <translation>Track clicks</translation>
    </message>
    <message>
        <source>Links go through 360nrs, which counts who clicked.</source>
        <translation>Links go through 360nrs, which counts who clicked.</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>Certified</translation>
    </message>
    <message>
        <source>360nrs issues a certificate of delivery for each message, at an extra cost.</source>
        <translation>360nrs issues a certificate of delivery for each message, at an extra cost.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Comma-separated; they filter the statistics in the 360nrs dashboard.</source>
        <translation>Comma-separated; they filter the statistics in the 360nrs dashboard.</translation>
    </message>
    <message>
        <source>360nrs: SMS, email, voice calls (read aloud or an audio file), SMS with a landing page and WhatsApp templates, with campaign statistics, opens, clicks and a report of every event; scheduled sends that can be moved or cancelled; WhatsApp conversations; groups, contacts and a blacklist. The API answers only from the IP addresses registered in 360nrs.</source>
        <translation>360nrs: SMS, email, voice calls (read aloud or an audio file), SMS with a landing page and WhatsApp templates, with campaign statistics, opens, clicks and a report of every event; scheduled sends that can be moved or cancelled; WhatsApp conversations; groups, contacts and a blacklist. The API answers only from the IP addresses registered in 360nrs.</translation>
    </message>
    <message>
        <source>Landing page</source>
        <translation>Landing page</translation>
    </message>
    <message>
        <source>Voice language</source>
        <translation>Voice language</translation>
    </message>
    <message>
        <source>The language the text is read in; Mandarin, Arabic and Hindi have a female voice only.</source>
        <translation>The language the text is read in; Mandarin, Arabic and Hindi have a female voice only.</translation>
    </message>
    <message>
        <source>English (United Kingdom)</source>
        <translation>English (United Kingdom)</translation>
    </message>
    <message>
        <source>English (United States)</source>
        <translation>English (United States)</translation>
    </message>
    <message>
        <source>Spanish (Spain)</source>
        <translation>Spanish (Spain)</translation>
    </message>
    <message>
        <source>Spanish (Latin America)</source>
        <translation>Spanish (Latin America)</translation>
    </message>
    <message>
        <source>Portuguese (Portugal)</source>
        <translation>Portuguese (Portugal)</translation>
    </message>
    <message>
        <source>Portuguese (Brazil)</source>
        <translation>Portuguese (Brazil)</translation>
    </message>
    <message>
        <source>German</source>
        <translation>German</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italian</translation>
    </message>
    <message>
        <source>Mandarin Chinese</source>
        <translation>Mandarin Chinese</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabic</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voice</translation>
    </message>
    <message>
        <source>A female or a male voice reads the text.</source>
        <translation>A female or a male voice reads the text.</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Audio file</source>
        <translation>Audio file</translation>
    </message>
    <message>
        <source>Caller numbers</source>
        <translation>Caller numbers</translation>
    </message>
    <message>
        <source>The number calls come from, by country, such as ES=612345678, PT=698765432; other countries get the account&apos;s default caller. 360nrs support sets them up.</source>
        <translation>The number calls come from, by country, such as ES=612345678, PT=698765432; other countries get the account&apos;s default caller. 360nrs support sets them up.</translation>
    </message>
    <message>
        <source>Call again if unanswered</source>
        <translation>Call again if unanswered</translation>
    </message>
    <message>
        <source>How many more times an unanswered call is tried, up to 5; set an expiry so that retries do not come at night.</source>
        <translation>How many more times an unanswered call is tried, up to 5; set an expiry so that retries do not come at night.</translation>
    </message>
    <message>
        <source>Hang up on answering machines</source>
        <translation>Hang up on answering machines</translation>
    </message>
    <message>
        <source>360nrs detects an answering machine and ends the call instead of leaving the message.</source>
        <translation>360nrs detects an answering machine and ends the call instead of leaving the message.</translation>
    </message>
    <message>
        <source>Not delivered (or called) after this many hours from the send; 0: the network&apos;s default.</source>
        <translation>Not delivered (or called) after this many hours from the send; 0: the network&apos;s default.</translation>
    </message>
    <message>
        <source>WhatsApp template id</source>
        <translation>WhatsApp template id</translation>
    </message>
    <message>
        <source>Automatic answer</source>
        <translation>Automatic answer</translation>
    </message>
    <message>
        <source>What WhatsApp answers by itself to a recipient&apos;s first reply; empty: nothing.</source>
        <translation>What WhatsApp answers by itself to a recipient&apos;s first reply; empty: nothing.</translation>
    </message>
    <message>
        <source>The 360nrs template the link opens, as v2:ID or v1:ID (Templates ▸ Preview at account… lists them; Send to account… puts one of yours there). The link goes where the text has {LAND_URL}, or at its end.</source>
        <translation>The 360nrs template the link opens, as v2:ID or v1:ID (Templates ▸ Preview at account… lists them; Send to account… puts one of yours there). The link goes where the text has {LAND_URL}, or at its end.</translation>
    </message>
    <message>
        <source>The id of a WhatsApp template approved in 360nrs (the API cannot list them). Each line of the message fills one of its body variables, in order; lines starting header:, button:, reply: or location: (latitude, longitude, name, address) fill those. The campaign&apos;s sender is the WhatsApp number registered in 360nrs.</source>
        <translation>The id of a WhatsApp template approved in 360nrs (the API cannot list them). Each line of the message fills one of its body variables, in order; lines starting header:, button:, reply: or location: (latitude, longitude, name, address) fill those. The campaign&apos;s sender is the WhatsApp number registered in 360nrs.</translation>
    </message>
    <message>
        <source>The public web address (https://…) of the MP3 or WAV file the call plays; empty: the call reads the text aloud.</source>
        <translation>The public web address (https://…) of the MP3 or WAV file the call plays; empty: the call reads the text aloud.</translation>
    </message>
</context>
<context>
    <name>cm::OutboxProvider</name>
    <message>
        <source>Outbox (outbox.rest), Türkiye: SMS, MMS and email with per-recipient status. No balance and no cancel of scheduled API sends.</source>
        <translation>Outbox (outbox.rest), Türkiye: SMS, MMS and email with per-recipient status. No balance and no cancel of scheduled API sends.</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Base URL</translation>
    </message>
    <message>
        <source>Leave empty for https://outbox.rest. Change it only for a test server.</source>
        <translation>Leave empty for https://outbox.rest. Change it only for a test server.</translation>
    </message>
    <message>
        <source>Auth key</source>
        <translation>Auth key</translation>
    </message>
    <message>
        <source>The API token from the Outbox panel (Settings → API), such as xxxxx-xxxxx-xxxxx-…</source>
        <translation>The API token from the Outbox panel (Settings → API), such as xxxxx-xxxxx-xxxxx-…</translation>
    </message>
    <message numerus="yes">
        <source>The auth key works; the account has %n group(s).</source>
        <translation>
            <numerusform>The auth key works; the account has %n group.</numerusform>
            <numerusform>The auth key works; the account has %n groups.</numerusform>
        </translation>
    </message>
    <message>
        <source>Outbox&apos;s answer does not list this recipient, so it may have been sent or not. Check at Outbox before sending to it again.</source>
        <translation>Outbox&apos;s answer does not list this recipient, so it may have been sent or not. Check at Outbox before sending to it again.</translation>
    </message>
</context>
<context>
    <name>cm::OverviewPane</name>
    <message>
        <source>Open the campaign and resolve its unknown recipients.</source>
        <translation>Open the campaign and resolve its unknown recipients.</translation>
    </message>
    <message>
        <source>Open the report and refresh it again.</source>
        <translation>Open the report and refresh it again.</translation>
    </message>
    <message>
        <source>Open the account, then edit it or test its connection.</source>
        <translation>Open the account, then edit it or test its connection.</translation>
    </message>
    <message>
        <source>Connection works (tested %1)</source>
        <translation>Connection works (tested %1)</translation>
    </message>
    <message>
        <source>Connection test failed (%1): %2</source>
        <translation>Connection test failed (%1): %2</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation>Balance: %1</translation>
    </message>
    <message>
        <source>Reading the report…</source>
        <translation>Reading the report…</translation>
    </message>
    <message>
        <source>No report yet</source>
        <translation>No report yet</translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n sent</numerusform>
            <numerusform>%n sent</numerusform>
        </translation>
    </message>
    <message>
        <source>delivered %1</source>
        <translation>delivered %1</translation>
    </message>
    <message>
        <source>opened %1</source>
        <translation>opened %1</translation>
    </message>
    <message>
        <source>clicked %1</source>
        <translation>clicked %1</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Needs attention</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Recent campaign</source>
        <translation>Recent campaign</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Nothing here yet.
Add an account (Accounts) and contacts (Groups), then write a template and a campaign: the overview then shows what is scheduled, how recent campaigns did and what needs attention.</source>
        <translation>Nothing here yet.
Add an account (Accounts) and contacts (Groups), then write a template and a campaign: the overview then shows what is scheduled, how recent campaigns did and what needs attention.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n account</numerusform>
            <numerusform>%n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s) scheduled in the next %1 days</source>
        <translation>
            <numerusform>%n campaign scheduled in the next %1 days</numerusform>
            <numerusform>%n campaigns scheduled in the next %1 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) need attention</source>
        <translation>
            <numerusform>%n item needs attention</numerusform>
            <numerusform>%n items need attention</numerusform>
        </translation>
    </message>
    <message>
        <source>Open in Accounts</source>
        <translation>Open in Accounts</translation>
    </message>
    <message>
        <source>Open in Reports</source>
        <translation>Open in Reports</translation>
    </message>
    <message>
        <source>Open in Campaigns</source>
        <translation>Open in Campaigns</translation>
    </message>
    <message>
        <source>Not tested yet</source>
        <translation>Not tested yet</translation>
    </message>
    <message>
        <source>Turned away for its rate limit at the last try</source>
        <translation>Turned away for its rate limit at the last try</translation>
    </message>
</context>
<context>
    <name>cm::OverviewService</name>
    <message numerus="yes">
        <source>“%1”: %n recipient(s) may or may not have been sent. Check with the provider or resolve them.</source>
        <translation>
            <numerusform>“%1”: %n recipient may or may not have been sent. Check with the provider or resolve it.</numerusform>
            <numerusform>“%1”: %n recipients may or may not have been sent. Check with the provider or resolve them.</numerusform>
        </translation>
    </message>
    <message>
        <source>The report of “%1” could not be refreshed: %2</source>
        <translation>The report of “%1” could not be refreshed: %2</translation>
    </message>
    <message numerus="yes">
        <source>Series “%1”: %n message(s) may or may not have been sent. Check with the provider or resolve them.</source>
        <translation>
            <numerusform>Series “%1”: %n message may or may not have been sent. Check with the provider or resolve it.</numerusform>
            <numerusform>Series “%1”: %n messages may or may not have been sent. Check with the provider or resolve them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cm::Pane</name>
    <message>
        <source>Filter…</source>
        <translation>Filter…</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>Filter the list</translation>
    </message>
</context>
<context>
    <name>cm::PriceTable</name>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Price per part</source>
        <translation>Price per part</translation>
    </message>
    <message>
        <source>Prices per SMS part by country</source>
        <translation>Prices per SMS part by country</translation>
    </message>
    <message>
        <source>A country by its name or code (Türkiye, TR), and the price of one SMS part there. The empty last row adds one.</source>
        <translation>A country by its name or code (Türkiye, TR), and the price of one SMS part there. The empty last row adds one.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Price per part in any other country</source>
        <translation>Price per part in any other country</translation>
    </message>
    <message>
        <source>Currency of the prices</source>
        <translation>Currency of the prices</translation>
    </message>
    <message>
        <source>Any other country:</source>
        <translation>Any other country:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Currency:</translation>
    </message>
    <message>
        <source>Prices, row %1: “%2” is not a country; write its name or its code, such as Türkiye or TR.</source>
        <translation>Prices, row %1: “%2” is not a country; write its name or its code, such as Türkiye or TR.</translation>
    </message>
    <message>
        <source>Prices, row %1: “%2” is not a price; write a number such as 0.05.</source>
        <translation>Prices, row %1: “%2” is not a price; write a number such as 0.05.</translation>
    </message>
    <message>
        <source>The price for any other country, “%1”, is not a number; write one such as 0.05.</source>
        <translation>The price for any other country, “%1”, is not a number; write one such as 0.05.</translation>
    </message>
    <message>
        <source>The currency “%1” is not a currency code; write three letters, such as EUR or TRY.</source>
        <translation>The currency “%1” is not a currency code; write three letters, such as EUR or TRY.</translation>
    </message>
</context>
<context>
    <name>cm::Provider</name>
    <message>
        <source>list groups</source>
        <translation>list groups</translation>
    </message>
    <message>
        <source>create groups</source>
        <translation>create groups</translation>
    </message>
    <message>
        <source>upload contacts</source>
        <translation>upload contacts</translation>
    </message>
    <message>
        <source>download contacts</source>
        <translation>download contacts</translation>
    </message>
    <message>
        <source>cancel a scheduled send</source>
        <translation>cancel a scheduled send</translation>
    </message>
    <message>
        <source>report per-recipient status</source>
        <translation>report per-recipient status</translation>
    </message>
    <message>
        <source>report campaign statistics</source>
        <translation>report campaign statistics</translation>
    </message>
    <message>
        <source>list opt-outs</source>
        <translation>list opt-outs</translation>
    </message>
    <message>
        <source>block or unsubscribe a contact</source>
        <translation>block or unsubscribe a contact</translation>
    </message>
    <message>
        <source>export a campaign&apos;s events</source>
        <translation>export a campaign&apos;s events</translation>
    </message>
    <message>
        <source>reschedule messages</source>
        <translation>reschedule messages</translation>
    </message>
    <message>
        <source>keep templates</source>
        <translation>keep templates</translation>
    </message>
    <message>
        <source>validate email addresses</source>
        <translation>validate email addresses</translation>
    </message>
    <message>
        <source>rename a group</source>
        <translation>rename a group</translation>
    </message>
    <message>
        <source>test an email for spam</source>
        <translation>test an email for spam</translation>
    </message>
    <message>
        <source>delete groups</source>
        <translation>delete groups</translation>
    </message>
    <message>
        <source>list WhatsApp conversations</source>
        <translation>list WhatsApp conversations</translation>
    </message>
    <message>
        <source>read a WhatsApp conversation</source>
        <translation>read a WhatsApp conversation</translation>
    </message>
    <message>
        <source>answer in a WhatsApp conversation</source>
        <translation>answer in a WhatsApp conversation</translation>
    </message>
    <message>
        <source>say which messages it has</source>
        <translation>say which messages it has</translation>
    </message>
</context>
<context>
    <name>cm::ProviderError</name>
    <message>
        <source> The provider said: “%1”.</source>
        <translation> The provider said: “%1”.</translation>
    </message>
    <message>
        <source> The provider said: “%1” (%2).</source>
        <translation> The provider said: “%1” (%2).</translation>
    </message>
    <message>
        <source>“%1” was refused: the credentials are wrong or expired. Edit the account and enter them again.</source>
        <translation>“%1” was refused: the credentials are wrong or expired. Edit the account and enter them again.</translation>
    </message>
    <message>
        <source>“%1” did not accept the request. Correct what it names and try again.</source>
        <translation>“%1” did not accept the request. Correct what it names and try again.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is receiving too many requests; try again in %n second(s).</source>
        <translation>
            <numerusform>“%1” is receiving too many requests; try again in %n second.</numerusform>
            <numerusform>“%1” is receiving too many requests; try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is receiving too many requests; try again in a minute.</source>
        <translation>“%1” is receiving too many requests; try again in a minute.</translation>
    </message>
    <message>
        <source>“%1” could not be reached or had a temporary problem. Check the connection and try again.</source>
        <translation>“%1” could not be reached or had a temporary problem. Check the connection and try again.</translation>
    </message>
    <message>
        <source>“%1” refused the request.</source>
        <translation>“%1” refused the request.</translation>
    </message>
    <message>
        <source>The provider of “%1” cannot do this: %2.</source>
        <translation>The provider of “%1” cannot do this: %2.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Nothing was sent: %1</translation>
    </message>
</context>
<context>
    <name>cm::ProviderInfo</name>
    <message>
        <source>Group sync</source>
        <translation>Group sync</translation>
    </message>
    <message>
        <source>Create groups</source>
        <translation>Create groups</translation>
    </message>
    <message>
        <source>Upload contacts</source>
        <translation>Upload contacts</translation>
    </message>
    <message>
        <source>Download contacts</source>
        <translation>Download contacts</translation>
    </message>
    <message>
        <source>Remote templates</source>
        <translation>Remote templates</translation>
    </message>
    <message>
        <source>Scheduling at the provider</source>
        <translation>Scheduling at the provider</translation>
    </message>
    <message>
        <source>Cancel scheduled sends</source>
        <translation>Cancel scheduled sends</translation>
    </message>
    <message>
        <source>Per-recipient status</source>
        <translation>Per-recipient status</translation>
    </message>
    <message>
        <source>Campaign statistics</source>
        <translation>Campaign statistics</translation>
    </message>
    <message>
        <source>Opt-out list</source>
        <translation>Opt-out list</translation>
    </message>
    <message>
        <source>Test sends</source>
        <translation>Test sends</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Event export</source>
        <translation>Event export</translation>
    </message>
    <message>
        <source>Email validation</source>
        <translation>Email validation</translation>
    </message>
    <message>
        <source>%1 takes no campaign options.</source>
        <translation>%1 takes no campaign options.</translation>
    </message>
    <message>
        <source>%1 has no option “%2”; it has: %3.</source>
        <translation>%1 has no option “%2”; it has: %3.</translation>
    </message>
    <message>
        <source>“%1” takes a whole number from %2 to %3.</source>
        <translation>“%1” takes a whole number from %2 to %3.</translation>
    </message>
    <message>
        <source>“%1” takes one of: %2.</source>
        <translation>“%1” takes one of: %2.</translation>
    </message>
    <message>
        <source>“%1” takes true or false.</source>
        <translation>“%1” takes true or false.</translation>
    </message>
    <message>
        <source>Rename groups</source>
        <translation>Rename groups</translation>
    </message>
    <message>
        <source>Spam test</source>
        <translation>Spam test</translation>
    </message>
    <message>
        <source>Delete groups</source>
        <translation>Delete groups</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>“%1” applies only with %2 %3.</source>
        <translation>“%1” applies only with %2 %3.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>“%1” is not valid here. %2</source>
        <translation>“%1” is not valid here. %2</translation>
    </message>
    <message>
        <source>%1 needs “%2” (%3) here.</source>
        <translation>%1 needs “%2” (%3) here.</translation>
    </message>
    <message>
        <source>WhatsApp conversations</source>
        <translation>WhatsApp conversations</translation>
    </message>
    <message>
        <source>the text is %1 characters long; %2 takes at most %3 for a %4. Shorten the template.</source>
        <translation>the text is %1 characters long; %2 takes at most %3 for a %4. Shorten the template.</translation>
    </message>
    <message>
        <source>the text is empty.</source>
        <translation>the text is empty.</translation>
    </message>
    <message>
        <source>Sends: %1</source>
        <translation>Sends: %1</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audience</translation>
    </message>
    <message>
        <source>Scheduling</source>
        <translation>Scheduling</translation>
    </message>
    <message>
        <source>Move scheduled sends</source>
        <translation>Move scheduled sends</translation>
    </message>
    <message>
        <source>Sending windows</source>
        <translation>Sending windows</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>Reporting</translation>
    </message>
    <message>
        <source>Extras</source>
        <translation>Extras</translation>
    </message>
</context>
<context>
    <name>cm::RecipientModel</name>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Last event</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Provider id</source>
        <translation>Provider id</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
</context>
<context>
    <name>cm::ReportFiles</name>
    <message>
        <source>“%1” cannot be written: %2.</source>
        <translation>“%1” cannot be written: %2.</translation>
    </message>
    <message>
        <source>The report cannot be read: %1.</source>
        <translation>The report cannot be read: %1.</translation>
    </message>
</context>
<context>
    <name>cm::ReportService</name>
    <message>
        <source>%1 does not report delivery for campaigns.</source>
        <translation>%1 does not report delivery for campaigns.</translation>
    </message>
    <message>
        <source>Refresh cancelled; the report keeps what was fetched.</source>
        <translation>Refresh cancelled; the report keeps what was fetched.</translation>
    </message>
    <message numerus="yes">
        <source>Report of “%1” refreshed: %n new event(s).</source>
        <translation>
            <numerusform>Report of “%1” refreshed: %n new event.</numerusform>
            <numerusform>Report of “%1” refreshed: %n new events.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refreshing the report of “%1”</source>
        <translation>Refreshing the report of “%1”</translation>
    </message>
    <message>
        <source>Refreshing a report</source>
        <translation>Refreshing a report</translation>
    </message>
    <message>
        <source>“%1” has no account: choose one in the campaign first.</source>
        <translation>“%1” has no account: choose one in the campaign first.</translation>
    </message>
    <message>
        <source>That campaign no longer exists.</source>
        <translation>That campaign no longer exists.</translation>
    </message>
    <message>
        <source>“%1” uses a provider this version does not know.</source>
        <translation>“%1” uses a provider this version does not know.</translation>
    </message>
    <message>
        <source>%1 gave no campaign id for these sends, so it cannot report on them. %2</source>
        <translation>%1 gave no campaign id for these sends, so it cannot report on them. %2</translation>
    </message>
</context>
<context>
    <name>cm::ReportsPane</name>
    <message>
        <source>All recipients</source>
        <translation>All recipients</translation>
    </message>
    <message>
        <source>Recipients and their status</source>
        <translation>Recipients and their status</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Recipients</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>updated %1</translation>
    </message>
    <message>
        <source>No report yet. Refresh (F5) to ask the provider what happened.</source>
        <translation>No report yet. Refresh (F5) to ask the provider what happened.</translation>
    </message>
    <message>
        <source>No report yet: this campaign has not been sent.</source>
        <translation>No report yet: this campaign has not been sent.</translation>
    </message>
    <message>
        <source>the provider</source>
        <translation>the provider</translation>
    </message>
    <message>
        <source>Not reported by %1</source>
        <translation>Not reported by %1</translation>
    </message>
    <message>
        <source>Cost: not reported by %1</source>
        <translation>Cost: not reported by %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Cost: %1</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Export the report</translation>
    </message>
    <message>
        <source>%1 report.csv</source>
        <translation>%1 report.csv</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) written to “%1”.</source>
        <translation>
            <numerusform>%n recipient written to “%1”.</numerusform>
            <numerusform>%n recipients written to “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>Who: %1</source>
        <translation>Who: %1</translation>
    </message>
    <message>
        <source>Show recipients by state or by what they did</source>
        <translation>Show recipients by state or by what they did</translation>
    </message>
    <message>
        <source>New group from these…</source>
        <translation>New group from these…</translation>
    </message>
    <message>
        <source>New group from these recipients</source>
        <translation>New group from these recipients</translation>
    </message>
    <message>
        <source>A new contact group with the contacts the table shows (%1):</source>
        <translation>A new contact group with the contacts the table shows (%1):</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No contact in the workspace matches this filter.</source>
        <translation>No contact in the workspace matches this filter.</translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation>A group needs a name.</translation>
    </message>
    <message numerus="yes">
        <source>Group “%1” made with %n contact(s); send them a follow-up from Campaigns.</source>
        <translation>
            <numerusform>Group “%1” made with %n contact; send them a follow-up from Campaigns.</numerusform>
            <numerusform>Group “%1” made with %n contacts; send them a follow-up from Campaigns.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Compare…</translation>
    </message>
    <message>
        <source>Compare the selected campaigns (Ctrl+M); select several with Ctrl or Shift.</source>
        <translation>Compare the selected campaigns (Ctrl+M); select several with Ctrl or Shift.</translation>
    </message>
    <message>
        <source>PDF summary…</source>
        <translation>PDF summary…</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Save the report as PDF</translation>
    </message>
    <message>
        <source>%1 report.pdf</source>
        <translation>%1 report.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation>Save chart…</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Save the chart</translation>
    </message>
    <message>
        <source>chart.png</source>
        <translation>chart.png</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG image (*.png)</translation>
    </message>
    <message>
        <source>Chart saved to “%1”.</source>
        <translation>Chart saved to “%1”.</translation>
    </message>
    <message>
        <source>“%1” cannot be written.</source>
        <translation>“%1” cannot be written.</translation>
    </message>
    <message>
        <source>This campaign has no report yet: refresh it first.</source>
        <translation>This campaign has no report yet: refresh it first.</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Report: %1</translation>
    </message>
    <message>
        <source>report of %1</source>
        <translation>report of %1</translation>
    </message>
    <message>
        <source>not reported by %1</source>
        <translation>not reported by %1</translation>
    </message>
    <message>
        <source>PDF summary saved to “%1”.</source>
        <translation>PDF summary saved to “%1”.</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Funnel</translation>
    </message>
    <message>
        <source>Over time and links</source>
        <translation>Over time and links</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>No campaign has been sent yet.
Once one is, its delivery and engagement show here.</source>
        <translation>No campaign has been sent yet.
Once one is, its delivery and engagement show here.</translation>
    </message>
    <message>
        <source>Refresh the selected report, or the list when it has the focus (%1)</source>
        <translation>Refresh the selected report, or the list when it has the focus (%1)</translation>
    </message>
    <message>
        <source>The list of reports is up to date.</source>
        <translation>The list of reports is up to date.</translation>
    </message>
    <message>
        <source>Nothing to refresh: this campaign has no recipients yet.</source>
        <translation>Nothing to refresh: this campaign has no recipients yet.</translation>
    </message>
    <message>
        <source>A/B test</source>
        <translation>A/B test</translation>
    </message>
</context>
<context>
    <name>cm::RuleBuilder</name>
    <message>
        <source>Contacts matching all of these</source>
        <translation>Contacts matching all of these</translation>
    </message>
    <message>
        <source>Contacts matching any of these</source>
        <translation>Contacts matching any of these</translation>
    </message>
    <message>
        <source>How the conditions combine</source>
        <translation>How the conditions combine</translation>
    </message>
    <message>
        <source>Add &amp;condition</source>
        <translation>Add &amp;condition</translation>
    </message>
    <message>
        <source>Field or event</source>
        <translation>Field or event</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>value; for in: a, b, c</source>
        <translation>value; for in: a, b, c</translation>
    </message>
    <message>
        <source>Group or campaign</source>
        <translation>Group or campaign</translation>
    </message>
    <message>
        <source>ever</source>
        <translation>ever</translation>
    </message>
    <message>
        <source>in the last </source>
        <translation>in the last </translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>In the last days</source>
        <translation>In the last days</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Remove this condition</translation>
    </message>
    <message>
        <source>did</source>
        <translation>did</translation>
    </message>
    <message>
        <source>did not</source>
        <translation>did not</translation>
    </message>
    <message>
        <source>is</source>
        <translation>is</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>is not</translation>
    </message>
    <message>
        <source>any campaign</source>
        <translation>any campaign</translation>
    </message>
    <message>
        <source>This rule uses brackets, not, mixes and with or, or names a group or campaign the lists do not have: edit it as text above, or start the rows again with Add condition.</source>
        <translation>This rule uses brackets, not, mixes and with or, or names a group or campaign the lists do not have: edit it as text above, or start the rows again with Add condition.</translation>
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
        <translation>Built-in simulator: sends nothing, simulates delivery, opens, clicks, bounces and unsubscribes over time. Use it to try Campaign Manager and to rehearse a campaign.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API key</translation>
    </message>
    <message>
        <source>Any text. The sandbox refuses the key “invalid”, to show what a wrong key looks like.</source>
        <translation>Any text. The sandbox refuses the key “invalid”, to show what a wrong key looks like.</translation>
    </message>
    <message>
        <source>Sandbox account: nothing is sent; delivery and engagement are simulated.</source>
        <translation>Sandbox account: nothing is sent; delivery and engagement are simulated.</translation>
    </message>
</context>
<context>
    <name>cm::SegmentRule</name>
    <message>
        <source>a condition, such as country = ES</source>
        <translation>a condition, such as country = ES</translation>
    </message>
    <message>
        <source>and, or, or the end of the rule</source>
        <translation>and, or, or the end of the rule</translation>
    </message>
    <message>
        <source>At %1: a text in quotes is not closed; add %2 at its end.</source>
        <translation>At %1: a text in quotes is not closed; add %2 at its end.</translation>
    </message>
    <message>
        <source>At %1: “%2” is not understood; compare with =, !=, &lt;, &gt;, contains, starts with, is empty or in (…).</source>
        <translation>At %1: “%2” is not understood; compare with =, !=, &lt;, &gt;, contains, starts with, is empty or in (…).</translation>
    </message>
    <message>
        <source>the end of the rule</source>
        <translation>the end of the rule</translation>
    </message>
    <message>
        <source>At %1: expected %2, found %3.</source>
        <translation>At %1: expected %2, found %3.</translation>
    </message>
    <message>
        <source>At %1: %2</source>
        <translation>At %1: %2</translation>
    </message>
    <message>
        <source>“)” to close the bracket</source>
        <translation>“)” to close the bracket</translation>
    </message>
    <message>
        <source>a value after “%1” (a number, a word or a text in quotes)</source>
        <translation>a value after “%1” (a number, a word or a text in quotes)</translation>
    </message>
    <message>
        <source>a field, group, suppressed, or what contacts did (opened, clicked…)</source>
        <translation>a field, group, suppressed, or what contacts did (opened, clicked…)</translation>
    </message>
    <message>
        <source>“%1” is not a field name: use letters, digits and _, as in first_name.</source>
        <translation>“%1” is not a field name: use letters, digits and _, as in first_name.</translation>
    </message>
    <message>
        <source>“empty” after “%1”</source>
        <translation>“empty” after “%1”</translation>
    </message>
    <message>
        <source>=, !=, &lt;, &lt;=, &gt;, &gt;=, contains, starts with, in (…) or is empty after “%1”</source>
        <translation>=, !=, &lt;, &lt;=, &gt;, &gt;=, contains, starts with, in (…) or is empty after “%1”</translation>
    </message>
    <message>
        <source>“(” and a list of values after “in”</source>
        <translation>“(” and a list of values after “in”</translation>
    </message>
    <message>
        <source>“,” and another value, or “)” to end the list</source>
        <translation>“,” and another value, or “)” to end the list</translation>
    </message>
    <message>
        <source>there is no group “%1”.</source>
        <translation>there is no group “%1”.</translation>
    </message>
    <message>
        <source>there is no campaign “%1”.</source>
        <translation>there is no campaign “%1”.</translation>
    </message>
    <message>
        <source>a number of days after “in last”</source>
        <translation>a number of days after “in last”</translation>
    </message>
    <message>
        <source>“days” after the number</source>
        <translation>“days” after the number</translation>
    </message>
    <message>
        <source>= or != and a group&apos;s name after “group”</source>
        <translation>= or != and a group&apos;s name after “group”</translation>
    </message>
</context>
<context>
    <name>cm::SegmentStore</name>
    <message>
        <source>A segment needs a name.</source>
        <translation>A segment needs a name.</translation>
    </message>
    <message>
        <source>The rule of “%1” has a mistake. %2</source>
        <translation>The rule of “%1” has a mistake. %2</translation>
    </message>
    <message>
        <source>There is already a segment named “%1”; choose another name.</source>
        <translation>There is already a segment named “%1”; choose another name.</translation>
    </message>
    <message>
        <source>save the segment “%1”</source>
        <translation>save the segment “%1”</translation>
    </message>
    <message>
        <source>There is no such segment.</source>
        <translation>There is no such segment.</translation>
    </message>
    <message>
        <source>“%1” is the audience of %2, not sent yet: change their audience first.</source>
        <translation>“%1” is the audience of %2, not sent yet: change their audience first.</translation>
    </message>
    <message>
        <source>delete the segment “%1”</source>
        <translation>delete the segment “%1”</translation>
    </message>
</context>
<context>
    <name>cm::SegmentsDialog</name>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>A segment is a rule over all your contacts, such as &lt;code&gt;country = ES and not opened &quot;March newsletter&quot;&lt;/code&gt;. Campaigns can be sent to it beside groups; it holds whoever matches when the send starts.</source>
        <translation>A segment is a rule over all your contacts, such as &lt;code&gt;country = ES and not opened &quot;March newsletter&quot;&lt;/code&gt;. Campaigns can be sent to it beside groups; it holds whoever matches when the send starts.</translation>
    </message>
    <message>
        <source>Spanish customers</source>
        <translation>Spanish customers</translation>
    </message>
    <message>
        <source>country = ES and opened any campaign in last 90 days</source>
        <translation>country = ES and opened any campaign in last 90 days</translation>
    </message>
    <message>
        <source>Fields (email, phone, first_name, last_name, city, country, or a custom field) with =, !=, &lt;, &gt;, contains, starts with, in (…), is empty; group = NAME; suppressed; sent, delivered, opened, clicked, bounced, failed, unsubscribed &quot;Campaign&quot; or any campaign, in last N days; joined with and, or, not and brackets.</source>
        <translation>Fields (email, phone, first_name, last_name, city, country, or a custom field) with =, !=, &lt;, &gt;, contains, starts with, in (…), is empty; group = NAME; suppressed; sent, delivered, opened, clicked, bounced, failed, unsubscribed &quot;Campaign&quot; or any campaign, in last N days; joined with and, or, not and brackets.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>The first contacts that match</source>
        <translation>The first contacts that match</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation>&amp;Rule:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Delete…</translation>
    </message>
    <message>
        <source>&amp;Copy into a new group</source>
        <translation>&amp;Copy into a new group</translation>
    </message>
    <message>
        <source>A group holding the contacts that match now, for a provider or to keep as they are.</source>
        <translation>A group holding the contacts that match now, for a provider or to keep as they are.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Write a rule to see who it holds.</source>
        <translation>Write a rule to see who it holds.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>The contacts cannot be counted: %1</source>
        <translation>The contacts cannot be counted: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) match now.</source>
        <translation>
            <numerusform>%n contact matches now.</numerusform>
            <numerusform>%n contacts match now.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n:</source>
        <translation>
            <numerusform>The first:</numerusform>
            <numerusform>The first %n:</numerusform>
        </translation>
    </message>
    <message>
        <source>Segment “%1” saved.</source>
        <translation>Segment “%1” saved.</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>Delete segment</translation>
    </message>
    <message>
        <source>Delete the segment “%1”? Its contacts stay where they are.</source>
        <translation>Delete the segment “%1”? Its contacts stay where they are.</translation>
    </message>
    <message>
        <source>Segment “%1” deleted.</source>
        <translation>Segment “%1” deleted.</translation>
    </message>
    <message numerus="yes">
        <source>Group “%1” made with %n contact(s).</source>
        <translation>
            <numerusform>Group “%1” made with %n contact.</numerusform>
            <numerusform>Group “%1” made with %n contacts.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Export the segment</source>
        <translation>Export the segment</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV for Excel (*.csv);;Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <source>Conditions:</source>
        <translation>Conditions:</translation>
    </message>
</context>
<context>
    <name>cm::SendLease</name>
    <message>
        <source>%1 on %2 (process %3), since %4, last seen %5</source>
        <translation>%1 on %2 (process %3), since %4, last seen %5</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>another program</translation>
    </message>
</context>
<context>
    <name>cm::SendParts</name>
    <message>
        <source>Its request got no clear answer, so it may have been sent: check at the provider before sending it again. %1</source>
        <translation>Its request got no clear answer, so it may have been sent: check at the provider before sending it again. %1</translation>
    </message>
    <message>
        <source>Not sent: an earlier request of the batch got no clear answer, so the rest were held back.</source>
        <translation>Not sent: an earlier request of the batch got no clear answer, so the rest were held back.</translation>
    </message>
    <message>
        <source>Not sent: the provider refused an earlier request of the batch. %1</source>
        <translation>Not sent: the provider refused an earlier request of the batch. %1</translation>
    </message>
    <message>
        <source>The send stopped while this was with the provider; it may have been sent.</source>
        <translation>The send stopped while this was with the provider; it may have been sent.</translation>
    </message>
    <message>
        <source>Not sent: the send stopped before this request.</source>
        <translation>Not sent: the send stopped before this request.</translation>
    </message>
</context>
<context>
    <name>cm::SeriesDialog</name>
    <message>
        <source>Joining the group</source>
        <translation>Joining the group</translation>
    </message>
    <message>
        <source>Matching the segment</source>
        <translation>Matching the segment</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>Not before</translation>
    </message>
    <message>
        <source>Only contacts added after the series starts</source>
        <translation>Only contacts added after the series starts</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Edit series “%1”</source>
        <translation>Edit series “%1”</translation>
    </message>
    <message>
        <source>New series</source>
        <translation>New series</translation>
    </message>
    <message>
        <source>Welcome series</source>
        <translation>Welcome series</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Entry group</source>
        <translation>Entry group</translation>
    </message>
    <message>
        <source>Entry segment</source>
        <translation>Entry segment</translation>
    </message>
    <message>
        <source>Otherwise the contacts already in the group (or matching the segment) enter too when the series starts.</source>
        <translation>Otherwise the contacts already in the group (or matching the segment) enter too when the series starts.</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Time zone</translation>
    </message>
    <message>
        <source>My time zone (%1)</source>
        <translation>My time zone (%1)</translation>
    </message>
    <message>
        <source>The steps&apos; times of day and quiet hours are in this zone.</source>
        <translation>The steps&apos; times of day and quiet hours are in this zone.</translation>
    </message>
    <message>
        <source>Contacts enter from</source>
        <translation>Contacts enter from</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Add step…</source>
        <translation>Add step…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Contacts enter:</source>
        <translation>Contacts enter:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Time zone:</translation>
    </message>
    <message>
        <source>“%1” has started: its steps can be edited and added, and steps nobody reached removed from the end. Contacts waiting for an edited step get the new version.</source>
        <translation>“%1” has started: its steps can be edited and added, and steps nobody reached removed from the end. Contacts waiting for an edited step get the new version.</translation>
    </message>
    <message>
        <source>That start time does not exist in the time zone.</source>
        <translation>That start time does not exist in the time zone.</translation>
    </message>
    <message>
        <source>Change a running series</source>
        <translation>Change a running series</translation>
    </message>
    <message>
        <source>Saving changes “%1” for the contacts in it:

%2</source>
        <translation>Saving changes “%1” for the contacts in it:

%2</translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation>Save the changes</translation>
    </message>
</context>
<context>
    <name>cm::SeriesFile</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>always</source>
        <translation>always</translation>
    </message>
    <message>
        <source>if the previous message was opened</source>
        <translation>if the previous message was opened</translation>
    </message>
    <message>
        <source>if the previous message was not opened</source>
        <translation>if the previous message was not opened</translation>
    </message>
    <message>
        <source>if a link of the previous message was clicked</source>
        <translation>if a link of the previous message was clicked</translation>
    </message>
    <message>
        <source>if no link of the previous message was clicked</source>
        <translation>if no link of the previous message was clicked</translation>
    </message>
    <message>
        <source>if the previous message was delivered</source>
        <translation>if the previous message was delivered</translation>
    </message>
    <message>
        <source>if the previous message was not delivered</source>
        <translation>if the previous message was not delivered</translation>
    </message>
    <message>
        <source>if the previous message failed</source>
        <translation>if the previous message failed</translation>
    </message>
    <message>
        <source>if opened</source>
        <translation>if opened</translation>
    </message>
    <message>
        <source>if not opened</source>
        <translation>if not opened</translation>
    </message>
    <message>
        <source>if clicked</source>
        <translation>if clicked</translation>
    </message>
    <message>
        <source>if not clicked</source>
        <translation>if not clicked</translation>
    </message>
    <message>
        <source>if delivered</source>
        <translation>if delivered</translation>
    </message>
    <message>
        <source>if not delivered</source>
        <translation>if not delivered</translation>
    </message>
    <message>
        <source>if it failed</source>
        <translation>if it failed</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Step %1</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>at once</translation>
    </message>
    <message>
        <source>right after the previous step</source>
        <translation>right after the previous step</translation>
    </message>
    <message>
        <source>%1 after entry</source>
        <translation>%1 after entry</translation>
    </message>
    <message>
        <source>%1 after the previous step</source>
        <translation>%1 after the previous step</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>at %1</translation>
    </message>
    <message>
        <source>not %1–%2</source>
        <translation>not %1–%2</translation>
    </message>
    <message>
        <source> (else leaves)</source>
        <translation> (else leaves)</translation>
    </message>
    <message>
        <source> (else skipped)</source>
        <translation> (else skipped)</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>no time</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>write “key: value” or “[step] NAME”, not “%1”.</source>
        <translation>write “key: value” or “[step] NAME”, not “%1”.</translation>
    </message>
    <message>
        <source>write “entry: group NAME” or “entry: segment NAME”.</source>
        <translation>write “entry: group NAME” or “entry: segment NAME”.</translation>
    </message>
    <message>
        <source>write “only-new: yes” or “only-new: no”.</source>
        <translation>write “only-new: yes” or “only-new: no”.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone; write one like Europe/Madrid.</source>
        <translation>“%1” is not a time zone; write one like Europe/Madrid.</translation>
    </message>
    <message>
        <source>“%1” is not a setting of a series; write entry, start, only-new or zone, then the steps, each from a “[step] NAME” line.</source>
        <translation>“%1” is not a setting of a series; write entry, start, only-new or zone, then the steps, each from a “[step] NAME” line.</translation>
    </message>
    <message>
        <source>“%1” is not a delay; write one like 0, 30m, 2h, 2d or 1w 2d, perhaps followed by “from entry”.</source>
        <translation>“%1” is not a delay; write one like 0, 30m, 2h, 2d or 1w 2d, perhaps followed by “from entry”.</translation>
    </message>
    <message>
        <source>“%1” is not a time of day; write one like 09:30.</source>
        <translation>“%1” is not a time of day; write one like 09:30.</translation>
    </message>
    <message>
        <source>“%1” are not quiet hours; write them like 21:00-08:00.</source>
        <translation>“%1” are not quiet hours; write them like 21:00-08:00.</translation>
    </message>
    <message>
        <source>“%1” is not a condition; write opened, not opened, clicked, not clicked, delivered, not delivered or failed.</source>
        <translation>“%1” is not a condition; write opened, not opened, clicked, not clicked, delivered, not delivered or failed.</translation>
    </message>
    <message>
        <source>write “otherwise: skip” or “otherwise: leave”.</source>
        <translation>write “otherwise: skip” or “otherwise: leave”.</translation>
    </message>
    <message>
        <source>“%1” is not a setting of a step; write template, account, sender, after, at, quiet, if or otherwise.</source>
        <translation>“%1” is not a setting of a step; write template, account, sender, after, at, quiet, if or otherwise.</translation>
    </message>
    <message>
        <source>say who enters the series, with “entry: group NAME” or “entry: segment NAME”.</source>
        <translation>say who enters the series, with “entry: group NAME” or “entry: segment NAME”.</translation>
    </message>
    <message>
        <source>a series needs at least one step, from a “[step] NAME” line.</source>
        <translation>a series needs at least one step, from a “[step] NAME” line.</translation>
    </message>
    <message>
        <source>the step needs a “template:” and an “account:” line.</source>
        <translation>the step needs a “template:” and an “account:” line.</translation>
    </message>
    <message>
        <source>the first step has no previous message for “if:” to look at.</source>
        <translation>the first step has no previous message for “if:” to look at.</translation>
    </message>
    <message>
        <source>no longer in the workspace</source>
        <translation>no longer in the workspace</translation>
    </message>
    <message>
        <source>left the group</source>
        <translation>left the group</translation>
    </message>
    <message>
        <source>on the suppression list</source>
        <translation>on the suppression list</translation>
    </message>
    <message>
        <source>the series was stopped</source>
        <translation>the series was stopped</translation>
    </message>
    <message>
        <source>no address for %1</source>
        <translation>no address for %1</translation>
    </message>
    <message>
        <source>another contact with the same address had it</source>
        <translation>another contact with the same address had it</translation>
    </message>
</context>
<context>
    <name>cm::SeriesModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Finished</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
</context>
<context>
    <name>cm::SeriesPane</name>
    <message>
        <source>Steps and their reports</source>
        <translation>Steps and their reports</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>The message now</source>
        <translation>The message now</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>A contact&apos;s email address or phone number</source>
        <translation>A contact&apos;s email address or phone number</translation>
    </message>
    <message>
        <source>Contact for the timeline</source>
        <translation>Contact for the timeline</translation>
    </message>
    <message>
        <source>Show timeline</source>
        <translation>Show timeline</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>A contact&apos;s way through it</source>
        <translation>A contact&apos;s way through it</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>No series yet.
A series sends messages by itself: a welcome email when someone joins a group, an SMS two days later to those who did not open it, and so on.</source>
        <translation>No series yet.
A series sends messages by itself: a welcome email when someone joins a group, an SMS two days later to those who did not open it, and so on.</translation>
    </message>
    <message>
        <source>New series…</source>
        <translation>New series…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Stop…</source>
        <translation>Stop…</translation>
    </message>
    <message>
        <source>Send what is due now</source>
        <translation>Send what is due now</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Open file…</translation>
    </message>
    <message>
        <source>Open a series file</source>
        <translation>Open a series file</translation>
    </message>
    <message>
        <source>Series (*.series *.txt);;All files (*)</source>
        <translation>Series (*.series *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Save as file…</source>
        <translation>Save as file…</translation>
    </message>
    <message>
        <source>Save the series as a file</source>
        <translation>Save the series as a file</translation>
    </message>
    <message>
        <source>Series (*.series)</source>
        <translation>Series (*.series)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>contacts matching the segment “%1”</source>
        <translation>contacts matching the segment “%1”</translation>
    </message>
    <message>
        <source>contacts joining the group “%1”</source>
        <translation>contacts joining the group “%1”</translation>
    </message>
    <message>
        <source> (only those added after it starts)</source>
        <translation> (only those added after it starts)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 waiting, %4 finished, %5 left</source>
        <translation>%1 · %2 · %3 waiting, %4 finished, %5 left</translation>
    </message>
    <message>
        <source>A draft: start it to let contacts in.</source>
        <translation>A draft: start it to let contacts in.</translation>
    </message>
    <message>
        <source>Before it can start: %1</source>
        <translation>Before it can start: %1</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Skipped</translation>
    </message>
    <message>
        <source>Left here</source>
        <translation>Left here</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Clicked</source>
        <translation>Clicked</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>%1 through %2</source>
        <translation>%1 through %2</translation>
    </message>
    <message>
        <source>“%1” is not in this series.</source>
        <translation>“%1” is not in this series.</translation>
    </message>
    <message>
        <source>Waits for %1, due %2.</source>
        <translation>Waits for %1, due %2.</translation>
    </message>
    <message>
        <source>Finished the series.</source>
        <translation>Finished the series.</translation>
    </message>
    <message>
        <source>Left the series: %1.</source>
        <translation>Left the series: %1.</translation>
    </message>
    <message>
        <source>Entered %1. %2</source>
        <translation>Entered %1. %2</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>skipped: %1</translation>
    </message>
    <message>
        <source>left the series: %1</source>
        <translation>left the series: %1</translation>
    </message>
    <message>
        <source>being sent</source>
        <translation>being sent</translation>
    </message>
    <message>
        <source>, opened</source>
        <translation>, opened</translation>
    </message>
    <message>
        <source>, clicked</source>
        <translation>, clicked</translation>
    </message>
    <message>
        <source>“%1” resumed: what fell due while it was paused goes now.</source>
        <translation>“%1” resumed: what fell due while it was paused goes now.</translation>
    </message>
    <message>
        <source>“%1” started: contacts enter and its steps go as they fall due.</source>
        <translation>“%1” started: contacts enter and its steps go as they fall due.</translation>
    </message>
    <message>
        <source>Paused: nothing of it is sent until it resumes.</source>
        <translation>Paused: nothing of it is sent until it resumes.</translation>
    </message>
    <message>
        <source>Stop series</source>
        <translation>Stop series</translation>
    </message>
    <message numerus="yes">
        <source>Stop “%1”? The %n contact(s) waiting leave it, nobody else enters, and it cannot be started again. Its reports stay.</source>
        <translation>
            <numerusform>Stop “%1”? The %n contact waiting leaves it, nobody else enters, and it cannot be started again. Its reports stay.</numerusform>
            <numerusform>Stop “%1”? The %n contacts waiting leave it, nobody else enters, and it cannot be started again. Its reports stay.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete series</source>
        <translation>Delete series</translation>
    </message>
    <message>
        <source>Delete the series “%1”?</source>
        <translation>Delete the series “%1”?</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>Cannot read “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be read as a series. %2</source>
        <translation>“%1” cannot be read as a series. %2</translation>
    </message>
    <message>
        <source>Series “%1” read from the file, as a draft: check it, then start it.</source>
        <translation>Series “%1” read from the file, as a draft: check it, then start it.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Cannot write “%1”: %2</translation>
    </message>
    <message>
        <source>Series written to “%1”.</source>
        <translation>Series written to “%1”.</translation>
    </message>
    <message>
        <source>Resolve unknown…</source>
        <translation>Resolve unknown…</translation>
    </message>
    <message>
        <source>Resolve unknown messages</source>
        <translation>Resolve unknown messages</translation>
    </message>
    <message>
        <source>The provider may or may not have these messages of the series: the answer to their request was lost. Check in the provider&apos;s own panel, then say what happened. Messages that were not sent are sent again.</source>
        <translation>The provider may or may not have these messages of the series: the answer to their request was lost. Check in the provider&apos;s own panel, then say what happened. Messages that were not sent are sent again.</translation>
    </message>
    <message>
        <source>Ask the provider</source>
        <translation>Ask the provider</translation>
    </message>
    <message>
        <source>They were sent</source>
        <translation>They were sent</translation>
    </message>
    <message>
        <source>They were not sent</source>
        <translation>They were not sent</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Bounced</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Unsubscribed</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) recorded as sent.</source>
        <translation>
            <numerusform>%n message recorded as sent.</numerusform>
            <numerusform>%n messages recorded as sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) recorded as not sent, and sent again.</source>
        <translation>
            <numerusform>%n message recorded as not sent, and sent again.</numerusform>
            <numerusform>%n messages recorded as not sent, and sent again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cm::SeriesService</name>
    <message>
        <source>The segment of “%1” cannot be evaluated: %2</source>
        <translation>The segment of “%1” cannot be evaluated: %2</translation>
    </message>
    <message>
        <source>it no longer exists.</source>
        <translation>it no longer exists.</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n contact(s) entered.</source>
        <translation>
            <numerusform>“%1”: %n contact entered.</numerusform>
            <numerusform>“%1”: %n contacts entered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent to %n</source>
        <translation>
            <numerusform>sent to %n</numerusform>
            <numerusform>sent to %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped for %n</source>
        <translation>
            <numerusform>skipped for %n</numerusform>
            <numerusform>skipped for %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left the series</source>
        <translation>
            <numerusform>%n left the series</numerusform>
            <numerusform>%n left the series</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n contact(s) wait for a report that could not be refreshed; they go at the next run.</source>
        <translation>
            <numerusform>“%1”: %n contact waits for a report that could not be refreshed; it goes at the next run.</numerusform>
            <numerusform>“%1”: %n contacts wait for a report that could not be refreshed; they go at the next run.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: choose a template.</source>
        <translation>%1: choose a template.</translation>
    </message>
    <message>
        <source>%1: choose the account to send with.</source>
        <translation>%1: choose the account to send with.</translation>
    </message>
    <message>
        <source>%1: %2 cannot send %3; choose another account.</source>
        <translation>%1: %2 cannot send %3; choose another account.</translation>
    </message>
    <message>
        <source>There is no group named “%1”.</source>
        <translation>There is no group named “%1”.</translation>
    </message>
    <message>
        <source>There is no segment named “%1”.</source>
        <translation>There is no segment named “%1”.</translation>
    </message>
    <message>
        <source>The start “%1” does not read: %2</source>
        <translation>The start “%1” does not read: %2</translation>
    </message>
    <message>
        <source>there is no template named “%1”.</source>
        <translation>there is no template named “%1”.</translation>
    </message>
    <message>
        <source>there is no account named “%1”.</source>
        <translation>there is no account named “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is removed: %n contact(s) waiting for it finish the series there.</source>
        <translation>
            <numerusform>%1 is removed: %n contact waiting for it finishes the series there.</numerusform>
            <numerusform>%1 is removed: %n contacts waiting for it finish the series there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 changes: %n contact(s) waiting for it get the new version</source>
        <translation>
            <numerusform>%1 changes: %n contact waiting for it gets the new version</numerusform>
            <numerusform>%1 changes: %n contacts waiting for it get the new version</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n who already had it are not affected.</source>
        <translation>
            <numerusform>; %n who already had it is not affected.</numerusform>
            <numerusform>; %n who already had it are not affected.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is added: contacts who reach it get it; the %n who finished the series already do not.</source>
        <translation>
            <numerusform>%1 is added: contacts who reach it get it; the %n who finished the series already does not.</numerusform>
            <numerusform>%1 is added: contacts who reach it get it; the %n who finished the series already do not.</numerusform>
        </translation>
    </message>
    <message>
        <source>That series no longer exists.</source>
        <translation>That series no longer exists.</translation>
    </message>
    <message>
        <source>“%1” is %2; only a draft starts.</source>
        <translation>“%1” is %2; only a draft starts.</translation>
    </message>
    <message>
        <source>“%1” cannot start yet. %2</source>
        <translation>“%1” cannot start yet. %2</translation>
    </message>
    <message>
        <source>“%1” is not running.</source>
        <translation>“%1” is not running.</translation>
    </message>
    <message>
        <source>“%1” is not paused.</source>
        <translation>“%1” is not paused.</translation>
    </message>
    <message>
        <source>“%1” cannot resume yet. %2</source>
        <translation>“%1” cannot resume yet. %2</translation>
    </message>
    <message>
        <source>“%1” is stopped already.</source>
        <translation>“%1” is stopped already.</translation>
    </message>
    <message>
        <source>Running the series</source>
        <translation>Running the series</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>No series step is due.</source>
        <translation>No series step is due.</translation>
    </message>
    <message>
        <source>“%1” waits: %2</source>
        <translation>“%1” waits: %2</translation>
    </message>
    <message>
        <source>“%1”, %2: %3.</source>
        <translation>“%1”, %2: %3.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n contact(s) wait until their previous message has gone, for their condition to read it.</source>
        <translation>
            <numerusform>“%1”: %n contact waits until its previous message has gone, for its condition to read it.</numerusform>
            <numerusform>“%1”: %n contacts wait until their previous message has gone, for their condition to read it.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The steps of “%1” keep their places once it has started: edit a step where it is rather than move it, or those waiting for it would get another step&apos;s message.</source>
        <translation>The steps of “%1” keep their places once it has started: edit a step where it is rather than move it, or those waiting for it would get another step&apos;s message.</translation>
    </message>
    <message>
        <source>“%1” is stopped, but some of its steps&apos; sends could not be cancelled: %2</source>
        <translation>“%1” is stopped, but some of its steps&apos; sends could not be cancelled: %2</translation>
    </message>
</context>
<context>
    <name>cm::SeriesStore</name>
    <message>
        <source>A series needs a name.</source>
        <translation>A series needs a name.</translation>
    </message>
    <message>
        <source>Choose who enters “%1”: a group&apos;s contacts or a segment&apos;s.</source>
        <translation>Choose who enters “%1”: a group&apos;s contacts or a segment&apos;s.</translation>
    </message>
    <message>
        <source>“%1” needs at least one step.</source>
        <translation>“%1” needs at least one step.</translation>
    </message>
    <message>
        <source>The first step of “%1” has no previous message for its condition to look at.</source>
        <translation>The first step of “%1” has no previous message for its condition to look at.</translation>
    </message>
    <message>
        <source>%1 of “%2” needs a template and an account.</source>
        <translation>%1 of “%2” needs a template and an account.</translation>
    </message>
    <message>
        <source>There is already a series named “%1”; choose another name.</source>
        <translation>There is already a series named “%1”; choose another name.</translation>
    </message>
    <message>
        <source>That series no longer exists.</source>
        <translation>That series no longer exists.</translation>
    </message>
    <message>
        <source>save the series “%1”</source>
        <translation>save the series “%1”</translation>
    </message>
    <message>
        <source>“%1” has started: its entry and time zone stay as they are; only its steps can change.</source>
        <translation>“%1” has started: its entry and time zone stay as they are; only its steps can change.</translation>
    </message>
    <message>
        <source>save the steps of “%1”</source>
        <translation>save the steps of “%1”</translation>
    </message>
    <message>
        <source>Contacts have already reached the steps removed from “%1”; they stay. Edit them instead, or stop the series.</source>
        <translation>Contacts have already reached the steps removed from “%1”; they stay. Edit them instead, or stop the series.</translation>
    </message>
    <message>
        <source>change the series</source>
        <translation>change the series</translation>
    </message>
    <message>
        <source>stop the series</source>
        <translation>stop the series</translation>
    </message>
    <message>
        <source>delete the series</source>
        <translation>delete the series</translation>
    </message>
    <message>
        <source>This series has sent messages; stop it instead, and its reports stay.</source>
        <translation>This series has sent messages; stop it instead, and its reports stay.</translation>
    </message>
    <message>
        <source>add contacts to the series “%1”</source>
        <translation>add contacts to the series “%1”</translation>
    </message>
    <message>
        <source>move a contact along the series</source>
        <translation>move a contact along the series</translation>
    </message>
</context>
<context>
    <name>cm::SettingsStore</name>
    <message>
        <source>save the workspace setting “%1”</source>
        <translation>save the workspace setting “%1”</translation>
    </message>
    <message>
        <source>“%1” is not a region code: use two letters, such as TR, ES, PL or US.</source>
        <translation>“%1” is not a region code: use two letters, such as TR, ES, PL or US.</translation>
    </message>
</context>
<context>
    <name>cm::SmtpProvider</name>
    <message>
        <source>The connection ended after the message went out, before the server answered: it may have it. (%1)</source>
        <translation>The connection ended after the message went out, before the server answered: it may have it. (%1)</translation>
    </message>
    <message>
        <source>The server refused it for now (%1): retry later. %2</source>
        <translation>The server refused it for now (%1): retry later. %2</translation>
    </message>
    <message>
        <source>The server refused it (%1): %2</source>
        <translation>The server refused it (%1): %2</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Not sent: %1</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>SMTP server</translation>
    </message>
    <message>
        <source>Sends email through any mail server or relay (your company&apos;s, Amazon SES, Mailgun, Gmail): one message per recipient, with a text and an HTML version, several on one connection. Accepted by the server counts as sent; opens and clicks are not reported.</source>
        <translation>Sends email through any mail server or relay (your company&apos;s, Amazon SES, Mailgun, Gmail): one message per recipient, with a text and an HTML version, several on one connection. Accepted by the server counts as sent; opens and clicks are not reported.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>smtps://smtp.example.com:465 (TLS from the start) or smtp://smtp.example.com:587 (STARTTLS). Without encryption only to this computer.</source>
        <translation>smtps://smtp.example.com:465 (TLS from the start) or smtp://smtp.example.com:587 (STARTTLS). Without encryption only to this computer.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>User</translation>
    </message>
    <message>
        <source>The login at the server; empty: the server takes mail without.</source>
        <translation>The login at the server; empty: the server takes mail without.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>The password of that login (kept in the keychain).</source>
        <translation>The password of that login (kept in the keychain).</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>From address</translation>
    </message>
    <message>
        <source>The address the emails come from, unless the campaign gives one.</source>
        <translation>The address the emails come from, unless the campaign gives one.</translation>
    </message>
    <message>
        <source>From name</source>
        <translation>From name</translation>
    </message>
    <message>
        <source>The name shown beside it.</source>
        <translation>The name shown beside it.</translation>
    </message>
    <message>
        <source>Example Shop</source>
        <translation>Example Shop</translation>
    </message>
    <message>
        <source>Messages per minute</source>
        <translation>Messages per minute</translation>
    </message>
    <message>
        <source>The relay&apos;s quota; empty: as fast as the server takes them.</source>
        <translation>The relay&apos;s quota; empty: as fast as the server takes them.</translation>
    </message>
    <message>
        <source>Unsubscribe page</source>
        <translation>Unsubscribe page</translation>
    </message>
    <message>
        <source>Where {{unsubscribe_url}} and the List-Unsubscribe header lead, with the recipient&apos;s address added.</source>
        <translation>Where {{unsubscribe_url}} and the List-Unsubscribe header lead, with the recipient&apos;s address added.</translation>
    </message>
    <message>
        <source>Mailbox for bounces</source>
        <translation>Mailbox for bounces</translation>
    </message>
    <message>
        <source>Mailbox folder</source>
        <translation>Mailbox folder</translation>
    </message>
    <message>
        <source>Mailbox user</source>
        <translation>Mailbox user</translation>
    </message>
    <message>
        <source>Empty: the same user.</source>
        <translation>Empty: the same user.</translation>
    </message>
    <message>
        <source>Sending works, but the mailbox %1 cannot be read: %2</source>
        <translation>Sending works, but the mailbox %1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Logged in to %1 (%2).</source>
        <translation>Logged in to %1 (%2).</translation>
    </message>
    <message>
        <source>Bounces and replies are read from %1.</source>
        <translation>Bounces and replies are read from %1.</translation>
    </message>
    <message>
        <source>An SMTP server sends email only.</source>
        <translation>An SMTP server sends email only.</translation>
    </message>
    <message>
        <source>the mailbox %1 could not be read: %2</source>
        <translation>the mailbox %1 could not be read: %2</translation>
    </message>
    <message>
        <source>Not sent: the send was stopped.</source>
        <translation>Not sent: the send was stopped.</translation>
    </message>
    <message>
        <source>Not sent: %1 refused the account or could not be reached (%2).</source>
        <translation>Not sent: %1 refused the account or could not be reached (%2).</translation>
    </message>
    <message>
        <source>Not sent: the connection to %1 was lost three times in a row.</source>
        <translation>Not sent: the connection to %1 was lost three times in a row.</translation>
    </message>
    <message>
        <source>Give the account an unsubscribe page (where {{unsubscribe_url}} and the List-Unsubscribe header lead) and the relay&apos;s messages per minute. Bounces, complaints and replies are read from the mailbox for bounces, matched by the Message-ID each message went with.</source>
        <translation>Give the account an unsubscribe page (where {{unsubscribe_url}} and the List-Unsubscribe header lead) and the relay&apos;s messages per minute. Bounces, complaints and replies are read from the mailbox for bounces, matched by the Message-ID each message went with.</translation>
    </message>
    <message>
        <source>STARTTLS where the server offers it</source>
        <translation>STARTTLS where the server offers it</translation>
    </message>
    <message>
        <source>Messages per day</source>
        <translation>Messages per day</translation>
    </message>
    <message>
        <source>The relay&apos;s daily quota: once it is used, the send pauses until midnight and then goes on by itself.</source>
        <translation>The relay&apos;s daily quota: once it is used, the send pauses until midnight and then goes on by itself.</translation>
    </message>
    <message>
        <source>Not sent: %1 refused five recipients in a row (%2).</source>
        <translation>Not sent: %1 refused five recipients in a row (%2).</translation>
    </message>
    <message>
        <source>Mailbox password</source>
        <translation>Mailbox password</translation>
    </message>
    <message>
        <source>The password of the mailbox for bounces, when it is not the same (kept in the keychain).</source>
        <translation>The password of the mailbox for bounces, when it is not the same (kept in the keychain).</translation>
    </message>
    <message>
        <source>imaps://imap.example.com:993, where bounces, complaints and replies arrive; empty: none are read. It logs in with the mailbox password, or the same one.</source>
        <translation>imaps://imap.example.com:993, where bounces, complaints and replies arrive; empty: none are read. It logs in with the mailbox password, or the same one.</translation>
    </message>
    <message>
        <source>the SMTP adapter cannot be loaded (%1); reinstall Campaign Manager</source>
        <translation>the SMTP adapter cannot be loaded (%1); reinstall Campaign Manager</translation>
    </message>
</context>
<context>
    <name>cm::StepDialog</name>
    <message>
        <source>At a time of day:</source>
        <translation>At a time of day:</translation>
    </message>
    <message>
        <source>Not during quiet hours:</source>
        <translation>Not during quiet hours:</translation>
    </message>
    <message>
        <source>Edit step %1</source>
        <translation>Edit step %1</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>New step</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Step %1</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>news@example.com for email; a sender name or number for SMS</source>
        <translation>news@example.com for email; a sender name or number for SMS</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Delay</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>hours</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>weeks</translation>
    </message>
    <message>
        <source>Unit of the delay</source>
        <translation>Unit of the delay</translation>
    </message>
    <message>
        <source>after the previous step</source>
        <translation>after the previous step</translation>
    </message>
    <message>
        <source>after the contact entered</source>
        <translation>after the contact entered</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Counted from</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Time of day</translation>
    </message>
    <message>
        <source>In the series&apos; time zone (%1): once due, the step waits for the next such time.</source>
        <translation>In the series&apos; time zone (%1): once due, the step waits for the next such time.</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>yours</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Quiet hours</translation>
    </message>
    <message>
        <source>Nothing of this step is sent between these times; what falls due then waits for their end.</source>
        <translation>Nothing of this step is sent between these times; what falls due then waits for their end.</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>skip this step (the next one still comes)</source>
        <translation>skip this step (the next one still comes)</translation>
    </message>
    <message>
        <source>leave the series</source>
        <translation>leave the series</translation>
    </message>
    <message>
        <source>Otherwise</source>
        <translation>Otherwise</translation>
    </message>
    <message>
        <source>The first step has no previous message to look at.</source>
        <translation>The first step has no previous message to look at.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Template:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Account:</translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation>Sender:</translation>
    </message>
    <message>
        <source>Send:</source>
        <translation>Send:</translation>
    </message>
    <message>
        <source>Only:</source>
        <translation>Only:</translation>
    </message>
    <message>
        <source>Otherwise:</source>
        <translation>Otherwise:</translation>
    </message>
    <message>
        <source>Write a template first (Templates); a step sends one.</source>
        <translation>Write a template first (Templates); a step sends one.</translation>
    </message>
    <message>
        <source>Add an account first (Accounts); a step is sent through one.</source>
        <translation>Add an account first (Accounts); a step is sent through one.</translation>
    </message>
    <message>
        <source>Write the quiet hours as two times, like 21:00–08:00.</source>
        <translation>Write the quiet hours as two times, like 21:00–08:00.</translation>
    </message>
    <message>
        <source>A step waits at most a year after the one before it.</source>
        <translation>A step waits at most a year after the one before it.</translation>
    </message>
</context>
<context>
    <name>cm::SuppressionDialog</name>
    <message>
        <source>Suppression list</source>
        <translation>Suppression list</translation>
    </message>
    <message>
        <source>No campaign reaches these addresses, in any group: opt-outs, blocks, bounces and complaints, per channel.</source>
        <translation>No campaign reaches these addresses, in any group: opt-outs, blocks, bounces and complaints, per channel.</translation>
    </message>
    <message>
        <source>Search addresses and sources…</source>
        <translation>Search addresses and sources…</translation>
    </message>
    <message>
        <source>name@example.com or +90 532 123 45 67</source>
        <translation>name@example.com or +90 532 123 45 67</translation>
    </message>
    <message>
        <source>A phone number written without a country code is read as this country&apos;s.</source>
        <translation>A phone number written without a country code is read as this country&apos;s.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Suppressed addresses</source>
        <translation>Suppressed addresses</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Import CSV…</translation>
    </message>
    <message>
        <source>Import the suppression list</source>
        <translation>Import the suppression list</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Export CSV…</translation>
    </message>
    <message>
        <source>Export the suppression list</source>
        <translation>Export the suppression list</translation>
    </message>
    <message>
        <source>suppression-list.csv</source>
        <translation>suppression-list.csv</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV for Excel (*.csv)</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>added by hand</translation>
    </message>
    <message>
        <source>%1 is on the suppression list now.</source>
        <translation>%1 is on the suppression list now.</translation>
    </message>
    <message>
        <source>%1 was on the suppression list already.</source>
        <translation>%1 was on the suppression list already.</translation>
    </message>
    <message>
        <source>Select the addresses to remove first.</source>
        <translation>Select the addresses to remove first.</translation>
    </message>
    <message>
        <source>Remove from the suppression list</source>
        <translation>Remove from the suppression list</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n address(es) from the suppression list? Campaigns will reach them again.</source>
        <translation>
            <numerusform>Remove %n address from the suppression list? Campaigns will reach it again.</numerusform>
            <numerusform>Remove %n addresses from the suppression list? Campaigns will reach them again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) removed from the suppression list.</source>
        <translation>
            <numerusform>%n address removed from the suppression list.</numerusform>
            <numerusform>%n addresses removed from the suppression list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more line(s) (campaignctl suppressions import --json lists them all).</source>
        <translation>
            <numerusform>… and %n more line (campaignctl suppressions import --json lists them all).</numerusform>
            <numerusform>… and %n more lines (campaignctl suppressions import --json lists them all).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Sync with account…</source>
        <translation>&amp;Sync with account…</translation>
    </message>
    <message>
        <source>Sync with account</source>
        <translation>Sync with account</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Account:</translation>
    </message>
    <message>
        <source>Bring in an account&apos;s opt-out list and send this list there</source>
        <translation>Bring in an account&apos;s opt-out list and send this list there</translation>
    </message>
    <message>
        <source>No account keeps an opt-out list. %1 accounts do.</source>
        <translation>No account keeps an opt-out list. %1 accounts do.</translation>
    </message>
</context>
<context>
    <name>cm::SuppressionFiles</name>
    <message>
        <source>%1 added, %2 listed already, %3 invalid.</source>
        <translation>%1 added, %2 listed already, %3 invalid.</translation>
    </message>
    <message>
        <source>“%1” is not a reason; use opt_out, block, bounce or complaint.</source>
        <translation>“%1” is not a reason; use opt_out, block, bounce or complaint.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2.</source>
        <translation>“%1” cannot be read: %2.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>No column holds the addresses. Name it “address”, “email” or “phone” (columns: %1).</source>
        <translation>No column holds the addresses. Name it “address”, “email” or “phone” (columns: %1).</translation>
    </message>
    <message>
        <source>import: %1</source>
        <translation>import: %1</translation>
    </message>
    <message>
        <source>Import cancelled; the suppression list was not changed.</source>
        <translation>Import cancelled; the suppression list was not changed.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>no address.</source>
        <translation>no address.</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2.</source>
        <translation>“%1” cannot be written: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a channel; use sms, email, voice or all.</source>
        <translation>“%1” is not a channel; use sms, email, voice or all.</translation>
    </message>
    <message>
        <source>%1 cannot be on the %2 list: give a phone number for SMS and calls, an email address for email.</source>
        <translation>%1 cannot be on the %2 list: give a phone number for SMS and calls, an email address for email.</translation>
    </message>
</context>
<context>
    <name>cm::SuppressionModel</name>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Added</translation>
    </message>
</context>
<context>
    <name>cm::SuppressionStore</name>
    <message>
        <source>Opted out</source>
        <translation>Opted out</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blocked</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Bounced</translation>
    </message>
    <message>
        <source>Complained</source>
        <translation>Complained</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>add to the suppression list</source>
        <translation>add to the suppression list</translation>
    </message>
    <message>
        <source>remove from the suppression list</source>
        <translation>remove from the suppression list</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Calls</translation>
    </message>
</context>
<context>
    <name>cm::TemplateDialog</name>
    <message>
        <source>This character makes the SMS Unicode: 70 characters a part instead of 160.</source>
        <translation>This character makes the SMS Unicode: 70 characters a part instead of 160.</translation>
    </message>
    <message>
        <source>&amp;Marketing email: it must carry an unsubscribe link</source>
        <translation>&amp;Marketing email: it must carry an unsubscribe link</translation>
    </message>
    <message>
        <source>Edit template “%1”</source>
        <translation>Edit template “%1”</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>New template</translation>
    </message>
    <message>
        <source>Weekend offer</source>
        <translation>Weekend offer</translation>
    </message>
    <message>
        <source>{{first_name|default:&quot;Hello&quot;}}, our picks for you</source>
        <translation>{{first_name|default:&quot;Hello&quot;}}, our picks for you</translation>
    </message>
    <message>
        <source>Untick for transactional email (a receipt, a password reset), which needs no unsubscribe link.</source>
        <translation>Untick for transactional email (a receipt, a password reset), which needs no unsubscribe link.</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Template text</translation>
    </message>
    <message>
        <source>Plain-text alternative</source>
        <translation>Plain-text alternative</translation>
    </message>
    <message>
        <source>The text mail programs show when they do not show HTML; leave empty to send HTML only.</source>
        <translation>The text mail programs show when they do not show HTML; leave empty to send HTML only.</translation>
    </message>
    <message>
        <source>Insert field</source>
        <translation>Insert field</translation>
    </message>
    <message>
        <source>Insert a personalisation field at the cursor.</source>
        <translation>Insert a personalisation field at the cursor.</translation>
    </message>
    <message>
        <source>SMS length</source>
        <translation>SMS length</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Estimated cost</translation>
    </message>
    <message>
        <source>Links in the email</source>
        <translation>Links in the email</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Previous contact</source>
        <translation>Previous contact</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>Next contact</translation>
    </message>
    <message>
        <source>Preview as the previous contact</source>
        <translation>Preview as the previous contact</translation>
    </message>
    <message>
        <source>Preview as the next contact</source>
        <translation>Preview as the next contact</translation>
    </message>
    <message>
        <source>Preview as a contact of this group</source>
        <translation>Preview as a contact of this group</translation>
    </message>
    <message>
        <source>Te&amp;xt version:</source>
        <translation>Te&amp;xt version:</translation>
    </message>
    <message>
        <source>Links:</source>
        <translation>Links:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Channel:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Subject:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>Preview as:</source>
        <translation>Preview as:</translation>
    </message>
    <message>
        <source>Hi {{first_name|default:&quot;there&quot;}}, …</source>
        <translation>Hi {{first_name|default:&quot;there&quot;}}, …</translation>
    </message>
    <message>
        <source>&lt;p&gt;Hello {{first_name|default:&quot;there&quot;}},&lt;/p&gt;
…
&lt;p&gt;&lt;a href=&quot;{{unsubscribe_url}}&quot;&gt;Unsubscribe&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hello {{first_name|default:&quot;there&quot;}},&lt;/p&gt;
…
&lt;p&gt;&lt;a href=&quot;{{unsubscribe_url}}&quot;&gt;Unsubscribe&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Fields of this group</source>
        <translation>Fields of this group</translation>
    </message>
    <message>
        <source>With a default: {{first_name|default:&quot;there&quot;}}</source>
        <translation>With a default: {{first_name|default:&quot;there&quot;}}</translation>
    </message>
    <message>
        <source>there</source>
        <translation>there</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>Unicode because of: %1</source>
        <translation>Unicode because of: %1</translation>
    </message>
    <message>
        <source>Replace: %1</source>
        <translation>Replace: %1</translation>
    </message>
    <message>
        <source>all of them</source>
        <translation>all of them</translation>
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <translation>%1 %2 · %3</translation>
    </message>
    <message>
        <source>This group has no contacts; the fields show empty.</source>
        <translation>This group has no contacts; the fields show empty.</translation>
    </message>
    <message>
        <source>This contact has no value for %1.</source>
        <translation>This contact has no value for %1.</translation>
    </message>
    <message>
        <source>Counting the group&apos;s contacts without these fields…</source>
        <translation>Counting the group&apos;s contacts without these fields…</translation>
    </message>
    <message>
        <source>%1 of %2 contacts have no %3: add a default, such as {{%3|default:&quot;…&quot;}}.</source>
        <translation>%1 of %2 contacts have no %3: add a default, such as {{%3|default:&quot;…&quot;}}.</translation>
    </message>
    <message>
        <source>Estimating the cost…</source>
        <translation>Estimating the cost…</translation>
    </message>
    <message>
        <source>Text length</source>
        <translation>Text length</translation>
    </message>
    <message>
        <source>{{first_name|default:&quot;there&quot;}}
header: Spring sale</source>
        <translation>{{first_name|default:&quot;there&quot;}}
header: Spring sale</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s): each fills one variable of the WhatsApp template, in order.</source>
        <translation>
            <numerusform>%n line: it fills one variable of the WhatsApp template.</numerusform>
            <numerusform>%n lines: each fills one variable of the WhatsApp template, in order.</numerusform>
        </translation>
    </message>
    <message>
        <source>a call reads at most %1</source>
        <translation>a call reads at most %1</translation>
    </message>
    <message>
        <source>as sent to %1</source>
        <translation>as sent to %1</translation>
    </message>
    <message>
        <source>with fields at typical length</source>
        <translation>with fields at typical length</translation>
    </message>
    <message>
        <source>A condition: {{#if city == &quot;Paris&quot;}}…{{else}}…{{/if}}</source>
        <translation>A condition: {{#if city == &quot;Paris&quot;}}…{{else}}…{{/if}}</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
</context>
<context>
    <name>cm::TemplateLanguages</name>
    <message>
        <source>Add language…</source>
        <translation>Add language…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Language version</source>
        <translation>Language version</translation>
    </message>
    <message>
        <source>A contact whose language field is “es” (or “es-MX”) gets the Spanish version; everyone else the template&apos;s own text.</source>
        <translation>A contact whose language field is “es” (or “es-MX”) gets the Spanish version; everyone else the template&apos;s own text.</translation>
    </message>
    <message>
        <source>Add language</source>
        <translation>Add language</translation>
    </message>
    <message>
        <source>Language code of the contacts who get this version (their language field), such as es, tr or pt-BR:</source>
        <translation>Language code of the contacts who get this version (their language field), such as es, tr or pt-BR:</translation>
    </message>
    <message>
        <source>Everyone (one language)</source>
        <translation>Everyone (one language)</translation>
    </message>
    <message>
        <source>Everyone else</source>
        <translation>Everyone else</translation>
    </message>
</context>
<context>
    <name>cm::TemplateModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
</context>
<context>
    <name>cm::TemplateRenderer</name>
    <message>
        <source>“%1” is not a field name: use letters, digits and _ as in {{first_name}}.</source>
        <translation>“%1” is not a field name: use letters, digits and _ as in {{first_name}}.</translation>
    </message>
    <message>
        <source>Unknown filter “%1” in %2: use upper, lower, capitalize or default:&quot;…&quot;.</source>
        <translation>Unknown filter “%1” in %2: use upper, lower, capitalize or default:&quot;…&quot;.</translation>
    </message>
    <message>
        <source>A placeholder is not closed: “%1” needs }} on the same line.</source>
        <translation>A placeholder is not closed: “%1” needs }} on the same line.</translation>
    </message>
    <message>
        <source>the condition is missing, as in {{#if city == &quot;Paris&quot;}}</source>
        <translation>the condition is missing, as in {{#if city == &quot;Paris&quot;}}</translation>
    </message>
    <message>
        <source>“%1” is not understood here: join conditions with and, or</source>
        <translation>“%1” is not understood here: join conditions with and, or</translation>
    </message>
    <message>
        <source>a text in quotes is not closed</source>
        <translation>a text in quotes is not closed</translation>
    </message>
    <message>
        <source>“%1” is not understood: compare with ==, !=, &lt;, &lt;=, &gt;, &gt;=, contains or is empty</source>
        <translation>“%1” is not understood: compare with ==, !=, &lt;, &lt;=, &gt;, &gt;=, contains or is empty</translation>
    </message>
    <message>
        <source>a bracket is not closed</source>
        <translation>a bracket is not closed</translation>
    </message>
    <message>
        <source>expected “empty” after “%1”</source>
        <translation>expected “empty” after “%1”</translation>
    </message>
    <message>
        <source>“%1” has no {{#if …}} before it.</source>
        <translation>“%1” has no {{#if …}} before it.</translation>
    </message>
    <message>
        <source>In “%1”: %2.</source>
        <translation>In “%1”: %2.</translation>
    </message>
    <message>
        <source>“%1” is not known: a block is {{#if …}} … {{else}} … {{/if}}.</source>
        <translation>“%1” is not known: a block is {{#if …}} … {{else}} … {{/if}}.</translation>
    </message>
    <message>
        <source>“%1” is not closed: add {{/if}} where its text ends.</source>
        <translation>“%1” is not closed: add {{/if}} where its text ends.</translation>
    </message>
    <message>
        <source>“%1” comes after {{else}}: {{else}} is the last part of a block.</source>
        <translation>“%1” comes after {{else}}: {{else}} is the last part of a block.</translation>
    </message>
    <message>
        <source>“%1” is not understood: write {{else}} or {{else if …}}.</source>
        <translation>“%1” is not understood: write {{else}} or {{else if …}}.</translation>
    </message>
    <message>
        <source>expected a field, a text in quotes or a number at the start</source>
        <translation>expected a field, a text in quotes or a number at the start</translation>
    </message>
    <message>
        <source>expected a field, a text in quotes or a number after “%1”</source>
        <translation>expected a field, a text in quotes or a number after “%1”</translation>
    </message>
</context>
<context>
    <name>cm::TemplateStore</name>
    <message>
        <source>save the template “%1”</source>
        <translation>save the template “%1”</translation>
    </message>
    <message>
        <source>delete the template</source>
        <translation>delete the template</translation>
    </message>
</context>
<context>
    <name>cm::TemplatesPane</name>
    <message>
        <source>Template text</source>
        <translation>Template text</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
    </message>
    <message>
        <source>Preview as the first contact of this group</source>
        <translation>Preview as the first contact of this group</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Subject:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Preview for:</source>
        <translation>Preview for:</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Templates</translation>
    </message>
    <message>
        <source>No templates yet.
A template is the text of an SMS or an email, with fields such as {{first_name}} filled in for each contact.</source>
        <translation>No templates yet.
A template is the text of an SMS or an email, with fields such as {{first_name}} filled in for each contact.</translation>
    </message>
    <message>
        <source>no personalisation</source>
        <translation>no personalisation</translation>
    </message>
    <message>
        <source>fields: %1</source>
        <translation>fields: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message>
        <source>Unicode because of: %1</source>
        <translation>Unicode because of: %1</translation>
    </message>
    <message>
        <source>New template…</source>
        <translation>New template…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>A template named “%1” exists already. Choose another name.</source>
        <translation>A template named “%1” exists already. Choose another name.</translation>
    </message>
    <message>
        <source>Template “%1” saved.</source>
        <translation>Template “%1” saved.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (copy %2)</translation>
    </message>
    <message>
        <source>Delete the template “%1”?</source>
        <translation>Delete the template “%1”?</translation>
    </message>
    <message numerus="yes">
        <source>%n draft or scheduled campaign(s) use it and will need another.</source>
        <translation>
            <numerusform>%n draft or scheduled campaign uses it and will need another.</numerusform>
            <numerusform>%n draft or scheduled campaigns use it and will need another.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Delete template</translation>
    </message>
    <message>
        <source>Send to account…</source>
        <translation>Send to account…</translation>
    </message>
    <message>
        <source>Send the template to</source>
        <translation>Send the template to</translation>
    </message>
    <message>
        <source>Bring in from account…</source>
        <translation>Bring in from account…</translation>
    </message>
    <message>
        <source>Bring in the templates of</source>
        <translation>Bring in the templates of</translation>
    </message>
    <message>
        <source>Templates at a provider</source>
        <translation>Templates at a provider</translation>
    </message>
    <message>
        <source>Preview at account…</source>
        <translation>Preview at account…</translation>
    </message>
    <message>
        <source>Preview a template of</source>
        <translation>Preview a template of</translation>
    </message>
    <message>
        <source>That account keeps no templates.</source>
        <translation>That account keeps no templates.</translation>
    </message>
    <message>
        <source>Preview at account</source>
        <translation>Preview at account</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Template:</translation>
    </message>
    <message>
        <source>Template %1 at the provider</source>
        <translation>Template %1 at the provider</translation>
    </message>
    <message>
        <source>No account keeps templates at its provider. %1 accounts do.</source>
        <translation>No account keeps templates at its provider. %1 accounts do.</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Estimated cost</translation>
    </message>
    <message>
        <source>Estimating the cost…</source>
        <translation>Estimating the cost…</translation>
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
        <translation>Email</translation>
    </message>
    <message>
        <source>Draft</source>
        <comment>campaign state</comment>
        <translation>Draft</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <comment>campaign state</comment>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Sending</source>
        <comment>campaign state</comment>
        <translation>Sending</translation>
    </message>
    <message>
        <source>Sent</source>
        <comment>campaign state</comment>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>campaign state</comment>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>campaign state</comment>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>recipient state</comment>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Submitting</source>
        <comment>recipient state</comment>
        <translation>Submitting</translation>
    </message>
    <message>
        <source>Accepted</source>
        <comment>recipient state</comment>
        <translation>Accepted</translation>
    </message>
    <message>
        <source>Delivered</source>
        <comment>recipient state</comment>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>recipient state</comment>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Bounced</source>
        <comment>recipient state</comment>
        <translation>Bounced</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>recipient state</comment>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Sent</source>
        <comment>event</comment>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Delivered</source>
        <comment>event</comment>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>event</comment>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Opened</source>
        <comment>event</comment>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Clicked</source>
        <comment>event</comment>
        <translation>Clicked</translation>
    </message>
    <message>
        <source>Bounced</source>
        <comment>event</comment>
        <translation>Bounced</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <comment>event</comment>
        <translation>Unsubscribed</translation>
    </message>
    <message>
        <source>Complained</source>
        <comment>event</comment>
        <translation>Complained</translation>
    </message>
    <message>
        <source>Sent</source>
        <comment>counter</comment>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Delivered</source>
        <comment>counter</comment>
        <translation>Delivered</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>counter</comment>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>counter</comment>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Opened</source>
        <comment>counter</comment>
        <translation>Opened</translation>
    </message>
    <message>
        <source>Opened (unique)</source>
        <comment>counter</comment>
        <translation>Opened (unique)</translation>
    </message>
    <message>
        <source>Clicked</source>
        <comment>counter</comment>
        <translation>Clicked</translation>
    </message>
    <message>
        <source>Clicked (unique)</source>
        <comment>counter</comment>
        <translation>Clicked (unique)</translation>
    </message>
    <message>
        <source>Bounced</source>
        <comment>counter</comment>
        <translation>Bounced</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <comment>counter</comment>
        <translation>Unsubscribed</translation>
    </message>
    <message>
        <source>Complained</source>
        <comment>counter</comment>
        <translation>Complained</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Call</translation>
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
        <translation>Campaign Manager user guide</translation>
    </message>
    <message>
        <source>Pages of the guide</source>
        <translation>Pages of the guide</translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation>Guide page</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Forward</translation>
    </message>
</context>
<context>
    <name>cm::VariantsTable</name>
    <message>
        <source>Variants side by side</source>
        <translation>Variants side by side</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variant</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>%1 (winner)</source>
        <translation>%1 (winner)</translation>
    </message>
    <message>
        <source>%1 (leads)</source>
        <translation>%1 (leads)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 of %2</translation>
    </message>
</context>
<context>
    <name>cm::WorkspaceDialog</name>
    <message>
        <source>Workspace settings</source>
        <translation>Workspace settings</translation>
    </message>
    <message>
        <source>Numbers written without a country code, such as 0532 612 48 37, are read as this country&apos;s, in imports, contacts and the suppression list.</source>
        <translation>Numbers written without a country code, such as 0532 612 48 37, are read as this country&apos;s, in imports, contacts and the suppression list.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Id:</translation>
    </message>
    <message>
        <source>&amp;Phone numbers from:</source>
        <translation>&amp;Phone numbers from:</translation>
    </message>
</context>
<context>
    <name>cm::XlsxReader</name>
    <message>
        <source>The file cannot be opened: %1.</source>
        <translation>The file cannot be opened: %1.</translation>
    </message>
    <message>
        <source>This file is not an Excel workbook (.xlsx). Save it from Excel as .xlsx or CSV, and import it again.</source>
        <translation>This file is not an Excel workbook (.xlsx). Save it from Excel as .xlsx or CSV, and import it again.</translation>
    </message>
    <message>
        <source>The workbook is protected with a password. Open it in Excel, remove the password, save it, and import it again.</source>
        <translation>The workbook is protected with a password. Open it in Excel, remove the password, save it, and import it again.</translation>
    </message>
    <message>
        <source>This is an old Excel 97–2003 workbook (.xls). Open it in Excel or LibreOffice, save it as .xlsx or CSV, and import it again.</source>
        <translation>This is an old Excel 97–2003 workbook (.xls). Open it in Excel or LibreOffice, save it as .xlsx or CSV, and import it again.</translation>
    </message>
    <message>
        <source>The workbook is protected with a password or is an old Excel 97–2003 workbook (.xls). Open it in Excel, remove any password, save it as .xlsx, and import it again.</source>
        <translation>The workbook is protected with a password or is an old Excel 97–2003 workbook (.xls). Open it in Excel, remove any password, save it as .xlsx, and import it again.</translation>
    </message>
    <message>
        <source>The workbook is damaged (%1). Open it in Excel or LibreOffice, save it again as .xlsx, and import it again.</source>
        <translation>The workbook is damaged (%1). Open it in Excel or LibreOffice, save it again as .xlsx, and import it again.</translation>
    </message>
    <message>
        <source>The workbook has no sheets.</source>
        <translation>The workbook has no sheets.</translation>
    </message>
    <message>
        <source>The workbook has no sheet “%1”; its sheets: %2.</source>
        <translation>The workbook has no sheet “%1”; its sheets: %2.</translation>
    </message>
    <message>
        <source>the sheet “%1” is not in it</source>
        <translation>the sheet “%1” is not in it</translation>
    </message>
    <message>
        <source>Row %1: the sheet cannot be read from here on (%2). Open the workbook in Excel or LibreOffice, save it again, and import it again.</source>
        <translation>Row %1: the sheet cannot be read from here on (%2). Open the workbook in Excel or LibreOffice, save it again, and import it again.</translation>
    </message>
    <message>
        <source>Row %1: a cell is past the last column of a sheet; the file may be damaged.</source>
        <translation>Row %1: a cell is past the last column of a sheet; the file may be damaged.</translation>
    </message>
    <message>
        <source>Row %1: a cell refers to text the workbook does not have; the file may be damaged.</source>
        <translation>Row %1: a cell refers to text the workbook does not have; the file may be damaged.</translation>
    </message>
    <message numerus="yes">
        <source>Row %1: a cell is longer than %n character(s).</source>
        <translation>
            <numerusform>Row %1: a cell is longer than %n character.</numerusform>
            <numerusform>Row %1: a cell is longer than %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cm::XlsxWriter</name>
    <message>
        <source>“%1” cannot be written: %2.</source>
        <translation>“%1” cannot be written: %2.</translation>
    </message>
    <message>
        <source>“%1” cannot be written: the workbook could not be started.</source>
        <translation>“%1” cannot be written: the workbook could not be started.</translation>
    </message>
    <message>
        <source>The workbook is already closed.</source>
        <translation>The workbook is already closed.</translation>
    </message>
    <message>
        <source>An Excel sheet holds at most %L1 rows; export fewer contacts, or export them as CSV.</source>
        <translation>An Excel sheet holds at most %L1 rows; export fewer contacts, or export them as CSV.</translation>
    </message>
    <message>
        <source>Row %1 has %2 columns; an Excel sheet holds at most %L3.</source>
        <translation>Row %1 has %2 columns; an Excel sheet holds at most %L3.</translation>
    </message>
    <message>
        <source>Row %1, column %2: the text is %L3 characters long; an Excel cell holds at most %L4.</source>
        <translation>Row %1, column %2: the text is %L3 characters long; an Excel cell holds at most %L4.</translation>
    </message>
    <message>
        <source>Row %1 cannot be written: %2.</source>
        <translation>Row %1 cannot be written: %2.</translation>
    </message>
    <message>
        <source>“%1” cannot be saved: %2.</source>
        <translation>“%1” cannot be saved: %2.</translation>
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
        <translation>SMS and email campaigns.</translation>
    </message>
    <message>
        <source>The workspace database to open.</source>
        <translation>The workspace database to open.</translation>
    </message>
    <message>
        <source>Start a new workspace empty.</source>
        <translation>Start a new workspace empty.</translation>
    </message>
    <message>
        <source>Save the window as a PNG once it is shown, then quit.</source>
        <translation>Save the window as a PNG once it is shown, then quit.</translation>
    </message>
    <message>
        <source>Language (en, tr, es, pl).</source>
        <translation>Language (en, tr, es, pl).</translation>
    </message>
    <message>
        <source>Benchmarks: quit after the first paint.</source>
        <translation>Benchmarks: quit after the first paint.</translation>
    </message>
    <message>
        <source>Unknown pane “%1”: use one of %2.</source>
        <translation>Unknown pane “%1”: use one of %2.</translation>
    </message>
    <message>
        <source>Could not save the screenshot to “%1”.</source>
        <translation>Could not save the screenshot to “%1”.</translation>
    </message>
    <message>
        <source>Appearance: light, dark or system.</source>
        <translation>Appearance: light, dark or system.</translation>
    </message>
    <message>
        <source>Open on this pane: overview, accounts, groups, templates, campaigns, reports.</source>
        <translation>Open on this pane: overview, accounts, groups, templates, campaigns, reports.</translation>
    </message>
</context>
</TS>
