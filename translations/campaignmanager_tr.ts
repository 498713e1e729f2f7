<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr">
<context>
    <name>cm::AbTest</name>
    <message>
        <source>delivery rate</source>
        <translation>teslim oranı</translation>
    </message>
    <message>
        <source>open rate</source>
        <translation>açılma oranı</translation>
    </message>
    <message>
        <source>click rate</source>
        <translation>tıklama oranı</translation>
    </message>
    <message>
        <source>cost per delivered message</source>
        <translation>teslim edilen ileti başına maliyet</translation>
    </message>
    <message>
        <source>cost per click</source>
        <translation>tıklama başına maliyet</translation>
    </message>
    <message numerus="yes">
        <source>A/B test of %n variant(s) on %1% each, by %2, waiting %3</source>
        <translation>
            <numerusform>Her biri %%1 olan %n varyantlı A/B testi, %2 ile, bekleme %3</numerusform>
        </translation>
    </message>
    <message>
        <source>A/B test: the variants are out; the winner goes to the rest at %1</source>
        <translation>A/B testi: varyantlar gönderildi; kazanan %1 tarihinde kalanlara gider</translation>
    </message>
    <message>
        <source>A/B test: %1 won (picked by hand)</source>
        <translation>A/B testi: %1 kazandı (elle seçildi)</translation>
    </message>
    <message>
        <source>A/B test: %1 went to the rest (no variant had a %2 to compare)</source>
        <translation>A/B testi: kalanlara %1 gitti (hiçbir varyantın karşılaştırılacak %2 değeri yoktu)</translation>
    </message>
    <message>
        <source>A/B test: %1 won by %2</source>
        <translation>A/B testi: %1, %2 ile kazandı</translation>
    </message>
</context>
<context>
    <name>cm::AbTestDialog</name>
    <message>
        <source>A/B test of “%1”</source>
        <translation>“%1” A/B testi</translation>
    </message>
    <message>
        <source>Each variant goes to its share of the audience, drawn at random. When the wait is over, the variant with the best measure goes to everyone else; you can also pick it yourself sooner. A variant may differ in its template, subject, sender or the account that carries it (the route).</source>
        <translation>Her varyant, kitleden rastgele seçilen payına gider. Bekleme bitince ölçüsü en iyi olan varyant diğer herkese gider; daha önce kendiniz de seçebilirsiniz. Bir varyant şablonu, konusu, göndereni ya da onu taşıyan hesapla (yol) farklı olabilir.</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Şablon</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Konu</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Gönderen</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Hesap</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Varyantlar</translation>
    </message>
    <message>
        <source>Share of the audience for each variant</source>
        <translation>Her varyant için kitle payı</translation>
    </message>
    <message>
        <source>Winning measure</source>
        <translation>Kazanma ölçüsü</translation>
    </message>
    <message>
        <source> h</source>
        <translation> sa</translation>
    </message>
    <message>
        <source>Wait before the winner is picked, in hours</source>
        <translation>Kazanan seçilmeden önceki bekleme, saat</translation>
    </message>
    <message>
        <source>&amp;Add variant</source>
        <translation>Varyant &amp;ekle</translation>
    </message>
    <message>
        <source>&amp;Remove last variant</source>
        <translation>Son varyantı &amp;kaldır</translation>
    </message>
    <message>
        <source>Remove the &amp;test</source>
        <translation>&amp;Testi kaldır</translation>
    </message>
    <message>
        <source>Each variant &amp;to:</source>
        <translation>Her varyant &amp;için:</translation>
    </message>
    <message>
        <source>The &amp;winner has the best:</source>
        <translation>&amp;Kazananın en iyi olanı:</translation>
    </message>
    <message>
        <source>Picked &amp;after:</source>
        <translation>&amp;Seçim zamanı:</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>Kazanan</translation>
    </message>
    <message>
        <source>Variant %1 (%2, %3)</source>
        <translation>%1 varyantı (%2, %3)</translation>
    </message>
    <message>
        <source>Send to the rest now:</source>
        <translation>Kalanlara şimdi gönder:</translation>
    </message>
    <message>
        <source>&amp;Send the winner</source>
        <translation>Kazananı &amp;gönder</translation>
    </message>
    <message>
        <source>the template&apos;s</source>
        <translation>şablonunki</translation>
    </message>
    <message>
        <source>(email only)</source>
        <translation>(yalnızca e-posta)</translation>
    </message>
    <message>
        <source>the account&apos;s default</source>
        <translation>hesabın varsayılanı</translation>
    </message>
    <message>
        <source>Template of variant %1</source>
        <translation>%1 varyantının şablonu</translation>
    </message>
    <message>
        <source>Account of variant %1</source>
        <translation>%1 varyantının hesabı</translation>
    </message>
    <message>
        <source>Variant A is the campaign itself: change it with Edit…</source>
        <translation>A varyantı kampanyanın kendisidir: Düzenle… ile değiştirin</translation>
    </message>
    <message>
        <source>Measures some variant&apos;s account does not report are not offered.</source>
        <translation>Bir varyantın hesabının bildirmediği ölçüler sunulmaz.</translation>
    </message>
</context>
<context>
    <name>cm::AboutDialog</name>
    <message>
        <source>About Campaign Manager</source>
        <translation>Campaign Manager hakkında</translation>
    </message>
    <message>
        <source>Campaign Manager</source>
        <translation>Campaign Manager</translation>
    </message>
    <message>
        <source>SMS and email campaigns through several providers, on your own computer.</source>
        <translation>Birden çok sağlayıcı üzerinden, kendi bilgisayarınızda SMS ve e-posta kampanyaları.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Sürüm %1</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (%2 ile derlendi)</translation>
    </message>
    <message>
        <source>SQLite %1</source>
        <translation>SQLite %1</translation>
    </message>
    <message>
        <source>Workspace %1 (version %2)</source>
        <translation>Çalışma alanı %1 (sürüm %2)</translation>
    </message>
</context>
<context>
    <name>cm::AccountDialog</name>
    <message>
        <source>Add account</source>
        <translation>Hesap ekle</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Sağlayıcı:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>&amp;Temel URL:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Kullanıcı:</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Gizli anahtar:</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Gelişmiş ayarlar</translation>
    </message>
    <message>
        <source>Ad&amp;vanced:</source>
        <translation>&amp;Gelişmiş:</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>Hesabı düzenle</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <source>Leave empty to keep the current one</source>
        <translation>Mevcut olanı korumak için boş bırakın</translation>
    </message>
    <message>
        <source>The advanced settings are not a JSON object (%1). Write them as {&quot;key&quot;: &quot;value&quot;}, or {}.</source>
        <translation>Gelişmiş ayarlar bir JSON nesnesi değil (%1). {&quot;anahtar&quot;: &quot;değer&quot;} biçiminde ya da {} olarak yazın.</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>nesne değil</translation>
    </message>
    <message>
        <source>For example: %1 Türkiye</source>
        <translation>Örneğin: %1 Türkiye</translation>
    </message>
    <message>
        <source>Provider options as JSON, such as {&quot;time_zone&quot;: &quot;Europe/Istanbul&quot;} or the paths of a platform that documents none. Leave {} when unsure.</source>
        <translation>JSON olarak sağlayıcı seçenekleri, örneğin {&quot;time_zone&quot;: &quot;Europe/Istanbul&quot;} ya da yollarını belgelemeyen bir platformun yolları. Emin değilseniz {} bırakın.</translation>
    </message>
    <message>
        <source>P&amp;rices:</source>
        <translation>&amp;Fiyatlar:</translation>
    </message>
    <message>
        <source>What one SMS part costs, for the cost estimates before a send; leave empty when unsure.</source>
        <translation>Bir SMS parçasının fiyatı, gönderimden önceki maliyet tahminleri için; emin değilseniz boş bırakın.</translation>
    </message>
    <message>
        <source>&amp;Mailbox password:</source>
        <translation>&amp;Posta kutusu parolası:</translation>
    </message>
</context>
<context>
    <name>cm::AccountModel</name>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Sağlayıcı</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Kullanıcı</translation>
    </message>
</context>
<context>
    <name>cm::AccountService</name>
    <message>
        <source>Give the account a name.</source>
        <translation>Hesaba bir ad verin.</translation>
    </message>
    <message>
        <source>“%1” is not a provider this version knows.</source>
        <translation>“%1” bu sürümün tanıdığı bir sağlayıcı değil.</translation>
    </message>
    <message>
        <source>An account named “%1” exists already. Choose another name.</source>
        <translation>“%1” adlı bir hesap zaten var. Başka bir ad seçin.</translation>
    </message>
    <message>
        <source>“%1” must start with https:// (plain http is allowed only for this computer).</source>
        <translation>“%1” https:// ile başlamalı (düz http yalnızca bu bilgisayar için kullanılabilir).</translation>
    </message>
    <message>
        <source>Account “%1” added.</source>
        <translation>“%1” hesabı eklendi.</translation>
    </message>
    <message>
        <source>Account “%1” added; its secret is in %2.</source>
        <translation>“%1” hesabı eklendi; gizli anahtarı %2 içinde.</translation>
    </message>
    <message>
        <source>Account “%1” added; its secret is kept in %2 until you quit.</source>
        <translation>“%1” hesabı eklendi; gizli anahtarı çıkana kadar %2 içinde tutuluyor.</translation>
    </message>
    <message>
        <source>The secret of “%1” could not be stored in %2: %3. The account was not added. Unlock the keychain, or set %4 in the environment instead.</source>
        <translation>“%1” hesabının gizli anahtarı %2 içine kaydedilemedi: %3. Hesap eklenmedi. Anahtar zincirinin kilidini açın ya da bunun yerine ortamda %4 değişkenini ayarlayın.</translation>
    </message>
    <message>
        <source>The secret of “%1” could not be read: %2. Unlock the keychain, or set %3.</source>
        <translation>“%1” hesabının gizli anahtarı okunamadı: %2. Anahtar zincirinin kilidini açın ya da %3 değişkenini ayarlayın.</translation>
    </message>
    <message>
        <source>That account no longer exists.</source>
        <translation>Bu hesap artık yok.</translation>
    </message>
    <message>
        <source>Testing the connection of “%1”</source>
        <translation>“%1” bağlantısı sınanıyor</translation>
    </message>
    <message>
        <source>The secret of “%1” could not be removed from %2: %3. The account was kept; try again.</source>
        <translation>“%1” hesabının gizli anahtarı %2 içinden silinemedi: %3. Hesap korundu; yeniden deneyin.</translation>
    </message>
    <message>
        <source>Account “%1” removed. The keychain was not available, so its entry may remain there.</source>
        <translation>“%1” hesabı silindi. Anahtar zinciri kullanılamadığı için kaydı orada kalmış olabilir.</translation>
    </message>
    <message>
        <source>Account “%1” removed.</source>
        <translation>“%1” hesabı silindi.</translation>
    </message>
    <message>
        <source>Account “%1” saved.</source>
        <translation>“%1” hesabı kaydedildi.</translation>
    </message>
    <message>
        <source>The new secret of “%1” could not be stored in %2: %3. Nothing was changed.</source>
        <translation>“%1” hesabının yeni gizli anahtarı %2 içine kaydedilemedi: %3. Hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <source>“%1” and the account “%2” would both read their secret from %3. Choose a name that differs in its letters or digits.</source>
        <translation>“%1” ve “%2” hesabının ikisi de gizli anahtarını %3 değişkeninden okurdu. Harfleri ya da rakamları farklı olan bir ad seçin.</translation>
    </message>
    <message>
        <source>The secret of “%1” is not in the keychain: enter it again (Accounts → Edit…), or set %2.</source>
        <translation>“%1” hesabının gizli anahtarı anahtar zincirinde yok: yeniden girin (Hesaplar → Düzenle…) ya da %2 değişkenini ayarlayın.</translation>
    </message>
    <message>
        <source>The setting “%1” must be a whole number greater than 0, such as 30000.</source>
        <translation>“%1” ayarı 0’dan büyük bir tam sayı olmalı, örneğin 30000.</translation>
    </message>
    <message>
        <source>The setting “%1” must be a number of 0 or more, such as 0.05.</source>
        <translation>“%1” ayarı 0 ya da daha büyük bir sayı olmalı, örneğin 0.05.</translation>
    </message>
    <message>
        <source>The setting “%1” must be a time zone such as Europe/Istanbul.</source>
        <translation>“%1” ayarı Europe/Istanbul gibi bir saat dilimi olmalı.</translation>
    </message>
    <message>
        <source>The setting “%1” must be a web address such as https://example.com/unsubscribe.</source>
        <translation>“%1” ayarı https://example.com/unsubscribe gibi bir web adresi olmalı.</translation>
    </message>
    <message>
        <source>The setting “%1” must map countries to prices, such as {&quot;TR&quot;: 0.02}.</source>
        <translation>“%1” ayarı ülkeleri fiyatlarla eşlemeli, örneğin {&quot;TR&quot;: 0.02}.</translation>
    </message>
    <message>
        <source>The setting “%1” must map operations to paths, such as {&quot;send&quot;: &quot;/v2/send&quot;}.</source>
        <translation>“%1” ayarı işlemleri yollarla eşlemeli, örneğin {&quot;send&quot;: &quot;/v2/send&quot;}.</translation>
    </message>
    <message>
        <source>The system keychain is locked, so the secret of “%1” cannot be read: unlock the keychain (log in to the desktop, or unlock it in your keyring manager) and try again, or set %2.</source>
        <translation>Sistem anahtar zinciri kilitli, bu yüzden “%1” hesabının gizli anahtarı okunamıyor: anahtar zincirinin kilidini açıp (masaüstünde oturum açın ya da anahtarlık yöneticinizde kilidi açın) yeniden deneyin ya da %2 değişkenini ayarlayın.</translation>
    </message>
    <message>
        <source>“%1” is not an address. Enter one such as %2.</source>
        <translation>“%1” bir adres değil. %2 gibi bir adres girin.</translation>
    </message>
    <message>
        <source>“%1” must start with %2.</source>
        <translation>“%1”, %2 ile başlamalı.</translation>
    </message>
    <message>
        <source>“%1” has a login in it: put the user and the password in their own fields.</source>
        <translation>“%1” içinde kullanıcı bilgisi var: kullanıcıyı ve parolayı kendi alanlarına yazın.</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <comment>one of two beginnings of an address</comment>
        <translation>%1 ya da %2</translation>
    </message>
    <message>
        <source>The mailbox password of “%1” could not be read from the keychain (%2): enter it again (Accounts → Edit…).</source>
        <translation>“%1” hesabının posta kutusu parolası anahtarlıktan okunamadı (%2): yeniden girin (Hesaplar → Düzenle…).</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>bulunamadı</translation>
    </message>
    <message>
        <source>The mailbox password of “%1” could not be stored in %2: %3.</source>
        <translation>“%1” hesabının posta kutusu parolası %2 içine kaydedilemedi: %3.</translation>
    </message>
    <message>
        <source>The setting “%1” must be a share between 0 and 1, such as 0.2.</source>
        <translation>“%1” ayarı 0 ile 1 arasında bir pay olmalıdır, örneğin 0.2.</translation>
    </message>
</context>
<context>
    <name>cm::AccountStore</name>
    <message>
        <source>save the account</source>
        <translation>hesabın kaydedilmesi</translation>
    </message>
    <message>
        <source>remove the account</source>
        <translation>hesabın silinmesi</translation>
    </message>
</context>
<context>
    <name>cm::AccountsPane</name>
    <message>
        <source>Provider:</source>
        <translation>Sağlayıcı:</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>Temel URL:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Kullanıcı:</translation>
    </message>
    <message>
        <source>Can do:</source>
        <translation>Yapabildikleri:</translation>
    </message>
    <message>
        <source>Last test:</source>
        <translation>Son sınama:</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Hesaplar</translation>
    </message>
    <message>
        <source>No accounts yet.
Add one for each provider you send through (Ctrl+N), or try the Sandbox, which sends nothing.</source>
        <translation>Henüz hesap yok.
Gönderim yaptığınız her sağlayıcı için bir hesap ekleyin (Ctrl+N) ya da hiçbir şey göndermeyen Sandbox&apos;ı deneyin.</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Hesap ekle…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Bağlantıyı sına</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Sil…</translation>
    </message>
    <message>
        <source>This version does not know this provider.</source>
        <translation>Bu sürüm bu sağlayıcıyı tanımıyor.</translation>
    </message>
    <message>
        <source>(built in)</source>
        <translation>(yerleşik)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(yok)</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Sınanıyor…</translation>
    </message>
    <message>
        <source>Balance: %1.</source>
        <translation>Bakiye: %1.</translation>
    </message>
    <message>
        <source>Works. %1</source>
        <translation>Çalışıyor. %1</translation>
    </message>
    <message>
        <source>The connection works. %1</source>
        <translation>Bağlantı çalışıyor. %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Yeniden dene</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Hesabı sil</translation>
    </message>
    <message>
        <source>Remove the account “%1” and its secret from the keychain? Its campaigns and reports stay in the workspace.</source>
        <translation>“%1” hesabı ve gizli anahtarı anahtar zincirinden silinsin mi? Kampanyaları ve raporları çalışma alanında kalır.</translation>
    </message>
    <message>
        <source>Groups there:</source>
        <translation>Oradaki gruplar:</translation>
    </message>
    <message>
        <source>Groups at the provider</source>
        <translation>Sağlayıcıdaki gruplar</translation>
    </message>
    <message>
        <source>Not read yet (Ctrl+G).</source>
        <translation>Henüz okunmadı (Ctrl+G).</translation>
    </message>
    <message>
        <source>This provider keeps no groups.</source>
        <translation>Bu sağlayıcı grup tutmuyor.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Okunuyor…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n contact(s))</source>
        <translation>
            <numerusform>%1 (%n kişi)</numerusform>
        </translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Henüz yok.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Düzenle…</translation>
    </message>
    <message>
        <source>WhatsApp conversations…</source>
        <translation>WhatsApp konuşmaları…</translation>
    </message>
    <message>
        <source>Read and answer the WhatsApp conversations</source>
        <translation>WhatsApp konuşmalarını okuyun ve yanıtlayın</translation>
    </message>
    <message>
        <source>%1 has no WhatsApp conversations.</source>
        <translation>%1 WhatsApp konuşması sunmuyor.</translation>
    </message>
    <message>
        <source>Works (%1). %2</source>
        <translation>Çalışıyor (%1). %2</translation>
    </message>
    <message>
        <source>Failed (%1): %2</source>
        <translation>Başarısız (%1): %2</translation>
    </message>
    <message>
        <source>Not tested yet (Ctrl+T).</source>
        <translation>Henüz sınanmadı (Ctrl+T).</translation>
    </message>
</context>
<context>
    <name>cm::CampaignDialog</name>
    <message>
        <source>New campaign</source>
        <translation>Yeni kampanya</translation>
    </message>
    <message>
        <source>November offer</source>
        <translation>Kasım fırsatı</translation>
    </message>
    <message>
        <source>%1 (%2 contacts)</source>
        <translation>%1 (%2 kişi)</translation>
    </message>
    <message>
        <source>the account&apos;s default</source>
        <translation>hesabın varsayılanı</translation>
    </message>
    <message>
        <source>The sender name or number an SMS shows, or the from address of an email.</source>
        <translation>Bir SMS&apos;in gösterdiği gönderen adı ya da numarası veya bir e-postanın gönderen adresi.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>Şa&amp;blon:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Hesap:</translation>
    </message>
    <message>
        <source>&amp;Sender:</source>
        <translation>&amp;Gönderen:</translation>
    </message>
    <message>
        <source>&amp;Now, when I press Send</source>
        <translation>&amp;Şimdi, Gönder’e bastığımda</translation>
    </message>
    <message>
        <source>A&amp;t</source>
        <translation>&amp;Zamanında</translation>
    </message>
    <message>
        <source>Only send &amp;between</source>
        <translation>Yalnızca şu saatler &amp;arasında gönder</translation>
    </message>
    <message>
        <source>Edit campaign “%1”</source>
        <translation>“%1” kampanyasını düzenle</translation>
    </message>
    <message>
        <source>Groups to send to</source>
        <translation>Gönderilecek gruplar</translation>
    </message>
    <message>
        <source>Groups whose contacts are left out</source>
        <translation>Kişileri dışarıda bırakılacak gruplar</translation>
    </message>
    <message>
        <source>Date and time to send</source>
        <translation>Gönderim tarihi ve saati</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Saat dilimi</translation>
    </message>
    <message>
        <source>My time zone (%1)</source>
        <translation>Benim saat dilimim (%1)</translation>
    </message>
    <message>
        <source>Sending window starts</source>
        <translation>Gönderim aralığının başlangıcı</translation>
    </message>
    <message>
        <source>Sending window ends</source>
        <translation>Gönderim aralığının bitişi</translation>
    </message>
    <message>
        <source>Quiet hours: outside this window (in the campaign&apos;s time zone) the send pauses and continues by itself when the window opens.</source>
        <translation>Sessiz saatler: bu aralığın dışında (kampanyanın saat diliminde) gönderim duraklar ve aralık açılınca kendiliğinden sürer.</translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation>&amp;Alıcı gruplar:</translation>
    </message>
    <message>
        <source>&amp;Leave out:</source>
        <translation>&amp;Dışarıda bırak:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Ne zaman:</translation>
    </message>
    <message>
        <source>and</source>
        <translation>ve</translation>
    </message>
    <message>
        <source>Quiet hours:</source>
        <translation>Sessiz saatler:</translation>
    </message>
    <message>
        <source>Saving sends nothing: Send… (Ctrl+Return) shows who the campaign will reach, then sends it or schedules it for the time above.</source>
        <translation>Kaydetmek hiçbir şey göndermez: Gönder… (Ctrl+Return) kampanyanın kime ulaşacağını gösterir, sonra onu gönderir ya da yukarıdaki zamana planlar.</translation>
    </message>
    <message>
        <source>%1 options</source>
        <translation>%1 seçenekleri</translation>
    </message>
    <message>
        <source>%1 (segment: %2)</source>
        <translation>%1 (segment: %2)</translation>
    </message>
    <message>
        <source>Whoever matches the rule when the send starts.</source>
        <translation>Gönderim başladığında kurala uyan herkes.</translation>
    </message>
    <message>
        <source>At each recipient&apos;s &amp;local time:</source>
        <translation>Her alıcının &amp;yerel saatinde:</translation>
    </message>
    <message>
        <source>Local time of day</source>
        <translation>Günün yerel saati</translation>
    </message>
    <message>
        <source>where that time has passed, the next day</source>
        <translation>o saatin geçtiği yerde ertesi gün</translation>
    </message>
    <message>
        <source>where that time has passed, at once</source>
        <translation>o saatin geçtiği yerde hemen</translation>
    </message>
    <message>
        <source>Where the local time has passed</source>
        <translation>Yerel saatin geçtiği yerde</translation>
    </message>
    <message>
        <source>Each recipient gets it at this time in their own time zone: from their time_zone field, else their phone number&apos;s country and area, else the campaign&apos;s zone. The quiet hours then apply in each recipient&apos;s zone.</source>
        <translation>Her alıcı bunu kendi saat dilimindeki bu saatte alır: time_zone alanından, yoksa telefon numarasının ülkesi ve bölgesinden, yoksa kampanyanın diliminden. Sessiz saatler de her alıcının diliminde geçerli olur.</translation>
    </message>
    <message>
        <source>Local time:</source>
        <translation>Yerel saat:</translation>
    </message>
</context>
<context>
    <name>cm::CampaignModel</name>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Alıcılar</translation>
    </message>
</context>
<context>
    <name>cm::CampaignStore</name>
    <message>
        <source>save the campaign “%1”</source>
        <translation>“%1” kampanyasının kaydedilmesi</translation>
    </message>
    <message>
        <source>change the campaign&apos;s state</source>
        <translation>kampanya durumunun değiştirilmesi</translation>
    </message>
    <message>
        <source>save the campaign&apos;s recipients</source>
        <translation>kampanya alıcılarının kaydedilmesi</translation>
    </message>
    <message>
        <source>save the send results</source>
        <translation>gönderim sonuçlarının kaydedilmesi</translation>
    </message>
    <message>
        <source>save the delivery events</source>
        <translation>teslim olaylarının kaydedilmesi</translation>
    </message>
    <message>
        <source>save the report</source>
        <translation>raporun kaydedilmesi</translation>
    </message>
    <message>
        <source>save the groups of “%1”</source>
        <translation>“%1” kampanyasının gruplarını kaydetmek</translation>
    </message>
    <message>
        <source>“%1” can no longer be changed: its send has started. Clone it to change a copy.</source>
        <translation>“%1” artık değiştirilemez: gönderimi başladı. Bir kopyasını değiştirmek için klonlayın.</translation>
    </message>
    <message>
        <source>schedule the campaign</source>
        <translation>kampanyayı planlamak</translation>
    </message>
    <message>
        <source>Only a draft or a scheduled campaign can be scheduled; this one has started.</source>
        <translation>Yalnızca taslak ya da planlanmış bir kampanya planlanabilir; bu kampanya başladı.</translation>
    </message>
    <message>
        <source>cancel the campaign</source>
        <translation>kampanyayı iptal etmek</translation>
    </message>
    <message>
        <source>Only a draft, a scheduled or a paused campaign can be cancelled; this one has finished.</source>
        <translation>Yalnızca taslak, planlanmış ya da duraklatılmış bir kampanya iptal edilebilir; bu kampanya bitti.</translation>
    </message>
    <message>
        <source>That campaign no longer exists.</source>
        <translation>Bu kampanya artık yok.</translation>
    </message>
    <message>
        <source>record when the send continues</source>
        <translation>gönderimin ne zaman süreceğini kaydetmek</translation>
    </message>
    <message>
        <source>campaign “%1”</source>
        <translation>“%1” kampanyası</translation>
    </message>
    <message>
        <source>The provider holds this send: move or cancel it there (Reschedule…, Cancel campaign).</source>
        <translation>Bu gönderimi sağlayıcı tutuyor: onu orada taşıyın ya da iptal edin (Yeniden zamanla…, Kampanyayı iptal et).</translation>
    </message>
    <message>
        <source>The provider holds this send: cancel it there first (Cancel campaign does).</source>
        <translation>Bu gönderimi sağlayıcı tutuyor: önce orada iptal edin (Kampanyayı iptal et bunu yapar).</translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Gönderilmeden önce iptal edildi.</translation>
    </message>
</context>
<context>
    <name>cm::CampaignsPane</name>
    <message>
        <source>Account:</source>
        <translation>Hesap:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Şablon:</translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation>Gönderen:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Zaman:</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>Alıcılar:</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampanyalar</translation>
    </message>
    <message>
        <source>No campaigns yet.
A campaign sends a template to a group through an account, now or at a time you choose.</source>
        <translation>Henüz kampanya yok.
Bir kampanya, bir şablonu bir hesap üzerinden bir gruba hemen ya da seçtiğiniz zamanda gönderir.</translation>
    </message>
    <message>
        <source>Open report</source>
        <translation>Raporu aç</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(yok)</translation>
    </message>
    <message>
        <source>Scheduled for %1 (your time)</source>
        <translation>%1 için zamanlandı (sizin saatinizle)</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%2 saatiyle %1</translation>
    </message>
    <message>
        <source>Finished %1</source>
        <translation>%1 tarihinde bitti</translation>
    </message>
    <message>
        <source>Sending since %1</source>
        <translation>%1 tarihinden beri gönderiliyor</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Zamanlanmadı</translation>
    </message>
    <message>
        <source>Chosen when the campaign is sent.</source>
        <translation>Kampanya gönderildiğinde belirlenir.</translation>
    </message>
    <message>
        <source>%1 in all: %2</source>
        <translation>Toplam %1: %2</translation>
    </message>
    <message>
        <source>New campaign…</source>
        <translation>Yeni kampanya…</translation>
    </message>
    <message>
        <source>Send…</source>
        <translation>Gönder…</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Başarısızları yeniden dene</translation>
    </message>
    <message>
        <source>A campaign named “%1” exists already. Choose another name.</source>
        <translation>“%1” adında bir kampanya zaten var. Başka bir ad seçin.</translation>
    </message>
    <message>
        <source>Campaign “%1” saved as a draft.</source>
        <translation>“%1” kampanyası taslak olarak kaydedildi.</translation>
    </message>
    <message>
        <source>“%1” would reach nobody. %2</source>
        <translation>“%1” kimseye ulaşmaz. %2</translation>
    </message>
    <message>
        <source>Send “%1” now?</source>
        <translation>“%1” şimdi gönderilsin mi?</translation>
    </message>
    <message>
        <source>Send campaign</source>
        <translation>Kampanyayı gönder</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Gönder</translation>
    </message>
    <message>
        <source>No recipient of this campaign failed.</source>
        <translation>Bu kampanyanın başarısız alıcısı yok.</translation>
    </message>
    <message>
        <source>Test send…</source>
        <translation>Deneme gönderimi…</translation>
    </message>
    <message>
        <source>Test send</source>
        <translation>Deneme gönderimi</translation>
    </message>
    <message>
        <source>Send this campaign&apos;s text, personalised for the first contact of its group, to (separate several with commas):</source>
        <translation>Bu kampanyanın metnini, grubunun ilk kişisine göre kişiselleştirip şuraya gönder (birden çoksa virgülle ayırın):</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>Gruplar:</translation>
    </message>
    <message>
        <source>Quiet hours:</source>
        <translation>Sessiz saatler:</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Düzenle…</translation>
    </message>
    <message>
        <source>Clone…</source>
        <translation>Klonla…</translation>
    </message>
    <message>
        <source>Clone campaign</source>
        <translation>Kampanyayı klonla</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>Kopyanın adı:</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopya)</translation>
    </message>
    <message>
        <source>Cancel campaign…</source>
        <translation>Kampanyayı iptal et…</translation>
    </message>
    <message>
        <source>Send now…</source>
        <translation>Şimdi gönder…</translation>
    </message>
    <message>
        <source>Resume sending</source>
        <translation>Gönderime devam et</translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation>Planla…</translation>
    </message>
    <message>
        <source>leaving out the contacts of %1</source>
        <translation>%1 grubunun kişileri hariç</translation>
    </message>
    <message>
        <source>Sends only between %1 (%2); pauses outside it.</source>
        <translation>Yalnızca %1 arasında gönderir (%2); dışında duraklar.</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Her zaman</translation>
    </message>
    <message>
        <source>Paused for quiet hours; continues at %1</source>
        <translation>Sessiz saatler için duraklatıldı; %1 itibarıyla sürer</translation>
    </message>
    <message>
        <source>To be scheduled for %1 (your time) once checked: press Schedule…</source>
        <translation>Denetlendikten sonra %1 (sizin saatinizle) için planlanacak: Planla…’ya basın</translation>
    </message>
    <message>
        <source>Campaign “%1” saved.</source>
        <translation>“%1” kampanyası kaydedildi.</translation>
    </message>
    <message>
        <source>Cloned as the draft “%1”: change it with Edit…, then send it.</source>
        <translation>“%1” taslağı olarak klonlandı: Düzenle… ile değiştirip gönderin.</translation>
    </message>
    <message>
        <source>Cancel “%1”? The recipients not sent yet will not get it; the ones sent stay in the report.</source>
        <translation>“%1” iptal edilsin mi? Henüz gönderilmemiş alıcılar almayacak; gönderilenler raporda kalır.</translation>
    </message>
    <message>
        <source>Cancel “%1”? It will not be sent; you can clone it later.</source>
        <translation>“%1” iptal edilsin mi? Gönderilmeyecek; daha sonra klonlayabilirsiniz.</translation>
    </message>
    <message>
        <source>Cancel campaign</source>
        <translation>Kampanyayı iptal et</translation>
    </message>
    <message>
        <source>“%1” cancelled; nothing more of it is sent.</source>
        <translation>“%1” iptal edildi; artık hiçbir parçası gönderilmez.</translation>
    </message>
    <message>
        <source>Schedule “%1” for %2?</source>
        <translation>“%1” %2 için planlansın mı?</translation>
    </message>
    <message>
        <source>It sends only between %1, %2 time.</source>
        <translation>Yalnızca %2 saatiyle %1 arasında gönderir.</translation>
    </message>
    <message>
        <source>Schedule campaign</source>
        <translation>Kampanyayı planla</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planla</translation>
    </message>
    <message>
        <source>“%1” is scheduled for %2. It goes out then while Campaign Manager is open, or through campaignctl run-due.</source>
        <translation>“%1” %2 için planlandı. O saatte Campaign Manager açıksa ya da campaignctl run-due ile gönderilir.</translation>
    </message>
    <message>
        <source>Resolve unknown…</source>
        <translation>Bilinmeyenleri çöz…</translation>
    </message>
    <message>
        <source>Resolve unknown recipients</source>
        <translation>Bilinmeyen alıcıları çöz</translation>
    </message>
    <message>
        <source>The provider may or may not have these messages: the answer to their request was lost. Check in the provider&apos;s own panel, then say what happened. Recipients marked as not sent can be retried.</source>
        <translation>Sağlayıcıda bu mesajlar olabilir de olmayabilir de: isteklerinin yanıtı kayboldu. Sağlayıcının kendi panelinden denetleyin, sonra ne olduğunu söyleyin. Gönderilmedi olarak işaretlenen alıcılar yeniden denenebilir.</translation>
    </message>
    <message>
        <source>They were sent</source>
        <translation>Gönderildiler</translation>
    </message>
    <message>
        <source>They were not sent</source>
        <translation>Gönderilmediler</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) recorded as sent.</source>
        <translation>
            <numerusform>%n alıcı gönderildi olarak kaydedildi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) recorded as not sent; Retry failed sends them.</source>
        <translation>
            <numerusform>%n alıcı gönderilmedi olarak kaydedildi; Başarısızları yeniden dene onlara gönderir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix this before sending “%1”: %2</source>
        <translation>“%1” göndermeden önce şunu düzeltin: %2</translation>
    </message>
    <message>
        <source>Reschedule campaign</source>
        <translation>Kampanyayı yeniden zamanla</translation>
    </message>
    <message>
        <source>Its provider holds “%1”. New time (YYYY-MM-DD HH:MM, %2 time):</source>
        <translation>“%1” sağlayıcısında bekliyor. Yeni zaman (YYYY-AA-GG SS:DD, %2 saatiyle):</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Yeniden zamanla…</translation>
    </message>
    <message>
        <source>Held by %1 for %2 (your time); it goes out then even if Campaign Manager is closed</source>
        <translation>%1 tarafından %2 (sizin saatiniz) için tutuluyor; Campaign Manager kapalı olsa bile o zaman gider</translation>
    </message>
    <message>
        <source>%1 will hold it and send it at that time, even if Campaign Manager is closed. Until then you can reschedule or cancel it here.</source>
        <translation>%1 onu tutacak ve Campaign Manager kapalı olsa bile o zaman gönderecek. O zamana kadar buradan yeniden zamanlayabilir ya da iptal edebilirsiniz.</translation>
    </message>
    <message>
        <source>Send the campaign to a few addresses of your own</source>
        <translation>Kampanyayı kendinize ait birkaç adrese gönder</translation>
    </message>
    <message>
        <source>Ask the provider</source>
        <translation>Sağlayıcıya sor</translation>
    </message>
    <message>
        <source>Paused; continues by itself at %1</source>
        <translation>Duraklatıldı; %1 itibarıyla kendiliğinden sürer</translation>
    </message>
    <message>
        <source>the default of the account “%1”</source>
        <translation>“%1” hesabının varsayılanı</translation>
    </message>
    <message>
        <source>segment “%1”</source>
        <translation>“%1” segmenti</translation>
    </message>
    <message>
        <source>It sends only between %1, in each recipient&apos;s time zone.</source>
        <translation>Yalnızca %1 arasında, her alıcının saat diliminde gönderir.</translation>
    </message>
    <message>
        <source>Local time:</source>
        <translation>Yerel saat:</translation>
    </message>
    <message>
        <source>A/B test:</source>
        <translation>A/B testi:</translation>
    </message>
    <message>
        <source>A/B test…</source>
        <translation>A/B testi…</translation>
    </message>
    <message>
        <source>Send variants of this campaign to a share of its audience each, then the best one to the rest</source>
        <translation>Bu kampanyanın varyantlarını kitlesinin birer payına, sonra en iyisini kalanlara gönderin</translation>
    </message>
    <message>
        <source>Pick winner…</source>
        <translation>Kazananı seç…</translation>
    </message>
    <message>
        <source>At %1 in each recipient&apos;s time zone; where it has passed, at once</source>
        <translation>Her alıcının saat diliminde %1; geçtiği yerde hemen</translation>
    </message>
    <message>
        <source>At %1 in each recipient&apos;s time zone; where it has passed, the next day</source>
        <translation>Her alıcının saat diliminde %1; geçtiği yerde ertesi gün</translation>
    </message>
    <message>
        <source>A/B test: stopped with the campaign</source>
        <translation>A/B testi: kampanyayla birlikte durduruldu</translation>
    </message>
</context>
<context>
    <name>cm::Cli</name>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 bir değer gerektirir.</translation>
    </message>
    <message>
        <source>Unknown command “%1”. Run campaignctl --help for the list.</source>
        <translation>Bilinmeyen komut “%1”. Liste için campaignctl --help çalıştırın.</translation>
    </message>
    <message>
        <source>Give exactly one name.</source>
        <translation>Tam olarak bir ad verin.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Beklenmeyen argüman “%1”.</translation>
    </message>
    <message>
        <source>--secret-stdin was given, but standard input was empty.</source>
        <translation>--secret-stdin verildi ama standart girdi boştu.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>AD</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>SAĞLAYICI</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>KULLANICI</translation>
    </message>
    <message>
        <source>BASE URL</source>
        <translation>TEMEL URL</translation>
    </message>
    <message>
        <source>There is no account named “%1”. See campaignctl accounts list.</source>
        <translation>“%1” adlı bir hesap yok. Bkz. campaignctl accounts list.</translation>
    </message>
    <message>
        <source>The connection works. %1</source>
        <translation>Bağlantı çalışıyor. %1</translation>
    </message>
    <message>
        <source>Balance: %1 %2</source>
        <translation>Bakiye: %1 %2</translation>
    </message>
    <message>
        <source>Can do: %1</source>
        <translation>Yapabildikleri: %1</translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation>Grubun bir adı olmalı.</translation>
    </message>
    <message>
        <source>A group named “%1” exists already. Choose another name.</source>
        <translation>“%1” adlı bir grup zaten var. Başka bir ad seçin.</translation>
    </message>
    <message>
        <source>Group “%1” created.</source>
        <translation>“%1” grubu oluşturuldu.</translation>
    </message>
    <message>
        <source>CONTACTS</source>
        <translation>KİŞİLER</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>HESAP</translation>
    </message>
    <message>
        <source>REMOTE ID</source>
        <translation>UZAK KİMLİK</translation>
    </message>
    <message>
        <source>CHANNEL</source>
        <translation>KANAL</translation>
    </message>
    <message>
        <source>SUBJECT OR TEXT</source>
        <translation>KONU YA DA METİN</translation>
    </message>
    <message>
        <source>There is no campaign named “%1”. See campaignctl campaigns list.</source>
        <translation>“%1” adlı bir kampanya yok. Bkz. campaignctl campaigns list.</translation>
    </message>
    <message>
        <source>“%1” has no report yet. Run campaignctl reports show “%1” --refresh once it is sent.</source>
        <translation>“%1” için henüz rapor yok. Gönderildikten sonra campaignctl reports show “%1” --refresh çalıştırın.</translation>
    </message>
    <message>
        <source>not reported by %1</source>
        <translation>%1 bildirmiyor</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Maliyet</translation>
    </message>
    <message>
        <source>%1, updated %2</source>
        <translation>%1, %2 tarihinde güncellendi</translation>
    </message>
    <message>
        <source>COUNTER</source>
        <translation>SAYAÇ</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>DEĞER</translation>
    </message>
    <message>
        <source>Name the account with --account.</source>
        <translation>Hesabı --account ile belirtin.</translation>
    </message>
    <message>
        <source>Choose --push or --pull, not both.</source>
        <translation>--push ya da --pull seçin, ikisini birden değil.</translation>
    </message>
    <message>
        <source>There is no group named “%1”. See campaignctl groups list.</source>
        <translation>“%1” adlı bir grup yok. Bkz. campaignctl groups list.</translation>
    </message>
    <message>
        <source>--setting takes KEY=VALUE, not “%1”.</source>
        <translation>--setting ANAHTAR=DEĞER biçimini alır, “%1” değil.</translation>
    </message>
    <message>
        <source>Use: campaignctl accounts add|edit|list|verify|remove …</source>
        <translation>Kullanım: campaignctl accounts add|edit|list|verify|remove …</translation>
    </message>
    <message>
        <source>Give the import&apos;s number, as contacts import printed it.</source>
        <translation>contacts import&apos;un yazdığı içe aktarma numarasını verin.</translation>
    </message>
    <message>
        <source>Name the group with --group; it is created if it does not exist.</source>
        <translation>Grubu --group ile belirtin; yoksa oluşturulur.</translation>
    </message>
    <message>
        <source>--on-duplicate takes skip or update.</source>
        <translation>--on-duplicate, skip ya da update alır.</translation>
    </message>
    <message>
        <source>--delimiter takes one character, such as ; or tab.</source>
        <translation>--delimiter tek bir karakter alır, örneğin ; ya da tab.</translation>
    </message>
    <message>
        <source>--map takes CSVCOLUMN=FIELD, not “%1”.</source>
        <translation>--map CSVSÜTUNU=ALAN biçimini alır, “%1” değil.</translation>
    </message>
    <message>
        <source>Import %1: %2</source>
        <translation>İçe aktarma %1: %2</translation>
    </message>
    <message>
        <source>Undo it with: campaignctl contacts undo-import %1</source>
        <translation>Geri almak için: campaignctl contacts undo-import %1</translation>
    </message>
    <message>
        <source>Name the group with --group.</source>
        <translation>Grubu --group ile belirtin.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) written to “%1”.</source>
        <translation>
            <numerusform>%n kişi “%1” dosyasına yazıldı.</numerusform>
        </translation>
    </message>
    <message>
        <source>--header takes auto, yes or no.</source>
        <translation>--header, auto, yes ya da no alır.</translation>
    </message>
    <message>
        <source>The first line holds a contact, not column names, so it was imported and the columns were numbered (%1). If it does name the columns, import again with --header yes.</source>
        <translation>İlk satır sütun adları değil bir kişi içeriyor; bu yüzden içe aktarıldı ve sütunlar numaralandırıldı (%1). Sütun adlarını içeriyorsa --header yes ile yeniden içe aktarın.</translation>
    </message>
    <message>
        <source>--search needs a word: a name, an email address, a phone number or a city.</source>
        <translation>--search bir kelime ister: bir ad, e-posta adresi, telefon numarası ya da şehir.</translation>
    </message>
    <message>
        <source>No contact of “%1” matches “%2”; no file was written.</source>
        <translation>“%1” grubunda “%2” ile eşleşen kişi yok; dosya yazılmadı.</translation>
    </message>
    <message>
        <source>Use: campaignctl contacts list|add|delete|import|export|undo-import …</source>
        <translation>Kullanım: campaignctl contacts list|add|delete|import|export|undo-import …</translation>
    </message>
    <message>
        <source>Use: campaignctl groups rename NAME NEW_NAME</source>
        <translation>Kullanım: campaignctl groups rename AD YENİ_AD</translation>
    </message>
    <message>
        <source>Name the group to merge into with --into.</source>
        <translation>Birleştirilecek hedef grubu --into ile belirtin.</translation>
    </message>
    <message>
        <source>Group “%1” renamed to “%2”.</source>
        <translation>“%1” grubunun adı “%2” oldu.</translation>
    </message>
    <message>
        <source>“%1” has %2 contacts. Add --yes to delete the group and its contacts.</source>
        <translation>“%1” grubunda %2 kişi var. Grubu ve kişilerini silmek için --yes ekleyin.</translation>
    </message>
    <message>
        <source>Group “%1” deleted.</source>
        <translation>“%1” grubu silindi.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” merged into “%2”: %n contact(s) moved, %3 already there.</source>
        <translation>
            <numerusform>“%1”, “%2” ile birleştirildi: %n kişi taşındı, %3 kişi zaten oradaydı.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the email addresses or phone numbers to delete.</source>
        <translation>Silinecek e-posta adreslerini ya da telefon numaralarını verin.</translation>
    </message>
    <message>
        <source>--field takes KEY=VALUE, not “%1”.</source>
        <translation>--field ANAHTAR=DEĞER alır, “%1” değil.</translation>
    </message>
    <message>
        <source>Contact %1 added to “%2”.</source>
        <translation>%1 kişisi “%2” grubuna eklendi.</translation>
    </message>
    <message>
        <source>“%1” has no contact %2; nothing was deleted.</source>
        <translation>“%1” grubunda %2 diye bir kişi yok; hiçbir şey silinmedi.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) deleted.</source>
        <translation>
            <numerusform>%n kişi silindi.</numerusform>
        </translation>
    </message>
    <message>
        <source>--sort takes email, phone, first_name, last_name, city, country or id, with :desc for the reverse order.</source>
        <translation>--sort email, phone, first_name, last_name, city, country ya da id alır; ters sıra için :desc ekleyin.</translation>
    </message>
    <message>
        <source>--limit takes a number of contacts (0: all of them).</source>
        <translation>--limit bir kişi sayısı alır (0: hepsi).</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>E-POSTA</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>TELEFON</translation>
    </message>
    <message>
        <source>FIRST NAME</source>
        <translation>AD</translation>
    </message>
    <message>
        <source>LAST NAME</source>
        <translation>SOYAD</translation>
    </message>
    <message>
        <source>CITY</source>
        <translation>ŞEHİR</translation>
    </message>
    <message>
        <source>COUNTRY</source>
        <translation>ÜLKE</translation>
    </message>
    <message>
        <source>… %1 of %2 shown; --limit 0 shows them all.</source>
        <translation>… %2 kişiden %1 tanesi gösterildi; hepsi için --limit 0.</translation>
    </message>
    <message>
        <source>Give exactly one file.</source>
        <translation>Tam olarak bir dosya verin.</translation>
    </message>
    <message>
        <source>Give the email addresses or phone numbers.</source>
        <translation>E-posta adreslerini ya da telefon numaralarını verin.</translation>
    </message>
    <message>
        <source>campaignctl</source>
        <translation>campaignctl</translation>
    </message>
    <message>
        <source>%1 added, %2 listed already.</source>
        <translation>%1 eklendi, %2 zaten listedeydi.</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) removed from the suppression list.</source>
        <translation>
            <numerusform>%n adres engelleme listesinden çıkarıldı.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) written to “%1”.</source>
        <translation>
            <numerusform>%n adres “%1” dosyasına yazıldı.</numerusform>
        </translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRES</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>NEDEN</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>KAYNAK</translation>
    </message>
    <message>
        <source>ADDED</source>
        <translation>EKLENDİ</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>DURUM</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>ZAMAN</translation>
    </message>
    <message>
        <source>RECIPIENTS</source>
        <translation>ALICILAR</translation>
    </message>
    <message>
        <source>There is no template named “%1”. See campaignctl templates list.</source>
        <translation>“%1” adında bir şablon yok. campaignctl templates list ile bakın.</translation>
    </message>
    <message>
        <source>A campaign named “%1” exists already. Choose another name.</source>
        <translation>“%1” adında bir kampanya zaten var. Başka bir ad seçin.</translation>
    </message>
    <message>
        <source>“%1” has no failed recipients.</source>
        <translation>“%1” kampanyasında başarısız alıcı yok.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>COUNT</source>
        <translation>SAYI</translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation>bilinmiyor: %1</translation>
    </message>
    <message>
        <source>Give the name and the new name.</source>
        <translation>Adı ve yeni adı verin.</translation>
    </message>
    <message>
        <source>Give the sending window as HH:MM-HH:MM, e.g. 09:00-20:00.</source>
        <translation>Gönderim aralığını SS:DD-SS:DD biçiminde verin, örneğin 09:00-20:00.</translation>
    </message>
    <message>
        <source>Campaign “%1” created: %2 recipients (%3 left out: no address for the channel, suppressed, in an excluded group or twice).</source>
        <translation>“%1” kampanyası oluşturuldu: %2 alıcı (%3 kişi dışarıda kaldı: kanal için adresi yok, engelli, hariç tutulan bir grupta ya da iki kez).</translation>
    </message>
    <message>
        <source>Scheduled for %1 (%2); campaignctl run-due or the open app sends it then.</source>
        <translation>%1 (%2) için planlandı; o saatte campaignctl run-due ya da açık uygulama gönderir.</translation>
    </message>
    <message>
        <source>Give the text with --body TEXT or --body-file FILE (one of them).</source>
        <translation>Metni --body METİN ya da --body-file DOSYA ile verin (yalnızca biriyle).</translation>
    </message>
    <message>
        <source>Cannot read “%1”; check the path.</source>
        <translation>“%1” okunamıyor; yolu denetleyin.</translation>
    </message>
    <message>
        <source>A template named “%1” exists already. Choose another name.</source>
        <translation>“%1” adlı bir şablon zaten var. Başka bir ad seçin.</translation>
    </message>
    <message numerus="yes">
        <source>Template “%1” added: %2, %n part(s) before personalisation.</source>
        <translation>
            <numerusform>“%1” şablonu eklendi: %2, kişiselleştirmeden önce %n parça.</numerusform>
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
        <translation>“%1” şablonu eklendi.</translation>
    </message>
    <message>
        <source>Template “%1” deleted.</source>
        <translation>“%1” şablonu silindi.</translation>
    </message>
    <message>
        <source>Name the contact to render for: --contact EMAIL_OR_PHONE.</source>
        <translation>Hangi kişi için oluşturulacağını verin: --contact E-POSTA_YA_DA_TELEFON.</translation>
    </message>
    <message>
        <source>No contact “%1” in %2.</source>
        <translation>%2 içinde “%1” kişisi yok.</translation>
    </message>
    <message>
        <source>the group “%1”</source>
        <translation>“%1” grubu</translation>
    </message>
    <message>
        <source>any group</source>
        <translation>hiçbir grup</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Konu: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n character(s)</source>
        <translation>
            <numerusform>%1, %n karakter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n part(s)</source>
        <translation>
            <numerusform>%n parça</numerusform>
        </translation>
    </message>
    <message>
        <source>Unicode because of: %1</source>
        <translation>Unicode olmasının nedeni: %1</translation>
    </message>
    <message>
        <source>This contact has no value for: %1</source>
        <translation>Bu kişinin şu alanlarda değeri yok: %1</translation>
    </message>
    <message>
        <source>Give the time with --at &quot;YYYY-MM-DD HH:MM&quot; [--tz ZONE], or --now to unschedule.</source>
        <translation>Zamanı --at &quot;YYYY-AA-GG SS:DD&quot; [--tz DİLİM] ile verin ya da planı kaldırmak için --now kullanın.</translation>
    </message>
    <message>
        <source>“%1” cloned as the draft “%2”.</source>
        <translation>“%1”, “%2” taslağı olarak klonlandı.</translation>
    </message>
    <message>
        <source>“%1” is being sent; stop the send first.</source>
        <translation>“%1” gönderiliyor; önce gönderimi durdurun.</translation>
    </message>
    <message>
        <source>“%1” cancelled; nothing more of it is sent.</source>
        <translation>“%1” iptal edildi; artık hiçbir parçası gönderilmez.</translation>
    </message>
    <message>
        <source>“%1” is %2; only a draft or a scheduled campaign can be scheduled.</source>
        <translation>“%1” şu durumda: %2; yalnızca taslak ya da planlanmış bir kampanya planlanabilir.</translation>
    </message>
    <message>
        <source>“%1” is scheduled for %2 (%3); campaignctl run-due or the open app sends it then.</source>
        <translation>“%1” %2 (%3) için planlandı; o saatte campaignctl run-due ya da açık uygulama gönderir.</translation>
    </message>
    <message>
        <source>“%1” is a draft again; send it with campaignctl campaigns send.</source>
        <translation>“%1” yeniden taslak; campaignctl campaigns send ile gönderin.</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>Zamanı gelen bir şey yok.</translation>
    </message>
    <message>
        <source>Recipients marked unknown may have been sent: check them at the provider (campaignctl campaigns status lists them), then campaignctl campaigns resolve NAME --as sent|failed.</source>
        <translation>Bilinmeyen olarak işaretlenen alıcılara gönderilmiş olabilir: sağlayıcıda denetleyin (campaignctl campaigns status onları listeler), sonra campaignctl campaigns resolve AD --as sent|failed.</translation>
    </message>
    <message>
        <source>Say what happened to the unknown recipients: --as sent or --as failed.</source>
        <translation>Bilinmeyen alıcılara ne olduğunu söyleyin: --as sent ya da --as failed.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) of “%1” recorded as sent.</source>
        <translation>
            <numerusform>“%1” kampanyasının %n alıcısı gönderildi olarak kaydedildi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) of “%1” recorded as not sent; campaignctl campaigns retry sends them.</source>
        <translation>
            <numerusform>“%1” kampanyasının %n alıcısı gönderilmedi olarak kaydedildi; campaignctl campaigns retry onlara gönderir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: campaignctl reports export NAME FILE [--delimiter C] [--bom]</source>
        <translation>Kullanım: campaignctl reports export AD DOSYA [--delimiter K] [--bom]</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) of “%1” written to “%2”.</source>
        <translation>
            <numerusform>“%1” kampanyasının %n alıcısı “%2” dosyasına yazıldı.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: campaignctl reports retarget NAME --who clicked|opened|failed|… --group NEW_GROUP</source>
        <translation>Kullanım: campaignctl reports retarget AD --who clicked|opened|failed|… --group YENİ_GRUP</translation>
    </message>
    <message>
        <source>--who takes a recipient state (delivered, failed, bounced, accepted, unknown) or what they did (opened, clicked, unsubscribed, complained).</source>
        <translation>--who bir alıcı durumu (delivered, failed, bounced, accepted, unknown) ya da yaptıkları bir şey (opened, clicked, unsubscribed, complained) alır.</translation>
    </message>
    <message>
        <source>No contact in the workspace matches this filter.</source>
        <translation>Çalışma alanında bu filtreye uyan kişi yok.</translation>
    </message>
    <message numerus="yes">
        <source>Group “%1” made with %n contact(s); send them a follow-up from Campaigns.</source>
        <translation>
            <numerusform>%n kişiyle “%1” grubu oluşturuldu; Kampanyalar’dan onlara bir devam mesajı gönderin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: campaignctl reports show NAME [--refresh] | export NAME FILE | retarget NAME …</source>
        <translation>Kullanım: campaignctl reports show AD [--refresh] | export AD DOSYA | retarget AD …</translation>
    </message>
    <message>
        <source>Use: campaignctl reports compare NAME [NAME…]</source>
        <translation>Kullanım: campaignctl reports compare AD [AD…]</translation>
    </message>
    <message>
        <source>CAMPAIGN</source>
        <translation>KAMPANYA</translation>
    </message>
    <message>
        <source>SENT</source>
        <translation>GÖNDERİLEN</translation>
    </message>
    <message>
        <source>DELIVERY</source>
        <translation>TESLİM</translation>
    </message>
    <message>
        <source>OPEN</source>
        <translation>AÇILMA</translation>
    </message>
    <message>
        <source>CLICK</source>
        <translation>TIKLAMA</translation>
    </message>
    <message>
        <source>BOUNCE</source>
        <translation>GERİ DÖNME</translation>
    </message>
    <message>
        <source>UNSUBSCRIBE</source>
        <translation>ABONELİKTEN ÇIKMA</translation>
    </message>
    <message>
        <source>COST/DELIVERED</source>
        <translation>MALİYET/TESLİM</translation>
    </message>
    <message>
        <source>Its provider holds “%1”: give a new time with --at, or cancel it.</source>
        <translation>“%1” sağlayıcısında bekliyor: --at ile yeni bir zaman verin ya da iptal edin.</translation>
    </message>
    <message>
        <source>Use: campaignctl suppressions list|add|remove|import|export|sync …</source>
        <translation>Kullanım: campaignctl suppressions list|add|remove|import|export|sync …</translation>
    </message>
    <message>
        <source>Use: campaignctl suppressions sync --account NAME</source>
        <translation>Kullanım: campaignctl suppressions sync --account AD</translation>
    </message>
    <message>
        <source>Say which account with --account NAME.</source>
        <translation>Hangi hesap olduğunu --account AD ile belirtin.</translation>
    </message>
    <message>
        <source>Use: campaignctl templates list|add|render|delete|push|pull …</source>
        <translation>Kullanım: campaignctl templates list|add|render|delete|push|pull …</translation>
    </message>
    <message>
        <source>Use: campaignctl groups list|create|sync|validate …</source>
        <translation>Kullanım: campaignctl groups list|create|sync|validate …</translation>
    </message>
    <message>
        <source>--option takes KEY=VALUE, not “%1”.</source>
        <translation>--option ANAHTAR=DEĞER alır, “%1” değil.</translation>
    </message>
    <message>
        <source>“%1” is not linked to a group at a provider that can delete it; without --remote it is deleted here only.</source>
        <translation>“%1”, onu silebilecek bir sağlayıcıdaki gruba bağlı değil; --remote olmadan yalnızca burada silinir.</translation>
    </message>
    <message>
        <source>Use: campaignctl conversations list|show|reply …</source>
        <translation>Kullanım: campaignctl conversations list|show|reply …</translation>
    </message>
    <message>
        <source>Give the user&apos;s number.</source>
        <translation>Kullanıcının numarasını verin.</translation>
    </message>
    <message>
        <source>Give the user&apos;s number and the answer.</source>
        <translation>Kullanıcının numarasını ve yanıtı verin.</translation>
    </message>
    <message>
        <source>Say which business number with --from NUMBER (conversations list shows it).</source>
        <translation>Hangi işletme numarası olduğunu --from NUMARA ile belirtin (conversations list gösterir).</translation>
    </message>
    <message>
        <source>open until %1</source>
        <translation>%1 tarihine kadar açık</translation>
    </message>
    <message>
        <source>closed: templates only</source>
        <translation>kapalı: yalnızca şablonlar</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>GÖNDEREN</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>ALICI</translation>
    </message>
    <message>
        <source>CONTACT</source>
        <translation>KİŞİ</translation>
    </message>
    <message>
        <source>MESSAGES</source>
        <translation>MESAJLAR</translation>
    </message>
    <message>
        <source>SESSION</source>
        <translation>OTURUM</translation>
    </message>
    <message>
        <source>LAST</source>
        <translation>SON</translation>
    </message>
    <message>
        <source>The session is open until %1: you can answer with conversations reply.</source>
        <translation>Oturum %1 tarihine kadar açık: conversations reply ile yanıt verebilirsiniz.</translation>
    </message>
    <message>
        <source>Answered: %1</source>
        <translation>Yanıtlandı: %1</translation>
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
        <translation>Kullanım: campaignctl [--db YOL] [--json] [--lang KOD] KOMUT …

Komutlar:
%1

Seçenekler:
  --db YOL         çalışma alanı veritabanı (varsayılan: uygulamanın kendi veritabanı, veri klasörünüzde)
  --json           makine tarafından okunabilir çıktı: standart çıktıda tek bir JSON belgesi
  --lang KOD       mesajların dili: en, tr, es ya da pl (varsayılan: sistemin dili)
  --help           bu yardım; campaignctl KOMUT --help (ya da campaignctl help KOMUT) komutun
                   alt komutlarını ve seçeneklerini gösterir
  --version        campaignctl sürümü

Gizli anahtar asla argüman olarak verilmez: --secret-stdin onu standart girdiden okur ve ortamdaki
CM_SECRET_&lt;HESAP&gt; değişkeni anahtar zinciri yerine kullanılır.
Çıkış durumu: 0 başarılı, 1 işlem başarısız, 2 hatalı kullanım.</translation>
    </message>
    <message>
        <source>provider accounts and their credentials</source>
        <translation>sağlayıcı hesapları ve kimlik bilgileri</translation>
    </message>
    <message>
        <source>contact groups, here and at a provider</source>
        <translation>kişi grupları, burada ve bir sağlayıcıda</translation>
    </message>
    <message>
        <source>the contacts of a group: list, add, delete, import, export</source>
        <translation>bir grubun kişileri: listeleme, ekleme, silme, içe ve dışa aktarma</translation>
    </message>
    <message>
        <source>addresses never sent to: opt-outs, bounces, blocks</source>
        <translation>hiç gönderilmeyen adresler: retler, geri dönmeler, engellemeler</translation>
    </message>
    <message>
        <source>create, check, schedule and send campaigns</source>
        <translation>kampanya oluşturma, denetleme, planlama ve gönderme</translation>
    </message>
    <message>
        <source>what came of a campaign: counters, exports, follow-up groups</source>
        <translation>bir kampanyanın sonuçları: sayaçlar, dışa aktarmalar, devam mesajı grupları</translation>
    </message>
    <message>
        <source>send what is due, then exit (for cron)</source>
        <translation>zamanı geleni gönderir, sonra çıkar (cron için)</translation>
    </message>
    <message>
        <source>campaignctl %1: %2</source>
        <translation>campaignctl %1: %2</translation>
    </message>
    <message>
        <source>Options for every command: [--db PATH] [--json] [--lang CODE]; see campaignctl --help.</source>
        <translation>Her komut için seçenekler: [--db YOL] [--json] [--lang KOD]; bkz. campaignctl --help.</translation>
    </message>
    <message>
        <source>SMS, email, call and WhatsApp templates: add, render, share with a provider</source>
        <translation>SMS, e-posta, arama ve WhatsApp şablonları: ekleme, metin oluşturma, sağlayıcıyla paylaşma</translation>
    </message>
    <message>
        <source>the workspace&apos;s own settings</source>
        <translation>çalışma alanının kendi ayarları</translation>
    </message>
    <message>
        <source>WhatsApp conversations: read and answer</source>
        <translation>WhatsApp konuşmaları: okuma ve yanıtlama</translation>
    </message>
    <message>
        <source>Name the provider with --provider (%1).</source>
        <translation>Sağlayıcıyı --provider ile belirtin (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s): %1</source>
        <translation>
            <numerusform>%n alıcı: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was accepted.</source>
        <translation>Hiçbir şey kabul edilmedi.</translation>
    </message>
    <message>
        <source>  conversations list --account NAME   # WhatsApp conversations, where the provider keeps them
  conversations show NUMBER --account NAME --from NUMBER
  conversations reply NUMBER TEXT --account NAME --from NUMBER   # within the 24-hour session only</source>
        <translation>  conversations list --account AD   # WhatsApp konuşmaları, sağlayıcı onları tutuyorsa
  conversations show NUMARA --account AD --from NUMARA
  conversations reply NUMARA METİN --account AD --from NUMARA   # yalnızca 24 saatlik oturum içinde</translation>
    </message>
    <message>
        <source>The session is closed: only an approved template can be sent (a WhatsApp campaign).</source>
        <translation>Oturum kapalı: yalnızca onaylı bir şablon gönderilebilir (bir WhatsApp kampanyası).</translation>
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
        <translation>  groups list [--account AD]
  groups create AD [--account HESAP]
  groups list --account AD --remote
  groups sync AD --account HESAP [--push|--pull]
  groups validate AD --account HESAP   # sağlayıcı e-postaları denetler; hatalılar engellenir
  groups rename AD YENİ_AD
  groups delete AD [--yes] [--remote]   # --remote: önce sağlayıcıdaki bağlı grupta da
  groups merge AD --into HEDEF</translation>
    </message>
    <message>
        <source>  suppressions list [--search TEXT]
  suppressions add ADDRESS… [--channel sms|email|voice|all] [--reason opt_out|block|bounce|complaint]
                   [--region CC]
  suppressions remove ADDRESS…
  suppressions import FILE [--region CC]
  suppressions export FILE [--delimiter C] [--bom]
  suppressions sync --account NAME     # with the account&apos;s opt-out list, both ways</source>
        <translation>  suppressions list [--search METİN]
  suppressions add ADRES… [--channel sms|email|voice|all] [--reason opt_out|block|bounce|complaint]
                   [--region ÜLKE]
  suppressions remove ADRES…
  suppressions import DOSYA [--region ÜLKE]
  suppressions export DOSYA [--delimiter K] [--bom]
  suppressions sync --account AD       # hesabın ret listesiyle, iki yönlü</translation>
    </message>
    <message>
        <source>Give the channel: --channel sms, email, voice (a call) or whatsapp.</source>
        <translation>Kanalı verin: --channel sms, email, voice (arama) ya da whatsapp.</translation>
    </message>
    <message>
        <source>  workspace show                      # the workspace&apos;s file, id and settings
  workspace region [CODE]             # the region of phone numbers written without a country
                                      # code (TR, ES, PL, US…): shows it, or sets it</source>
        <translation>  workspace show                      # çalışma alanının dosyası, kimliği ve ayarları
  workspace region [KOD]              # ülke kodu olmadan yazılan telefon numaralarının
                                      # bölgesi (TR, ES, PL, US…): gösterir ya da ayarlar</translation>
    </message>
    <message>
        <source>Unknown workspace command “%1”.</source>
        <translation>Bilinmeyen workspace komutu “%1”.</translation>
    </message>
    <message>
        <source>Phone numbers without a country code are now read as %1 numbers.</source>
        <translation>Ülke kodu olmayan telefon numaraları artık %1 numarası olarak okunuyor.</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Çalışma alanı: %1</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>Kimlik: %1</translation>
    </message>
    <message>
        <source>Phone region: %1</source>
        <translation>Telefon bölgesi: %1</translation>
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
        <translation>  contacts list --group AD [--search SÖZCÜKLER] [--sort ALAN[:desc]] [--limit N]
  contacts add --group AD [--email E] [--phone T] [--first-name M] [--last-name M] [--city M]
               [--country ÜK] [--field ANAHTAR=DEĞER]… [--region ÜK]
  contacts delete --group AD ADRES…
  contacts import DOSYA --group AD [--region ÜK] [--delimiter K] [--encoding AD]
                  [--map CSVSÜTUNU=ALAN]… [--on-duplicate skip|update] [--empty-cells keep|clear]
                  [--header auto|yes|no] [--title-line auto|yes|no] [--sheet AD] [--report RAPOR.csv]
                  (DOSYA: .csv ya da bir Excel çalışma kitabı .xlsx)
  contacts export DOSYA --group AD [--search SÖZCÜKLER] [--delimiter K] [--encoding AD] [--bom]
                  (DOSYA.xlsx: bir Excel çalışma kitabı; değilse CSV)
  contacts undo-import İÇE_AKTARMA_NO</translation>
    </message>
    <message>
        <source>--empty-cells takes keep (an empty cell leaves the field as it is) or clear.</source>
        <translation>--empty-cells keep (boş hücre alanı olduğu gibi bırakır) ya da clear alır.</translation>
    </message>
    <message>
        <source>--empty-cells clear changes what an update writes; use it with --on-duplicate update.</source>
        <translation>--empty-cells clear bir güncellemenin yazdığını değiştirir; --on-duplicate update ile kullanın.</translation>
    </message>
    <message>
        <source>--title-line takes auto, yes or no.</source>
        <translation>--title-line auto, yes ya da no alır.</translation>
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
        <translation>--secret-stdin ve --mailbox-secret-stdin seçeneklerini ayrı ayrı verin: ikisi de standart girdiyi okur.</translation>
    </message>
    <message>
        <source>--mailbox-secret-stdin was given, but standard input was empty.</source>
        <translation>--mailbox-secret-stdin verildi, ancak standart girdi boştu.</translation>
    </message>
    <message>
        <source>saved rules over contacts (country, fields, what they opened…) to send to</source>
        <translation>gönderilecek kişiler için kayıtlı kurallar (ülke, alanlar, neyi açtıkları…)</translation>
    </message>
    <message>
        <source>Name the account, the groups or segments and the template: --account, --group or --segment, --template.</source>
        <translation>Hesabı, grupları ya da segmentleri ve şablonu belirtin: --account, --group veya --segment, --template.</translation>
    </message>
    <message>
        <source>There is no segment named “%1”. See campaignctl segments list.</source>
        <translation>“%1” adında bir segment yok. campaignctl segments list komutuna bakın.</translation>
    </message>
    <message>
        <source>Give the segment&apos;s rule: --rule &apos;country = ES and opened any campaign&apos;.</source>
        <translation>Segmentin kuralını verin: --rule &apos;country = ES and opened any campaign&apos;.</translation>
    </message>
    <message>
        <source>--limit takes a number of contacts.</source>
        <translation>--limit bir kişi sayısı alır.</translation>
    </message>
    <message>
        <source>No segments yet. Create one with campaignctl segments create NAME --rule RULE.</source>
        <translation>Henüz segment yok. campaignctl segments create AD --rule KURAL ile oluşturun.</translation>
    </message>
    <message numerus="yes">
        <source>Segment “%1” created: %n contact(s) match it now.</source>
        <translation>
            <numerusform>“%1” segmenti oluşturuldu: şu anda %n kişi uyuyor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Segment “%1” deleted.</source>
        <translation>“%1” segmenti silindi.</translation>
    </message>
    <message>
        <source>Segment “%1” saved.</source>
        <translation>“%1” segmenti kaydedildi.</translation>
    </message>
    <message>
        <source>The rule of “%1” no longer reads: %2</source>
        <translation>“%1” kuralı artık okunamıyor: %2</translation>
    </message>
    <message>
        <source>The segment “%1” cannot be counted: %2</source>
        <translation>“%1” segmenti sayılamıyor: %2</translation>
    </message>
    <message>
        <source>Segment “%1”: %2</source>
        <translation>“%1” segmenti: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) match it now.</source>
        <translation>
            <numerusform>Şu anda %n kişi uyuyor.</numerusform>
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
        <translation>  segments create AD --rule KURAL    # örn. --rule &apos;country = ES and not opened &quot;March newsletter&quot;&apos;
  segments edit AD [--rule KURAL] [--name YENİ]
  segments list
  segments show AD [--limit N]       # kural, sayı ve uyan ilk kişiler
  segments count AD
  segments delete AD
  segments export AD DOSYA [--delimiter K] [--bom]   # şu anda uyan kişiler: CSV ya da .xlsx
Kural dili README&apos;de ve kılavuzda (Gruplar) anlatılır.</translation>
    </message>
    <message>
        <source>Use: campaignctl segments create|edit|list|show|count|delete|export …</source>
        <translation>Kullanım: campaignctl segments create|edit|list|show|count|delete|export …</translation>
    </message>
    <message>
        <source>automated series: welcome and follow-up messages that run by themselves</source>
        <translation>otomatik seriler: kendiliğinden giden karşılama ve takip mesajları</translation>
    </message>
    <message>
        <source>  run-due                             # sends what is due (scheduled, paused by its window, series steps)</source>
        <translation>  run-due                             # zamanı gelenleri gönderir (zamanlanmış, gönderim aralığıyla duraklatılmış, seri adımları)</translation>
    </message>
    <message>
        <source>  series create NAME --file FILE      # the entry and the steps, in the format the README describes
  series edit NAME --file FILE        # says whom the change affects, then saves it
  series list
  series show NAME [--contact EMAIL_OR_PHONE] [--as-file]   # the steps and their reports; a contact&apos;s timeline
  series start|pause|resume|stop|delete NAME
campaignctl run-due sends the series&apos; due steps along with the campaigns.</source>
        <translation>  series create NAME --file FILE      # giriş ve adımlar, README&apos;de anlatılan biçimde
  series edit NAME --file FILE        # değişikliğin kimi etkilediğini söyler, sonra kaydeder
  series list
  series show NAME [--contact EMAIL_OR_PHONE] [--as-file]   # adımlar ve raporları; bir kişinin zaman çizelgesi
  series start|pause|resume|stop|delete NAME
campaignctl run-due, kampanyalarla birlikte serilerin zamanı gelen adımlarını da gönderir.</translation>
    </message>
    <message>
        <source>Use: campaignctl series create|edit|list|show|start|pause|resume|stop|delete …</source>
        <translation>Kullanım: campaignctl series create|edit|list|show|start|pause|resume|stop|delete …</translation>
    </message>
    <message>
        <source>Give the series&apos; file: --file welcome.series (its format is in the README).</source>
        <translation>Serinin dosyasını verin: --file welcome.series (biçimi README&apos;de).</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>“%1” okunamıyor: %2</translation>
    </message>
    <message>
        <source>No series yet. Write one in a file and run campaignctl series create NAME --file FILE.</source>
        <translation>Henüz seri yok. Bir dosyaya yazın ve campaignctl series create NAME --file FILE çalıştırın.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Giriş</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Adımlar</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Bekleyen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Tamamlayan</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Ayrılan</translation>
    </message>
    <message>
        <source>There is already a series named “%1”; choose another name, or edit it.</source>
        <translation>“%1” adlı bir seri zaten var; başka bir ad seçin ya da onu düzenleyin.</translation>
    </message>
    <message numerus="yes">
        <source>Series “%1” created with %n step(s). Start it with campaignctl series start.</source>
        <translation>
            <numerusform>“%1” serisi %n adımla oluşturuldu. campaignctl series start ile başlatın.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no series named “%1”. See campaignctl series list.</source>
        <translation>“%1” adlı bir seri yok. campaignctl series list&apos;e bakın.</translation>
    </message>
    <message>
        <source>Series “%1” saved.</source>
        <translation>“%1” serisi kaydedildi.</translation>
    </message>
    <message>
        <source>Series “%1” started.</source>
        <translation>“%1” serisi başlatıldı.</translation>
    </message>
    <message>
        <source>Series “%1” paused: nothing is sent until it resumes.</source>
        <translation>“%1” serisi duraklatıldı: devam edene kadar hiçbir şey gönderilmez.</translation>
    </message>
    <message>
        <source>Series “%1” resumed.</source>
        <translation>“%1” serisi devam ediyor.</translation>
    </message>
    <message>
        <source>Series “%1” stopped.</source>
        <translation>“%1” serisi durduruldu.</translation>
    </message>
    <message>
        <source>Series “%1” deleted.</source>
        <translation>“%1” serisi silindi.</translation>
    </message>
    <message>
        <source>“%1” is not in the series “%2”.</source>
        <translation>“%1”, “%2” serisinde değil.</translation>
    </message>
    <message>
        <source>%1 entered “%2” on %3.</source>
        <translation>%1, “%2” serisine %3 tarihinde girdi.</translation>
    </message>
    <message>
        <source>sent (%1%2%3)</source>
        <translation>gönderildi (%1%2%3)</translation>
    </message>
    <message>
        <source>being sent</source>
        <translation>gönderiliyor</translation>
    </message>
    <message>
        <source>, opened</source>
        <translation>, açıldı</translation>
    </message>
    <message>
        <source>, clicked</source>
        <translation>, tıklandı</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>atlandı: %1</translation>
    </message>
    <message>
        <source>left the series: %1</source>
        <translation>seriden ayrıldı: %1</translation>
    </message>
    <message>
        <source>waits for %1, due %2</source>
        <translation>%1 adımını bekliyor, zamanı %2</translation>
    </message>
    <message>
        <source>finished the series</source>
        <translation>seriyi tamamladı</translation>
    </message>
    <message>
        <source>left: %1</source>
        <translation>ayrıldı: %1</translation>
    </message>
    <message>
        <source>Series “%1” (%2), entry: %3</source>
        <translation>“%1” serisi (%2), giriş: %3</translation>
    </message>
    <message>
        <source>%1 waiting, %2 finished, %3 left.</source>
        <translation>%1 bekleyen, %2 tamamlayan, %3 ayrılan.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Adım</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Şablon</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Ne zaman</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gönderilen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Atlanan</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Teslim edilen</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Açılan</translation>
    </message>
    <message>
        <source>Clicked</source>
        <translation>Tıklanan</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n message(s) may or may not have been sent; see campaignctl campaigns reconcile|resolve &quot;%1&quot;.</source>
        <translation>
            <numerusform>“%1”: %n mesaj gönderilmiş de olabilir, gönderilmemiş de; bkz. campaignctl campaigns reconcile|resolve &quot;%1&quot;.</numerusform>
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
  campaigns create AD --account HESAP (--group GRUP | --segment SEGMENT)… --template ŞABLON
                   [--sender KİMLİK] [--exclude-group GRUP]… [--exclude-segment SEGMENT]…
                   [--at &quot;YYYY-AA-GG SS:DD&quot; [--tz DİLİM]] [--window SS:DD-SS:DD]
                   [--option ANAHTAR=DEĞER]… [--in-app]  # sağlayıcının kanala özgü seçenekleri, örn. tags=spring
                   [--variant &apos;ANAHTAR=DEĞER;…&apos;]…  # A/B testi: B, C, D varyantları kampanyadan (A)
                                               # şablon, konu, gönderen ya da hesapla farklılaşır
                   [--test-share YÜZDE] [--winner-by delivery|open|click|cost_delivered|cost_click]
                   [--wait SÜRE]       # her varyant kitlenin YÜZDE&apos;sine (10), kazanan 4 saat sonra kalanlara
                   [--local-time SS:DD [--if-passed tomorrow|now]]  # her alıcının kendi saatinde
                   # kanal şablonun kanalıdır: SMS, e-posta, arama (voice) ya da WhatsApp
  campaigns schedule AD --at &quot;YYYY-AA-GG SS:DD&quot; [--tz DİLİM]  # ya da --now: yeniden taslak
                   [--in-app]        # zamanlanmış gönderimleri tutan bir sağlayıcıya verilmez
  campaigns check AD                  # gönderim öncesi denetim: alıcılar, parçalar, maliyet, eksik alanlar
  campaigns send AD [--test-to ADRES_YA_DA_TELEFON]…  # yarım kalan gönderimi sürdürür; asla iki kez göndermez
                   # A/B testiyle: varyantları; bekleme bitince kazanan kalanlara gider
  campaigns winner AD [--pick VARYANT]  # A/B testinin durumu ya da elle seçilen kazanan
  campaigns status AD
  campaigns retry AD                  # başarısız alıcılara yeniden gönderir
  campaigns reconcile AD              # bilinmeyen alıcılardan hangilerinin sağlayıcıda olduğunu sorar
  campaigns resolve AD --as sent|failed  # bilinmeyen alıcılara ne olduğu
  campaigns cancel AD
  campaigns clone AD YENİ_AD</translation>
    </message>
    <message>
        <source>Use: campaignctl campaigns list|create|check|schedule|send|status|retry|reconcile|resolve|cancel|clone|winner …</source>
        <translation>Kullanım: campaignctl campaigns list|create|check|schedule|send|status|retry|reconcile|resolve|cancel|clone|winner …</translation>
    </message>
    <message>
        <source>--local-time takes the time of day each recipient gets it, such as 09:30.</source>
        <translation>--local-time her alıcının onu alacağı günün saatini alır, örneğin 09:30.</translation>
    </message>
    <message>
        <source>--if-passed takes tomorrow or now: when a zone&apos;s local time has passed on the day of the send.</source>
        <translation>--if-passed tomorrow ya da now alır: gönderim günü bir dilimin yerel saati geçmişse.</translation>
    </message>
    <message>
        <source>--test-share, --winner-by and --wait belong to an A/B test: add its variants with --variant.</source>
        <translation>--test-share, --winner-by ve --wait bir A/B testine aittir: varyantlarını --variant ile ekleyin.</translation>
    </message>
    <message>
        <source>--variant takes KEY=VALUE pairs separated by &apos;;&apos; (template, subject, sender, account), not “%1”.</source>
        <translation>--variant &apos;;&apos; ile ayrılmış ANAHTAR=DEĞER çiftleri alır (template, subject, sender, account), “%1” değil.</translation>
    </message>
    <message>
        <source>A variant differs in template, subject, sender or account, not “%1”.</source>
        <translation>Bir varyant şablon, konu, gönderen ya da hesapla farklılaşır, “%1” ile değil.</translation>
    </message>
    <message>
        <source>--test-share takes a percentage of the audience for each variant, such as 10.</source>
        <translation>--test-share her varyant için kitlenin bir yüzdesini alır, örneğin 10.</translation>
    </message>
    <message>
        <source>--winner-by takes delivery, open, click, cost_delivered or cost_click, not “%1”.</source>
        <translation>--winner-by delivery, open, click, cost_delivered ya da cost_click alır, “%1” değil.</translation>
    </message>
    <message>
        <source>--wait takes how long to wait for the winner, such as 4h, 90m or 1d (30 days at most).</source>
        <translation>--wait kazanan için ne kadar bekleneceğini alır, örneğin 4h, 90m ya da 1d (en çok 30 gün).</translation>
    </message>
    <message>
        <source>“%1” has no A/B test.</source>
        <translation>“%1” için A/B testi yok.</translation>
    </message>
    <message>
        <source>VARIANT</source>
        <translation>VARYANT</translation>
    </message>
    <message>
        <source>TEMPLATE</source>
        <translation>ŞABLON</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>KONU</translation>
    </message>
    <message>
        <source>SENDER</source>
        <translation>GÖNDEREN</translation>
    </message>
    <message>
        <source>COUNTED</source>
        <translation>SAYILAN</translation>
    </message>
    <message>
        <source>  reports show NAME [--refresh] [--variants]  # --variants: an A/B test&apos;s variants side by side
  reports export NAME FILE [--delimiter C] [--bom]   # per recipient: state, events, clicked links
  reports retarget NAME --who clicked|opened|failed|… --group NEW_GROUP
  reports compare NAME [NAME…]        # delivery, open, click, bounce, unsubscribe rates and cost</source>
        <translation>  reports show AD [--refresh] [--variants]  # --variants: bir A/B testinin varyantları yan yana
  reports export AD DOSYA [--delimiter K] [--bom]   # alıcı başına: durum, olaylar, tıklanan bağlantılar
  reports retarget AD --who clicked|opened|failed|… --group YENİ_GRUP
  reports compare AD [AD…]            # teslim, açılma, tıklama, geri dönme, abonelikten çıkma oranları ve maliyet</translation>
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
  templates add AD --channel sms|email|voice|whatsapp [--subject METİN] (--body METİN | --body-file DOSYA)
                [--text-file DOSYA] [--transactional]
  templates add AD --language KOD [--subject METİN] (--body METİN | --body-file DOSYA) [--text-file DOSYA]
                # language alanı KOD olan kişiler için şablonun sürümü (es ya da es-MX)
  templates render AD --contact E-POSTA_YA_DA_TELEFON [--group AD]
  templates delete AD [--language KOD]  # şablon ya da yalnızca o dilin sürümü
  templates push AD --account HESAP       # bir e-posta şablonunu sağlayıcının şablonlarına
  templates pull --account HESAP          # sağlayıcının şablonlarını buraya, e-posta şablonu olarak</translation>
    </message>
    <message>
        <source>“%1” has no “%2” version.</source>
        <translation>“%1” şablonunun “%2” sürümü yok.</translation>
    </message>
    <message>
        <source>The “%1” version of “%2” deleted.</source>
        <translation>“%2” şablonunun “%1” sürümü silindi.</translation>
    </message>
    <message>
        <source>--language takes a language code such as es, tr or pt-BR, as the contacts&apos; language field holds it.</source>
        <translation>--language kişilerin language alanında olduğu gibi bir dil kodu alır, örneğin es, tr ya da pt-BR.</translation>
    </message>
    <message>
        <source>“%1” has a “%2” version: contacts whose language field is %2 get it.</source>
        <translation>“%1” şablonunun “%2” sürümü var: language alanı %2 olan kişiler onu alır.</translation>
    </message>
</context>
<context>
    <name>cm::ComparisonDialog</name>
    <message>
        <source>Compare campaigns</source>
        <translation>Kampanyaları karşılaştır</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampanya</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Hesap</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gönderilen</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Teslim</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Açılma</translation>
    </message>
    <message>
        <source>Click</source>
        <translation>Tıklama</translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation>Geri dönme</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Abonelikten çıkma</translation>
    </message>
    <message>
        <source>Cost per delivered</source>
        <translation>Teslim başına maliyet</translation>
    </message>
    <message>
        <source>Rates of the chosen campaigns</source>
        <translation>Seçilen kampanyaların oranları</translation>
    </message>
    <message>
        <source>not reported by %1</source>
        <translation>%1 bildirmiyor</translation>
    </message>
    <message>
        <source>Delivery and bounce are shares of what was sent; open, click and unsubscribe of what was delivered (unique people). From each campaign&apos;s latest report.</source>
        <translation>Teslim ve geri dönme gönderilenin payıdır; açılma, tıklama ve abonelikten çıkma teslim edilenin (tekil kişiler). Her kampanyanın son raporundan.</translation>
    </message>
</context>
<context>
    <name>cm::Composer</name>
    <message>
        <source>Unknown time zone “%1”; use a name such as Europe/Istanbul or America/New_York.</source>
        <translation>Bilinmeyen saat dilimi “%1”; Europe/Istanbul ya da America/New_York gibi bir ad kullanın.</translation>
    </message>
    <message>
        <source>Give the date and time as YYYY-MM-DD HH:MM.</source>
        <translation>Tarihi ve saati YYYY-AA-GG SS:DD biçiminde verin.</translation>
    </message>
    <message>
        <source>%1 %2 does not exist in %3 (the clocks skip it); choose another time.</source>
        <translation>%1 %2, %3 diliminde yok (saatler bu aralığı atlıyor); başka bir zaman seçin.</translation>
    </message>
    <message>
        <source>“%1” is not a date and time; write it as YYYY-MM-DD HH:MM, e.g. 2026-12-01 09:30.</source>
        <translation>“%1” bir tarih ve saat değil; YYYY-AA-GG SS:DD biçiminde yazın, örneğin 2026-12-01 09:30.</translation>
    </message>
    <message>
        <source>Choose when to send.</source>
        <translation>Ne zaman gönderileceğini seçin.</translation>
    </message>
    <message>
        <source>That time has passed; choose a time in the future, or send now.</source>
        <translation>Bu zaman geçti; ileri bir zaman seçin ya da şimdi gönderin.</translation>
    </message>
    <message>
        <source>A campaign needs a name.</source>
        <translation>Kampanyanın bir adı olmalı.</translation>
    </message>
    <message>
        <source>Choose a template; write one in Templates first if there is none.</source>
        <translation>Bir şablon seçin; yoksa önce Şablonlar bölümünde bir tane yazın.</translation>
    </message>
    <message>
        <source>Choose the account to send with; add one in Accounts if there is none.</source>
        <translation>Gönderimde kullanılacak hesabı seçin; yoksa Hesaplar bölümünde bir tane ekleyin.</translation>
    </message>
    <message>
        <source>%1 cannot send %2; choose an account whose provider can.</source>
        <translation>%1 %2 gönderemez; sağlayıcısı gönderebilen bir hesap seçin.</translation>
    </message>
    <message>
        <source>A group cannot be both sent to and left out; untick it on one side.</source>
        <translation>Bir grup hem alıcı hem hariç olamaz; işaretini bir taraftan kaldırın.</translation>
    </message>
    <message>
        <source>One of the chosen groups no longer exists; choose the groups again.</source>
        <translation>Seçilen gruplardan biri artık yok; grupları yeniden seçin.</translation>
    </message>
    <message>
        <source>The sending window must not start and end at the same time.</source>
        <translation>Gönderim aralığı aynı saatte başlayıp bitemez.</translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>Şablonun bir adı olmalı.</translation>
    </message>
    <message>
        <source>Write the text of the SMS.</source>
        <translation>SMS metnini yazın.</translation>
    </message>
    <message>
        <source>Write the body of the email.</source>
        <translation>E-postanın gövdesini yazın.</translation>
    </message>
    <message>
        <source>An email needs a subject.</source>
        <translation>E-postanın bir konusu olmalı.</translation>
    </message>
    <message>
        <source>A marketing email must let people unsubscribe: insert {{unsubscribe_url}} in the body, or mark the email as transactional.</source>
        <translation>Pazarlama e-postası abonelikten çıkmaya izin vermeli: gövdeye {{unsubscribe_url}} ekleyin ya da e-postayı işlemsel olarak işaretleyin.</translation>
    </message>
    <message>
        <source>“%1” is not an email address; the from address must be one, such as news@example.com.</source>
        <translation>“%1” bir e-posta adresi değil; gönderen adresi news@example.com gibi bir adres olmalı.</translation>
    </message>
    <message>
        <source>The sender “%1” is not a number and not a name of at most 11 letters, digits and spaces: networks cut or refuse it.</source>
        <translation>Gönderen “%1” ne bir numara ne de en fazla 11 harf, rakam ve boşluktan oluşan bir ad: operatörler onu keser ya da reddeder.</translation>
    </message>
    <message>
        <source>%1 sends one content to the whole list, so it cannot put each contact&apos;s %2 in: remove them or give each a default, such as {{first_name|default:&quot;there&quot;}}.</source>
        <translation>%1 listenin tamamına tek bir içerik gönderir, bu yüzden her kişinin %2 alanını koyamaz: bunları kaldırın ya da her birine bir varsayılan verin, örneğin {{first_name|default:&quot;there&quot;}}.</translation>
    </message>
    <message>
        <source>A campaign of the channel %1 cannot use the %2 template “%3”; choose one written for it.</source>
        <translation>%1 kanalındaki bir kampanya “%3” şablonunu (%2) kullanamaz; bu kanal için yazılmış bir şablon seçin.</translation>
    </message>
    <message>
        <source>Write the text the call reads.</source>
        <translation>Aramada okunacak metni yazın.</translation>
    </message>
    <message>
        <source>Write the template&apos;s variables, one a line.</source>
        <translation>Şablonun değişkenlerini her satıra bir tane olacak şekilde yazın.</translation>
    </message>
    <message>
        <source>%1 needs a sender for %2: give the campaign one (Edit…, or --sender).</source>
        <translation>%1, %2 için bir gönderen istiyor: kampanyaya bir gönderen verin (Düzenle… ya da --sender).</translation>
    </message>
    <message>
        <source>%1 has no unsubscribe page of its own: set the account&apos;s unsubscribe_url setting to the page {{unsubscribe_url}} should open (Accounts → Edit…).</source>
        <translation>%1 sağlayıcısının kendi abonelikten çıkma sayfası yok: hesabın unsubscribe_url ayarını {{unsubscribe_url}} bağlantısının açacağı sayfaya ayarlayın (Hesaplar → Düzenle…).</translation>
    </message>
    <message>
        <source>%1 sends one content to the whole list: %2 is empty for everyone, not each contact&apos;s own %3.</source>
        <translation>%1 listenin tamamına tek bir içerik gönderir: %2, her kişinin kendi %3 değeri yerine herkes için boş olur.</translation>
    </message>
    <message>
        <source>%1 sends one content to the whole list: %2 reads “%3” for everyone, not each contact&apos;s own %4.</source>
        <translation>%1 listenin tamamına tek bir içerik gönderir: %2, her kişinin kendi %4 değeri yerine herkes için “%3” olur.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 contacts need %2 parts because their details make the text longer.</source>
        <translation>
            <numerusform>%1 kişiden %n tanesi, bilgileri metni uzattığı için %2 parça gerektiriyor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 contacts need %2 parts because their details contain %3.</source>
        <translation>
            <numerusform>%1 kişiden %n tanesi, bilgilerinde %3 olduğu için %2 parça gerektiriyor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody in this group has a phone number.</source>
        <translation>Bu grupta kimsenin telefon numarası yok.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) with a phone number: %1 SMS parts in all.</source>
        <translation>
            <numerusform>Telefon numarası olan %n kişi: toplam %1 SMS parçası.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: about %2</source>
        <translation>%1: yaklaşık %2</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n karakter</numerusform>
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
            <numerusform>%n parça</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left in this part</source>
        <translation>
            <numerusform>Bu parçada %n kaldı</numerusform>
        </translation>
    </message>
    <message>
        <source>as sent to %1</source>
        <translation>%1 kişisine gönderildiği gibi</translation>
    </message>
    <message>
        <source>with fields at typical length</source>
        <translation>alanlar tipik uzunluklarında</translation>
    </message>
    <message>
        <source>The template itself is GSM-7; what is filled in for %1 makes it Unicode (%2).</source>
        <translation>Şablonun kendisi GSM-7; %1 için doldurulan bilgiler onu Unicode yapıyor (%2).</translation>
    </message>
    <message>
        <source>%1: no price per part set (add one under Prices when you edit the account)</source>
        <translation>%1: parça başına fiyat yok (hesabı düzenlerken Fiyatlar altında ekleyin)</translation>
    </message>
    <message>
        <source>%1 sends one content to the whole list, so it cannot choose a part of an {{#if …}} for each contact: remove the conditions, or send through an account that sends each recipient their own message.</source>
        <translation>%1 tüm listeye tek bir içerik gönderir, bu yüzden her kişi için bir {{#if …}} bölümünü seçemez: koşulları kaldırın ya da her alıcıya kendi mesajını gönderen bir hesapla gönderin.</translation>
    </message>
    <message>
        <source>with fields at typical length and the longest part of each {{#if …}}</source>
        <translation>alanlar tipik uzunlukta ve her {{#if …}} için en uzun bölümle</translation>
    </message>
    <message>
        <source>Choose at least one group or segment to send to.</source>
        <translation>Gönderilecek en az bir grup ya da segment seçin.</translation>
    </message>
    <message>
        <source>A segment cannot be both sent to and left out; untick it on one side.</source>
        <translation>Bir segmente hem gönderilip hem de dışarıda bırakılamaz; bir taraftaki işareti kaldırın.</translation>
    </message>
    <message>
        <source>One of the chosen segments no longer exists; choose the segments again.</source>
        <translation>Seçilen segmentlerden biri artık yok; segmentleri yeniden seçin.</translation>
    </message>
    <message>
        <source>The rule of the segment “%1” no longer reads: %2 Edit it in Groups.</source>
        <translation>“%1” segmentinin kuralı artık okunamıyor: %2 Gruplar&apos;da düzenleyin.</translation>
    </message>
    <message>
        <source>A marketing email must let everyone unsubscribe: put {{unsubscribe_url}} outside the {{#if …}}, or in each of its parts and its {{else}}.</source>
        <translation>Bir pazarlama e-postası herkesin abonelikten çıkmasına izin vermeli: {{unsubscribe_url}} bağlantısını {{#if …}} dışına ya da her bölümüne ve {{else}} kısmına koyun.</translation>
    </message>
    <message>
        <source>%1 in each recipient&apos;s time zone is outside the quiet hours (%2); choose a time between them.</source>
        <translation>Her alıcının saat diliminde %1 sessiz saatlerin (%2) dışında; bunların arasında bir saat seçin.</translation>
    </message>
    <message>
        <source>The language “%1” has two versions; keep one.</source>
        <translation>“%1” dilinin iki sürümü var; birini tutun.</translation>
    </message>
    <message>
        <source>In the “%1” version: %2</source>
        <translation>“%1” sürümünde: %2</translation>
    </message>
    <message>
        <source>%1 sends one content to the whole list, so it cannot give each contact their language&apos;s version: send through an account that sends each recipient their own message, or a template without language versions.</source>
        <translation>%1 tüm listeye tek içerik gönderir, bu yüzden her kişiye kendi dilinin sürümünü veremez: her alıcıya kendi iletisini gönderen bir hesapla ya da dil sürümleri olmayan bir şablonla gönderin.</translation>
    </message>
</context>
<context>
    <name>cm::ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation>Kişiyi düzenle</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Yeni kişi</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>ad@ornek.com</translation>
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
        <translation>İki harf, ISO 3166: TR, ES, PL…</translation>
    </message>
    <message>
        <source>A phone number written without a country code is read as this country&apos;s.</source>
        <translation>Ülke kodu olmadan yazılmış bir telefon numarası bu ülkenin numarası sayılır.</translation>
    </message>
    <message>
        <source>without a country code, read as</source>
        <translation>ülke kodu yoksa şu ülkeden sayılır:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-posta:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Soyad:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>Şe&amp;hir:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>Ü&amp;lke:</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>Özel alan</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Değer</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Özel alanlar</translation>
    </message>
    <message>
        <source>&amp;Add field</source>
        <translation>Alan &amp;ekle</translation>
    </message>
    <message>
        <source>&amp;Remove field</source>
        <translation>Alanı &amp;kaldır</translation>
    </message>
    <message>
        <source>Custom fields (used in templates as {{name}}):</source>
        <translation>Özel alanlar (şablonlarda {{ad}} olarak kullanılır):</translation>
    </message>
</context>
<context>
    <name>cm::ContactImportService</name>
    <message>
        <source>“%1” cannot be read: %2.</source>
        <translation>“%1” okunamıyor: %2.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>Import cancelled; the group was left as it was.</source>
        <translation>İçe aktarma iptal edildi; grup olduğu gibi bırakıldı.</translation>
    </message>
    <message>
        <source>Line %1: no email address and no phone number.</source>
        <translation>Satır %1: e-posta adresi de telefon numarası da yok.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not an email address.</source>
        <translation>Satır %1: “%2” bir e-posta adresi değil.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a valid phone number (numbers without a country code are read as %3).</source>
        <translation>Satır %1: “%2” geçerli bir telefon numarası değil (ülke kodu olmayan numaralar %3 numarası olarak okunur).</translation>
    </message>
    <message>
        <source>Importing “%1”</source>
        <translation>“%1” içe aktarılıyor</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 skipped, %4 invalid.</source>
        <translation>%1 yeni, %2 güncellendi, %3 atlandı, %4 geçersiz.</translation>
    </message>
    <message>
        <source>Import %1 undone: what it added is gone, what it changed is as it was.</source>
        <translation>İçe aktarma %1 geri alındı: eklenenler silindi, değiştirilenler eski hâline döndü.</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2.</source>
        <translation>“%1” yazılamıyor: %2.</translation>
    </message>
    <message>
        <source>The encoding “%1” is not one this computer can write. Choose another.</source>
        <translation>“%1” kodlaması bu bilgisayarda yazılamıyor. Başka bir kodlama seçin.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Dışa aktarma iptal edildi; dosya yazılmadı.</translation>
    </message>
    <message>
        <source>A contact cannot be written in %1 (its text has characters that encoding lacks). Choose UTF-8.</source>
        <translation>Bir kişi %1 ile yazılamıyor (metninde bu kodlamada olmayan karakterler var). UTF-8 seçin.</translation>
    </message>
    <message>
        <source>Exporting to “%1”</source>
        <translation>“%1” dosyasına aktarılıyor</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) written to “%1”.</source>
        <translation>
            <numerusform>%n kişi “%1” dosyasına yazıldı.</numerusform>
        </translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Sütun %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Dosya boş.</translation>
    </message>
    <message>
        <source>A contact needs an email address or a phone number.</source>
        <translation>Bir kişinin e-posta adresi ya da telefon numarası olmalı.</translation>
    </message>
    <message>
        <source>“%1” is not an email address. Write it as name@example.com.</source>
        <translation>“%1” bir e-posta adresi değil. ad@ornek.com biçiminde yazın.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number of %2. Write it with its country code, such as +90 532 123 45 67.</source>
        <translation>“%1”, %2 için bir telefon numarası değil. Ülke koduyla yazın, örneğin +90 532 123 45 67.</translation>
    </message>
    <message>
        <source>any country</source>
        <translation>herhangi bir ülke</translation>
    </message>
    <message>
        <source>Importing the suppression list “%1”</source>
        <translation>Engelleme listesi “%1” içe aktarılıyor</translation>
    </message>
    <message>
        <source>Exporting the suppression list to “%1”</source>
        <translation>Engelleme listesi “%1” dosyasına aktarılıyor</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) written to “%1”.</source>
        <translation>
            <numerusform>%n adres “%1” dosyasına yazıldı.</numerusform>
        </translation>
    </message>
    <message>
        <source>rows</source>
        <translation>satır</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>kişi</translation>
    </message>
    <message>
        <source>line</source>
        <translation>satır</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>neden</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>içe aktarılan</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>güncellenen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>atlanan</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>geçersiz</translation>
    </message>
    <message>
        <source>with a warning</source>
        <translation>uyarıyla</translation>
    </message>
    <message>
        <source>The email address was not one either: the line has no usable address.</source>
        <translation>E-posta adresi de geçerli değil: satırda kullanılabilir bir adres yok.</translation>
    </message>
    <message>
        <source>%1 Imported by the email address; the number is kept as written in the field %2.</source>
        <translation>%1 E-posta adresiyle içe aktarıldı; numara yazıldığı gibi %2 alanında tutuldu.</translation>
    </message>
    <message>
        <source>%1 Imported by the phone number; the address is kept as written in the field %2.</source>
        <translation>%1 Telefon numarasıyla içe aktarıldı; adres yazıldığı gibi %2 alanında tutuldu.</translation>
    </message>
    <message>
        <source>Line %1: another contact of the group has the phone number %2 (a shared line?); this one is imported by the email address, the number kept in the field %3.</source>
        <translation>Satır %1: gruptaki başka bir kişinin telefon numarası da %2 (ortak bir hat mı?); bu kişi e-posta adresiyle içe aktarıldı, numara %3 alanında tutuldu.</translation>
    </message>
    <message>
        <source>Line %1: in the group already (the same email address or phone number); skipped. Import with duplicates updated to change it.</source>
        <translation>Satır %1: grupta zaten var (aynı e-posta adresi veya telefon numarası); atlandı. Değiştirmek için yinelenenleri güncelleyerek içe aktarın.</translation>
    </message>
    <message>
        <source>Line %1: not updated: its phone number %2 is another contact&apos;s.</source>
        <translation>Satır %1: güncellenmedi: telefon numarası %2 başka bir kişiye ait.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kişiler</translation>
    </message>
    <message>
        <source>combined with an earlier line</source>
        <translation>önceki bir satırla birleştirilen</translation>
    </message>
    <message>
        <source>Line %1 is a title (“%2”), not the names of the columns; skipped.</source>
        <translation>%1. satır bir başlık (“%2”), sütun adları değil; atlandı.</translation>
    </message>
    <message numerus="yes">
        <source>No column holds email addresses or phone numbers, by its name or by its first %n row(s). Name one with --map COLUMN=email or COLUMN=phone (columns: %1).</source>
        <translation>
            <numerusform>Ne adına ne de ilk %n satırına göre e-posta adresi ya da telefon numarası içeren bir sütun var. --map SÜTUN=email ya da SÜTUN=phone ile birini belirtin (sütunlar: %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: the same person as line %2, whom the group has already; skipped.</source>
        <translation>Satır %1: %2. satırdaki kişiyle aynı, grupta zaten var; atlandı.</translation>
    </message>
    <message>
        <source>Line %1: the same person as line %2; combined into one contact, the values of line %1 winning.</source>
        <translation>Satır %1: %2. satırdaki kişiyle aynı; tek bir kişide birleştirildi, %1. satırın değerleri geçerli.</translation>
    </message>
    <message numerus="yes">
        <source>The file mixes encodings: %n line(s) (%1) are in %2, the rest in %3. Each line was read in its own encoding; check the names of those lines.</source>
        <translation>
            <numerusform>Dosyada kodlamalar karışık: %n satır (%1) %2, geri kalanı %3 kodlamasında. Her satır kendi kodlamasıyla okundu; bu satırlardaki adları denetleyin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) combined with an earlier line of the same person.</source>
        <translation>
            <numerusform>%n satır aynı kişinin önceki bir satırıyla birleştirildi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a country we know (write an ISO code such as TR, or its name); kept as written, and its phone number read as %3&apos;s.</source>
        <translation>Satır %1: “%2” bilinen bir ülke değil (TR gibi bir ISO kodu ya da ülkenin adını yazın); yazıldığı gibi tutuldu, telefon numarası %3 numarası olarak okundu.</translation>
    </message>
    <message>
        <source>Line %1: %2 fields, but the header has %3; the values past it are kept in the fields column_%4 and after.</source>
        <translation>Satır %1: %2 alan var, ancak başlıkta %3 sütun var; fazladan değerler column_%4 ve sonraki alanlarda tutuldu.</translation>
    </message>
</context>
<context>
    <name>cm::ContactModel</name>
    <message>
        <source>Email</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Soyad</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Şehir</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ülke</translation>
    </message>
    <message>
        <source>The contacts cannot be read: %1</source>
        <translation>Kişiler okunamıyor: %1</translation>
    </message>
</context>
<context>
    <name>cm::ContactsPanel</name>
    <message>
        <source>This group has no contacts yet. Import a CSV or Excel file, add contacts one by one, or pull them from an account that keeps groups.</source>
        <translation>Bu grupta henüz kişi yok. Bir CSV ya da Excel dosyası içe aktarın, kişileri tek tek ekleyin ya da grup tutan bir hesaptan çekin.</translation>
    </message>
</context>
<context>
    <name>cm::ConversationService</name>
    <message>
        <source>Reading the WhatsApp conversations</source>
        <translation>WhatsApp konuşmaları okunuyor</translation>
    </message>
    <message>
        <source>Reading the WhatsApp conversation with %1</source>
        <translation>%1 ile WhatsApp konuşması okunuyor</translation>
    </message>
    <message>
        <source>Answering %1 on WhatsApp</source>
        <translation>%1 kişisine WhatsApp&apos;ta yanıt veriliyor</translation>
    </message>
    <message>
        <source>Write the answer first.</source>
        <translation>Önce yanıtı yazın.</translation>
    </message>
    <message>
        <source>That account no longer exists.</source>
        <translation>Bu hesap artık yok.</translation>
    </message>
    <message>
        <source>“%1” has no WhatsApp conversations; choose an account of %2.</source>
        <translation>“%1” hesabında WhatsApp konuşması yok; bir %2 hesabı seçin.</translation>
    </message>
</context>
<context>
    <name>cm::ConversationsDialog</name>
    <message>
        <source>Send answer</source>
        <translation>Yanıtı gönder</translation>
    </message>
    <message>
        <source>WhatsApp conversations of “%1”</source>
        <translation>“%1” hesabının WhatsApp konuşmaları</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kişi</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numara</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Oturum</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Son mesaj</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Konuşmalar</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mesajlar</translation>
    </message>
    <message>
        <source>Answer…</source>
        <translation>Yanıt…</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Yanıt</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Yenile</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Açık</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Kapalı</translation>
    </message>
    <message>
        <source>No conversations yet: they start when a WhatsApp template is sent (a campaign with Delivery: WhatsApp template) or someone writes to your number.</source>
        <translation>Henüz konuşma yok: bir WhatsApp şablonu gönderildiğinde (Teslimat: WhatsApp şablonu olan bir kampanya) ya da biri numaranıza yazdığında başlar.</translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>Alındı: %1</translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation>Okundu: %1</translation>
    </message>
    <message>
        <source>Failed %1</source>
        <translation>Başarısız: %1</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Gönderildi: %1</translation>
    </message>
    <message>
        <source>Choose a conversation.</source>
        <translation>Bir konuşma seçin.</translation>
    </message>
    <message>
        <source>The session is open until %1: you can answer in your own words.</source>
        <translation>Oturum %1 tarihine kadar açık: kendi sözlerinizle yanıt verebilirsiniz.</translation>
    </message>
    <message>
        <source>The session is closed (the last message from %1 is over 24 hours old): only an approved template can be sent, as a campaign with Delivery: WhatsApp template.</source>
        <translation>Oturum kapalı (%1 tarafından gelen son mesaj 24 saatten eski): yalnızca onaylı bir şablon, Teslimat: WhatsApp şablonu olan bir kampanyayla gönderilebilir.</translation>
    </message>
</context>
<context>
    <name>cm::CsvReader</name>
    <message>
        <source>The file is empty.</source>
        <translation>Dosya boş.</translation>
    </message>
    <message>
        <source>This is not a text file (it contains binary data). Export the sheet as CSV and try again.</source>
        <translation>Bu bir metin dosyası değil (ikili veri içeriyor). Tabloyu CSV olarak dışa aktarıp yeniden deneyin.</translation>
    </message>
    <message>
        <source>The encoding “%1” is not one this computer can read. Choose another.</source>
        <translation>“%1” kodlaması bu bilgisayarda okunamıyor. Başka bir kodlama seçin.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field never ends (a &quot; is missing).</source>
        <translation>Satır %1: tırnak içindeki bir alan hiç bitmiyor (bir &quot; eksik).</translation>
    </message>
    <message numerus="yes">
        <source>Line %1: a field is longer than %n character(s).</source>
        <translation>
            <numerusform>Satır %1: bir alan %n karakterden uzun.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: contains a NUL character; the file may be damaged.</source>
        <translation>Satır %1: bir NUL karakteri içeriyor; dosya bozuk olabilir.</translation>
    </message>
    <message>
        <source>Line %1: contains bytes that are not valid %2. Choose the file&apos;s encoding.</source>
        <translation>Satır %1: geçerli %2 olmayan baytlar içeriyor. Dosyanın kodlamasını seçin.</translation>
    </message>
    <message>
        <source>The file could not be read again after checking its encoding (%1). Try again, or choose the encoding.</source>
        <translation>Kodlaması denetlendikten sonra dosya yeniden okunamadı (%1). Yeniden deneyin ya da kodlamayı seçin.</translation>
    </message>
    <message>
        <source>Some lines of the file are in the encoding “%1”, which is not one this computer can read. Save the file as UTF-8 and try again.</source>
        <translation>Dosyanın bazı satırları bu bilgisayarın okuyamadığı “%1” kodlamasında. Dosyayı UTF-8 olarak kaydedip yeniden deneyin.</translation>
    </message>
    <message>
        <source>Line %1: a stray &quot; at the start of field %2 was removed and the field read to the next delimiter; check the value.</source>
        <translation>Satır %1: %2. alanın başındaki fazladan &quot; kaldırıldı ve alan bir sonraki ayırıcıya kadar okundu; değeri denetleyin.</translation>
    </message>
</context>
<context>
    <name>cm::Database</name>
    <message>
        <source>“%1” is not a file. Choose a workspace file, or a new file name to start a workspace.</source>
        <translation>“%1” bir dosya değil. Bir çalışma alanı dosyası ya da yeni bir çalışma alanı için yeni bir dosya adı seçin.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2. Check the file&apos;s permissions.</source>
        <translation>“%1” okunamıyor: %2. Dosyanın izinlerini denetleyin.</translation>
    </message>
    <message>
        <source>“%1” is not a Campaign Manager workspace (it is not an SQLite database). It was not changed. Choose another file, or a new file name to start a workspace.</source>
        <translation>“%1” bir Campaign Manager çalışma alanı değil (SQLite veritabanı değil). Dosya değiştirilmedi. Başka bir dosya ya da yeni bir çalışma alanı için yeni bir dosya adı seçin.</translation>
    </message>
    <message>
        <source>“%1” is read-only. Make it writable, or copy it to a folder you can write to and open the copy.</source>
        <translation>“%1” salt okunur. Yazılabilir yapın ya da yazabildiğiniz bir klasöre kopyalayıp kopyayı açın.</translation>
    </message>
    <message>
        <source>Cannot create the workspace “%1”: the folder “%2” is missing or read-only. Choose a folder you can write to.</source>
        <translation>“%1” çalışma alanı oluşturulamıyor: “%2” klasörü yok ya da salt okunur. Yazabildiğiniz bir klasör seçin.</translation>
    </message>
    <message>
        <source>Cannot create the workspace “%1”: %2.</source>
        <translation>“%1” çalışma alanı oluşturulamıyor: %2.</translation>
    </message>
    <message>
        <source>open the workspace</source>
        <translation>çalışma alanının açılması</translation>
    </message>
    <message>
        <source>“%1” is a database of another application, not a Campaign Manager workspace. It was not changed. Choose a workspace file, or a new file name to start a workspace.</source>
        <translation>“%1” başka bir uygulamanın veritabanı, bir Campaign Manager çalışma alanı değil. Dosya değiştirilmedi. Bir çalışma alanı dosyası ya da yeni bir çalışma alanı için yeni bir dosya adı seçin.</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer Campaign Manager (workspace version %2; this version reads up to %3). It was not changed. Update Campaign Manager to open it.</source>
        <translation>“%1” daha yeni bir Campaign Manager ile kaydedilmiş (çalışma alanı sürümü %2; bu sürüm en fazla %3 okuyabilir). Dosya değiştirilmedi. Açmak için Campaign Manager&apos;ı güncelleyin.</translation>
    </message>
    <message>
        <source>The SQLite driver of this Qt build cannot be used.</source>
        <translation>Bu Qt yapısının SQLite sürücüsü kullanılamıyor.</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>%1 numaralı geçiş bu yapıda yok.</translation>
    </message>
    <message>
        <source>upgrade the workspace to version %1</source>
        <translation>çalışma alanının %1 sürümüne yükseltilmesi</translation>
    </message>
    <message>
        <source>The disk is full: could not %1 in “%2”. Free some disk space and try again; nothing was changed.</source>
        <translation>Disk dolu: “%2” içinde %1 başarısız oldu. Diskte yer açıp yeniden deneyin; hiçbir şey değiştirilmedi.</translation>
    </message>
    <message>
        <source>Could not %1: “%2” is read-only. Make it writable, or copy it to a folder you can write to.</source>
        <translation>%1 başarısız oldu: “%2” salt okunur. Yazılabilir yapın ya da yazabildiğiniz bir klasöre kopyalayın.</translation>
    </message>
    <message>
        <source>“%1” is damaged (%2). It was not changed. Restore the workspace from a backup.</source>
        <translation>“%1” bozuk (%2). Dosya değiştirilmedi. Çalışma alanını bir yedekten geri yükleyin.</translation>
    </message>
    <message>
        <source>“%1” is not a Campaign Manager workspace (%2). It was not changed. Choose another file, or a new file name to start a workspace.</source>
        <translation>“%1” bir Campaign Manager çalışma alanı değil (%2). Dosya değiştirilmedi. Başka bir dosya ya da yeni bir çalışma alanı için yeni bir dosya adı seçin.</translation>
    </message>
    <message>
        <source>Could not %1: “%2” is locked by another program. Close it and try again.</source>
        <translation>%1 başarısız oldu: “%2” başka bir program tarafından kilitli. O programı kapatıp yeniden deneyin.</translation>
    </message>
    <message>
        <source>Could not %1: “%2” cannot be read or written (%3). Check the disk and the file&apos;s permissions.</source>
        <translation>%1 başarısız oldu: “%2” okunamıyor ya da yazılamıyor (%3). Diski ve dosyanın izinlerini denetleyin.</translation>
    </message>
    <message>
        <source>Could not %1 in “%2”: %3.</source>
        <translation>“%2” içinde %1 başarısız oldu: %3.</translation>
    </message>
    <message>
        <source>The workspace “%1” cannot be read.</source>
        <translation>“%1” çalışma alanı okunamıyor.</translation>
    </message>
    <message>
        <source>a row of %1 (%2) refers to a missing row of %3</source>
        <translation>%1 tablosundaki bir satır (%2), %3 tablosunda olmayan bir satıra başvuruyor</translation>
    </message>
    <message>
        <source>“%1” was upgraded by a newer Campaign Manager while this one opened it (workspace version %2; this version reads up to %3). Update Campaign Manager to open it.</source>
        <translation>“%1” bu sürüm açarken daha yeni bir Campaign Manager tarafından yükseltildi (çalışma alanı sürümü %2; bu sürüm en fazla %3 okuyabilir). Açmak için Campaign Manager&apos;ı güncelleyin.</translation>
    </message>
</context>
<context>
    <name>cm::DemoWorkspace</name>
    <message>
        <source>create the demo workspace</source>
        <translation>tanıtım çalışma alanının oluşturulması</translation>
    </message>
    <message>
        <source>Sandbox (demo)</source>
        <translation>Sandbox (tanıtım)</translation>
    </message>
    <message>
        <source>Newsletter subscribers</source>
        <translation>Bülten aboneleri</translation>
    </message>
    <message>
        <source>Everyone who signed up for the monthly newsletter.</source>
        <translation>Aylık bültene kaydolan herkes.</translation>
    </message>
    <message>
        <source>VIP customers İstanbul</source>
        <translation>VIP müşteriler İstanbul</translation>
    </message>
    <message>
        <source>Gold and Silver card holders of the İstanbul stores.</source>
        <translation>İstanbul mağazalarının Gold ve Silver kart sahipleri.</translation>
    </message>
    <message>
        <source>Spring promo Europe &amp; Africa</source>
        <translation>Bahar kampanyası Avrupa ve Afrika</translation>
    </message>
    <message>
        <source>Shoppers of the spring campaign in Spain, Poland, South Africa and the US.</source>
        <translation>İspanya, Polonya, Güney Afrika ve ABD&apos;deki bahar kampanyası alışverişçileri.</translation>
    </message>
    <message>
        <source>Weekend flash sale (SMS)</source>
        <translation>Hafta sonu fırsatı (SMS)</translation>
    </message>
    <message>
        <source>Appointment reminder (SMS)</source>
        <translation>Randevu hatırlatma (SMS)</translation>
    </message>
    <message>
        <source>Monthly newsletter</source>
        <translation>Aylık bülten</translation>
    </message>
    <message>
        <source>Welcome email</source>
        <translation>Hoş geldin e-postası</translation>
    </message>
    <message>
        <source>March newsletter</source>
        <translation>Mart bülteni</translation>
    </message>
    <message>
        <source>Weekend flash sale</source>
        <translation>Hafta sonu fırsatı</translation>
    </message>
    <message>
        <source>Welcome series</source>
        <translation>Hoş geldin serisi</translation>
    </message>
    <message>
        <source>New subscriber welcome</source>
        <translation>Yeni abone karşılama</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Hoş geldiniz</translation>
    </message>
    <message>
        <source>Nudge by SMS</source>
        <translation>SMS ile hatırlatma</translation>
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
        <translation>Kişi listeleri, gönderimler (deployment), saatlik, günlük, aylık ve yıllık istatistikler ve ret listesi olan bir SMS platformu. Belgeleri adres vermiyor: hesap ayarlarındaki yolları denetleyin. Mesaj başına durum ve bakiye yok.</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Temel URL</translation>
    </message>
    <message>
        <source>The address of the platform, such as https://sms.example.com (required: the provider documents none).</source>
        <translation>Platformun adresi, örneğin https://sms.example.com (gerekli: sağlayıcı bir adres belirtmiyor).</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Kullanıcı</translation>
    </message>
    <message>
        <source>Only for basic authentication; leave empty for a token.</source>
        <translation>Yalnızca temel kimlik doğrulama için; anahtar kullanıyorsanız boş bırakın.</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API anahtarı</translation>
    </message>
    <message>
        <source>The token the platform issued for your company.</source>
        <translation>Platformun şirketiniz için verdiği anahtar.</translation>
    </message>
    <message numerus="yes">
        <source>The token works; the first page has %n contact list(s).</source>
        <translation>
            <numerusform>Anahtar çalışıyor; ilk sayfada %n kişi listesi var.</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform counts sends in the statistics of the deployment linked to their campaign: give that campaign&apos;s number in the campaign&apos;s option, or for every campaign in the account&apos;s advanced settings, as {&quot;campaign_pk&quot;: 12}, before sending.</source>
        <translation>Platform gönderimleri, kampanyalarına bağlı dağıtımın istatistiklerinde sayar: göndermeden önce o kampanyanın numarasını kampanyanın seçeneğine ya da tüm kampanyalar için hesabın gelişmiş ayarlarına {&quot;campaign_pk&quot;: 12} biçiminde yazın.</translation>
    </message>
    <message>
        <source>Platform campaign</source>
        <translation>Platform kampanyası</translation>
    </message>
    <message>
        <source>The number of the platform&apos;s campaign to link these sends to (a deployment&apos;s linked campaign), such as 44; empty: the account&apos;s.</source>
        <translation>Bu gönderimlerin bağlanacağı platform kampanyasının numarası (bir dağıtımın bağlı kampanyası), örneğin 44; boş: hesabınki.</translation>
    </message>
    <message>
        <source>Opted out at the provider: not sent.</source>
        <translation>Sağlayıcıda izni geri almış: gönderilmedi.</translation>
    </message>
</context>
<context>
    <name>cm::DispatchRun</name>
    <message numerus="yes">
        <source>Sending paused after %n recipient(s); send again to continue.</source>
        <translation>
            <numerusform>Gönderim %n alıcıdan sonra duraklatıldı; sürdürmek için yeniden gönderin.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”: %2 accepted, %3 failed, %4 unknown.</source>
        <translation>“%1”: %2 kabul edildi, %3 başarısız, %4 bilinmiyor.</translation>
    </message>
    <message>
        <source>“%1” was cancelled; nothing more of it is sent.</source>
        <translation>“%1” iptal edildi; artık hiçbir parçası gönderilmez.</translation>
    </message>
    <message>
        <source>Outside the sending window: paused until %1 (%2), when it continues by itself.</source>
        <translation>Gönderim aralığının dışında: %1 (%2) saatine kadar duraklatıldı, o zaman kendiliğinden sürer.</translation>
    </message>
    <message>
        <source>“%1” is with %2, to be sent on %3: %4 accepted, %5 failed, %6 unknown.</source>
        <translation>“%1” %2 tarafında, %3 tarihinde gönderilecek: %4 kabul edildi, %5 başarısız, %6 bilinmiyor.</translation>
    </message>
    <message>
        <source>Stopped after this refusal; the recipients not tried yet are kept for the next send. %1</source>
        <translation>Bu retten sonra durduruldu; henüz denenmemiş alıcılar bir sonraki gönderim için tutuluyor. %1</translation>
    </message>
    <message>
        <source>%1 did not take “%2” to hold until its time, and nothing of it was sent. %3 It stays scheduled here: this app sends it on %4, while it is open or through campaignctl run-due.</source>
        <translation>%1, “%2” kampanyasını zamanına kadar bekletmek üzere almadı ve hiçbir parçası gönderilmedi. %3 Kampanya burada planlı kalıyor: bu uygulama onu %4 tarihinde, açıkken ya da campaignctl run-due ile gönderir.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has sent its %n message(s) of today: paused until %2, when it continues by itself.</source>
        <translation>
            <numerusform>“%1” bugünkü %n iletisini gönderdi: %2 saatine kadar duraklatıldı, sonra kendiliğinden sürer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The next recipients get it at their local time: it continues by itself at %1.</source>
        <translation>Sıradaki alıcılar onu yerel saatlerinde alır: %1 tarihinde kendiliğinden sürer.</translation>
    </message>
</context>
<context>
    <name>cm::DispatchStore</name>
    <message>
        <source>prepare the campaign&apos;s recipients</source>
        <translation>kampanyanın alıcılarını hazırlamak</translation>
    </message>
    <message>
        <source>record the interrupted send</source>
        <translation>yarım kalan gönderimi kaydetmek</translation>
    </message>
    <message>
        <source>The send was interrupted while this was with the provider; it may have been sent.</source>
        <translation>Gönderim, bu ileti sağlayıcıdayken kesildi; gönderilmiş olabilir.</translation>
    </message>
    <message>
        <source>record the batch being sent</source>
        <translation>gönderilen grubu kaydetmek</translation>
    </message>
    <message>
        <source>record what the provider accepted</source>
        <translation>sağlayıcının kabul ettiklerini kaydetmek</translation>
    </message>
    <message>
        <source>The provider&apos;s answer did not mention this recipient.</source>
        <translation>Sağlayıcının yanıtında bu alıcı geçmiyordu.</translation>
    </message>
    <message>
        <source>record the failed batch</source>
        <translation>başarısız grubu kaydetmek</translation>
    </message>
    <message>
        <source>retry the failed recipients</source>
        <translation>başarısız alıcıları yeniden denemek</translation>
    </message>
    <message>
        <source>record what happened to the unknown recipients</source>
        <translation>bilinmeyen alıcılara ne olduğunu kaydetmek</translation>
    </message>
    <message>
        <source>Confirmed as sent by the user.</source>
        <translation>Kullanıcı gönderildiğini onayladı.</translation>
    </message>
    <message>
        <source>Confirmed as not sent by the user; retry to send it.</source>
        <translation>Kullanıcı gönderilmediğini onayladı; göndermek için yeniden deneyin.</translation>
    </message>
    <message>
        <source>keep the campaign scheduled</source>
        <translation>kampanyayı zamanlanmış olarak tutmak</translation>
    </message>
    <message>
        <source>Some of this send may have gone out; it is kept as it is.</source>
        <translation>Bu gönderimin bir kısmı gitmiş olabilir; olduğu gibi bırakıldı.</translation>
    </message>
    <message>
        <source>Another send has taken this campaign over: %1.</source>
        <translation>Bu kampanyayı başka bir gönderim devraldı: %1.</translation>
    </message>
    <message>
        <source>The batch is not waiting to be sent, or this send&apos;s hold on the campaign expired.</source>
        <translation>Grup gönderilmeyi beklemiyor ya da bu gönderimin kampanya üzerindeki sahipliğinin süresi doldu.</translation>
    </message>
    <message>
        <source>record what the provider answered</source>
        <translation>sağlayıcının yanıtını kaydetmek</translation>
    </message>
    <message>
        <source>This send lost its hold on the campaign while the provider answered; %1 The answer was not recorded: the batch stays as that send recorded it.</source>
        <translation>Bu gönderim, sağlayıcı yanıt verirken kampanya üzerindeki sahipliğini yitirdi; %1 Yanıt kaydedilmedi: grup, o gönderimin kaydettiği gibi kalıyor.</translation>
    </message>
    <message>
        <source>it is sent by %1 now.</source>
        <translation>kampanyayı artık %1 gönderiyor.</translation>
    </message>
    <message>
        <source>another send took it over.</source>
        <translation>kampanyayı başka bir gönderim devraldı.</translation>
    </message>
    <message>
        <source>Another send has taken this campaign over.</source>
        <translation>Bu kampanyayı başka bir gönderim devraldı.</translation>
    </message>
    <message>
        <source>take the campaign for this send</source>
        <translation>kampanyayı bu gönderim için ayırmak</translation>
    </message>
    <message>
        <source>This campaign is being sent by %1; it was left alone.</source>
        <translation>Bu kampanya %1 tarafından gönderiliyor; ona dokunulmadı.</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>başka bir program</translation>
    </message>
    <message>
        <source>renew this send&apos;s hold on the campaign</source>
        <translation>bu gönderimin kampanya üzerindeki sahipliğini yenilemek</translation>
    </message>
    <message>
        <source>This send lost its hold on the campaign (it was not renewed in time, and another send took it over).</source>
        <translation>Bu gönderim kampanya üzerindeki sahipliğini yitirdi (zamanında yenilenmedi ve kampanyayı başka bir gönderim devraldı).</translation>
    </message>
    <message>
        <source>release the campaign after its send</source>
        <translation>gönderimden sonra kampanyayı bırakmak</translation>
    </message>
    <message>
        <source>This send lost its hold on the campaign before it began; send again.</source>
        <translation>Bu gönderim, başlamadan önce kampanya üzerindeki sahipliğini yitirdi; yeniden gönderin.</translation>
    </message>
    <message>
        <source>put off the recipients whose hours have passed</source>
        <translation>saatleri geçen alıcıları ertelemek</translation>
    </message>
</context>
<context>
    <name>cm::Dispatcher</name>
    <message>
        <source>Sending “%1”</source>
        <translation>“%1” gönderiliyor</translation>
    </message>
    <message>
        <source>recipients</source>
        <translation>alıcı</translation>
    </message>
    <message>
        <source>That campaign no longer exists.</source>
        <translation>Bu kampanya artık yok.</translation>
    </message>
    <message>
        <source>“%1” is %2; it is not sent again. Clone it to send it anew.</source>
        <translation>“%1” durumu: %2; yeniden gönderilmez. Yeniden göndermek için kopyasını oluşturun.</translation>
    </message>
    <message>
        <source>“%1” has no account to send with. Choose one.</source>
        <translation>“%1” için gönderecek bir hesap yok. Bir hesap seçin.</translation>
    </message>
    <message>
        <source>“%1” has no template. Choose one.</source>
        <translation>“%1” için şablon yok. Bir şablon seçin.</translation>
    </message>
    <message>
        <source>%1 cannot send %2; choose another account for “%3”.</source>
        <translation>%1 %2 gönderemez; “%3” için başka bir hesap seçin.</translation>
    </message>
    <message>
        <source>“%1” has nobody to send to: its group has no contact with an address for %2 that is not on the suppression list.</source>
        <translation>“%1” için gönderilecek kimse yok: grubunda, engelleme listesinde olmayan ve %2 için adresi olan kişi yok.</translation>
    </message>
    <message>
        <source>Checking “%1”</source>
        <translation>“%1” denetleniyor</translation>
    </message>
    <message>
        <source>The campaign needs a group and a template first.</source>
        <translation>Kampanyanın önce bir grubu ve şablonu olmalı.</translation>
    </message>
    <message>
        <source>%1 recipients, %2 SMS parts in all.</source>
        <translation>%1 alıcı, toplam %2 SMS parçası.</translation>
    </message>
    <message>
        <source>%1 recipients.</source>
        <translation>%1 alıcı.</translation>
    </message>
    <message>
        <source>Test-sending “%1”</source>
        <translation>“%1” deneme olarak gönderiliyor</translation>
    </message>
    <message>
        <source>The campaign needs an account and a template first.</source>
        <translation>Kampanyanın önce bir hesabı ve şablonu olmalı.</translation>
    </message>
    <message>
        <source>Give at least one address or number to send the test to.</source>
        <translation>Denemenin gönderileceği en az bir adres ya da numara verin.</translation>
    </message>
    <message>
        <source>Test: %1</source>
        <translation>Deneme: %1</translation>
    </message>
    <message numerus="yes">
        <source>Test sent to %n address(es).</source>
        <translation>
            <numerusform>Deneme %n adrese gönderildi.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is being sent already.</source>
        <translation>“%1” zaten gönderiliyor.</translation>
    </message>
    <message>
        <source>“%1” cannot be sent yet: %2</source>
        <translation>“%1” henüz gönderilemez: %2</translation>
    </message>
    <message>
        <source>%1 contacts left out: no address for the channel, on the suppression list, in an excluded group, or the same address twice.</source>
        <translation>%1 kişi dışarıda kaldı: kanal için adresi yok, engelleme listesinde, hariç tutulan bir grupta ya da aynı adres iki kez.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) to the provider, at most %1 recipients each.</source>
        <translation>
            <numerusform>Sağlayıcıya %n istek, her birinde en fazla %1 alıcı.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 contacts have no %2; their text has it empty.</source>
        <translation>%1 kişinin %2 değeri yok; metinlerinde o yer boş kalır.</translation>
    </message>
    <message>
        <source>Estimated cost with %1: %2.</source>
        <translation>%1 ile tahmini maliyet: %2.</translation>
    </message>
    <message>
        <source>Handing “%1” to its provider</source>
        <translation>“%1” sağlayıcısına veriliyor</translation>
    </message>
    <message>
        <source>%1 holds “%2” until %3; reschedule it there to send it sooner.</source>
        <translation>%1, “%2” kampanyasını %3 tarihine kadar tutuyor; daha erken göndermek için orada yeniden zamanlayın.</translation>
    </message>
    <message>
        <source>%1 cannot hold a scheduled send; this app sends it at its time.</source>
        <translation>%1 zamanlanmış bir gönderimi tutamaz; bu uygulama onu zamanı gelince gönderir.</translation>
    </message>
    <message>
        <source>Only a scheduled campaign not yet handed over can be handed to %1.</source>
        <translation>%1 sağlayıcısına yalnızca henüz verilmemiş zamanlanmış bir kampanya verilebilir.</translation>
    </message>
    <message>
        <source>“%1” is due in less than two minutes: send it now instead.</source>
        <translation>“%1” iki dakikadan kısa sürede gidecek: onun yerine şimdi gönderin.</translation>
    </message>
    <message>
        <source>%1 cannot keep “%2”&apos;s quiet hours; this app sends it at its time instead.</source>
        <translation>%1, “%2” kampanyasının sessiz saatlerine uyamaz; bu uygulama onu zamanı gelince gönderir.</translation>
    </message>
    <message>
        <source>Cancelling “%1” at its provider</source>
        <translation>“%1” sağlayıcısında iptal ediliyor</translation>
    </message>
    <message>
        <source>Rescheduling “%1” at its provider</source>
        <translation>“%1” sağlayıcısında yeniden zamanlanıyor</translation>
    </message>
    <message>
        <source>No provider holds that campaign&apos;s send.</source>
        <translation>Bu kampanyanın gönderimini hiçbir sağlayıcı tutmuyor.</translation>
    </message>
    <message>
        <source>Choose a time at least two minutes from now.</source>
        <translation>Şu andan en az iki dakika sonrası için bir zaman seçin.</translation>
    </message>
    <message>
        <source>“%1” was cancelled at %2; nothing of it is sent.</source>
        <translation>“%1”, %2 tarafında iptal edildi; hiçbir şeyi gönderilmez.</translation>
    </message>
    <message>
        <source>“%1” now goes on %2.</source>
        <translation>“%1” artık %2 tarihinde gider.</translation>
    </message>
    <message>
        <source>%1 cannot move a send it holds. Cancel “%2” and schedule a copy of it (Clone) for the new time.</source>
        <translation>%1 beklettiği bir gönderimi taşıyamaz. “%2” kampanyasını iptal edin ve bir kopyasını (Çoğalt) yeni zamana planlayın.</translation>
    </message>
    <message>
        <source>The spam test did not run: %1</source>
        <translation>Spam testi çalışmadı: %1</translation>
    </message>
    <message>
        <source>Spam test: %1 points; nothing matched.</source>
        <translation>Spam testi: %1 puan; hiçbir kural eşleşmedi.</translation>
    </message>
    <message>
        <source>Spam test: %1 points (%2).</source>
        <translation>Spam testi: %1 puan (%2).</translation>
    </message>
    <message>
        <source>Many filters reject mail from 5 points: change what the rules above name.</source>
        <translation>Birçok filtre 5 puandan itibaren postayı reddeder: yukarıdaki kuralların adını verdiği şeyleri değiştirin.</translation>
    </message>
    <message>
        <source>%1 cannot hold this kind of send; this app sends “%2” at its time.</source>
        <translation>%1 bu tür bir gönderimi bekletemez; “%2” zamanı gelince bu uygulama tarafından gönderilir.</translation>
    </message>
    <message>
        <source>for %1, %2</source>
        <translation>%1 için %2</translation>
    </message>
    <message>
        <source>The cost of this kind of send is not estimated here; %1&apos;s report has it once it is sent.</source>
        <translation>Bu tür bir gönderimin maliyeti burada tahmin edilmez; gönderildikten sonra %1 raporunda yer alır.</translation>
    </message>
    <message>
        <source>%1 cannot cancel a send it holds.</source>
        <translation>%1 beklettiği bir gönderimi iptal edemez.</translation>
    </message>
    <message>
        <source>%1 takes no test sends; send the campaign to a small group of your own instead, or use an account of %2.</source>
        <translation>%1 deneme gönderimi kabul etmez; bunun yerine kampanyayı kendinize ait küçük bir gruba gönderin ya da bir %2 hesabı kullanın.</translation>
    </message>
    <message>
        <source>“%1” is being sent by %2; it was left alone.</source>
        <translation>“%1” %2 tarafından gönderiliyor; ona dokunulmadı.</translation>
    </message>
    <message>
        <source>“%1” has no account to ask.</source>
        <translation>“%1” için sorulacak bir hesap yok.</translation>
    </message>
    <message>
        <source>%1 cannot say which messages of a send it has; check in its panel, then resolve the unknown recipients yourself.</source>
        <translation>%1 bir gönderimin hangi mesajlarının kendisinde olduğunu söyleyemez; kendi panelinden denetleyin, sonra bilinmeyen alıcıları kendiniz çözün.</translation>
    </message>
    <message>
        <source>Asking the provider about “%1”</source>
        <translation>Sağlayıcıya “%1” soruluyor</translation>
    </message>
    <message>
        <source>No recipient is unknown: there is nothing to ask.</source>
        <translation>Bilinmeyen alıcı yok: sorulacak bir şey yok.</translation>
    </message>
    <message>
        <source>Found at %1 when asked.</source>
        <translation>Sorulduğunda %1 tarafında bulundu.</translation>
    </message>
    <message>
        <source>%1 has %2 of the %3 unknown recipients of “%4”: they are accepted now. %5 stay unknown (%1 has no record of them yet); ask again later, or resolve them yourself.</source>
        <translation>%1 tarafında “%4” kampanyasının %3 bilinmeyen alıcısından %2 tanesi var: artık kabul edildiler. %5 alıcı bilinmeyen olarak kalıyor (%1 tarafında henüz kayıtları yok); daha sonra yeniden sorun ya da kendiniz çözün.</translation>
    </message>
    <message>
        <source>one of its segments no longer exists.</source>
        <translation>segmentlerinden biri artık yok.</translation>
    </message>
    <message>
        <source>its segment “%1” cannot be evaluated: %2</source>
        <translation>“%1” segmenti değerlendirilemiyor: %2</translation>
    </message>
    <message>
        <source>“%1” is an A/B test: sending it sends its variants first.</source>
        <translation>“%1” bir A/B testidir: göndermek önce varyantlarını gönderir.</translation>
    </message>
    <message>
        <source>“%1” waits for its A/B test&apos;s winner; pick one to send it to the rest now.</source>
        <translation>“%1” A/B testinin kazananını bekliyor; kalanlara şimdi göndermek için birini seçin.</translation>
    </message>
    <message>
        <source>A/B test: %1 variants to %2 contacts each now; the winner by %3 to the other %4 after %5.</source>
        <translation>A/B testi: şimdi %1 varyant, her biri %2 kişiye; %3 ile kazanan %5 sonra diğer %4 kişiye.</translation>
    </message>
    <message>
        <source>Too few recipients for an A/B test of %1% each: send it without the test, or to a larger audience.</source>
        <translation>Her biri %%1 olan bir A/B testi için alıcı çok az: testsiz ya da daha geniş bir kitleye gönderin.</translation>
    </message>
    <message numerus="yes">
        <source>At %1 in each recipient&apos;s time zone, in %n zone(s):</source>
        <translation>
            <numerusform>Her alıcının saat diliminde %1, %n dilimde:</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: %2 recipients at %3 (%4 here)</source>
        <translation>  %1: %2 alıcı, %3 (burada %4)</translation>
    </message>
    <message>
        <source>The last go at %1 (%2).</source>
        <translation>Sonuncular %1 (%2) tarihinde gider.</translation>
    </message>
</context>
<context>
    <name>cm::EmailCampaignsProvider</name>
    <message>
        <source>%1 cannot be said in any of the four US zones Email Campaigns takes (EST5EDT, CST6CDT, MST7MDT, PST8PDT); choose a time an hour earlier or later.</source>
        <translation>%1, Email Campaigns&apos;in kabul ettiği dört ABD saat diliminin hiçbirinde ifade edilemiyor (EST5EDT, CST6CDT, MST7MDT, PST8PDT); bir saat önce ya da sonra bir zaman seçin.</translation>
    </message>
    <message>
        <source>This computer has no data for the US time zones Email Campaigns takes: install the tzdata package.</source>
        <translation>Bu bilgisayarda Email Campaigns&apos;in kabul ettiği ABD saat dilimlerinin verisi yok: tzdata paketini kurun.</translation>
    </message>
    <message>
        <source>Email Campaigns does not know it (404): it was deleted there, or belongs to another account.</source>
        <translation>Email Campaigns bunu tanımıyor (404): orada silinmiş ya da başka bir hesaba ait.</translation>
    </message>
    <message>
        <source>Email Campaigns refused the API token: copy it again from the provider&apos;s portal.</source>
        <translation>Email Campaigns API belirtecini reddetti: sağlayıcının portalından yeniden kopyalayın.</translation>
    </message>
    <message>
        <source>Email Campaigns</source>
        <translation>Email Campaigns</translation>
    </message>
    <message>
        <source>Email Campaigns (token API): bulk email to contact groups uploaded as CSV, started at a time in a US zone and cancelled there if need be; its results say who it was delivered to (no opens or clicks). Its From addresses must be registered first; this app does that.</source>
        <translation>Email Campaigns (belirteçli API): CSV olarak yüklenen kişi gruplarına toplu e-posta, bir ABD saat diliminde belirli bir zamanda başlar ve gerekirse orada iptal edilir; sonuçları kime teslim edildiğini söyler (açılma ya da tıklama yok). Gönderen adresleri önce kaydedilmelidir; bunu bu uygulama yapar.</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Temel URL</translation>
    </message>
    <message>
        <source>The API&apos;s address from your provider, such as https://api.example.com (the paths start with /email/).</source>
        <translation>Sağlayıcınızdan aldığınız API adresi, örneğin https://api.example.com (yollar /email/ ile başlar).</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>API belirteci</translation>
    </message>
    <message>
        <source>The 40-character token from the provider&apos;s portal.</source>
        <translation>Sağlayıcının portalındaki 40 karakterlik belirteç.</translation>
    </message>
    <message>
        <source>The token works. No From address is registered yet; a campaign&apos;s sender is registered when it is first used.</source>
        <translation>Belirteç çalışıyor. Henüz kayıtlı gönderen adresi yok; bir kampanyanın göndereni ilk kullanıldığında kaydedilir.</translation>
    </message>
    <message>
        <source>The token works. Registered From addresses: %1.</source>
        <translation>Belirteç çalışıyor. Kayıtlı gönderen adresleri: %1.</translation>
    </message>
    <message>
        <source>Email Campaigns needs a From address: give the campaign a sender.</source>
        <translation>Email Campaigns bir gönderen adresi ister: kampanyaya bir gönderen verin.</translation>
    </message>
    <message>
        <source>change a subscription</source>
        <translation>bir aboneliği değiştirmek</translation>
    </message>
    <message>
        <source>Email Campaigns has no unsubscribe link of its own: set the account&apos;s unsubscribe_url setting to the page {{unsubscribe_url}} should open.</source>
        <translation>Email Campaigns&apos;in kendine ait bir abonelikten çıkma bağlantısı yok: hesabın unsubscribe_url ayarını {{unsubscribe_url}} bağlantısının açacağı sayfaya ayarlayın.</translation>
    </message>
</context>
<context>
    <name>cm::EngagementChart</name>
    <message>
        <source>Opens and clicks over time</source>
        <translation>Zaman içinde açılmalar ve tıklamalar</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Bağlantı</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Tıklamalar</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Kişiler</translation>
    </message>
    <message>
        <source>Links clicked</source>
        <translation>Tıklanan bağlantılar</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Açılmalar</translation>
    </message>
    <message>
        <source>Opens and clicks per day</source>
        <translation>Günlük açılmalar ve tıklamalar</translation>
    </message>
    <message>
        <source>Opens and clicks per hour</source>
        <translation>Saatlik açılmalar ve tıklamalar</translation>
    </message>
    <message>
        <source>No opens or clicks with times reported yet</source>
        <translation>Henüz zamanıyla bildirilmiş açılma ya da tıklama yok</translation>
    </message>
</context>
<context>
    <name>cm::ExperimentService</name>
    <message>
        <source>not yet</source>
        <translation>henüz yok</translation>
    </message>
    <message>
        <source>No variant has a %1 yet.</source>
        <translation>Henüz hiçbir varyantın %1 değeri yok.</translation>
    </message>
    <message>
        <source>%1 leads on %2 (%3).</source>
        <translation>%2 bakımından %1 önde (%3).</translation>
    </message>
    <message>
        <source>No other variant has a %1 yet.</source>
        <translation>Henüz başka hiçbir varyantın %1 değeri yok.</translation>
    </message>
    <message>
        <source>%1 has %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Costs have no significance test: compare the counts too.</source>
        <translation>Maliyetler için anlamlılık testi yok: sayıları da karşılaştırın.</translation>
    </message>
    <message>
        <source>The difference is significant (p = %1): it is unlikely to be chance.</source>
        <translation>Fark anlamlı (p = %1): tesadüf olması olası değil.</translation>
    </message>
    <message>
        <source>The difference is not significant (p = %1): it may be chance; a larger share or a longer wait tells more.</source>
        <translation>Fark anlamlı değil (p = %1): tesadüf olabilir; daha büyük bir pay ya da daha uzun bir bekleme daha çok şey söyler.</translation>
    </message>
    <message numerus="yes">
        <source>An A/B test has 2 to 4 variants; this one has %n.</source>
        <translation>
            <numerusform>Bir A/B testinin 2 ile 4 arasında varyantı olur; bunun %n varyantı var.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each variant&apos;s share must be at least 1%, and all of them together less than 100% (so that the winner has someone left to go to); %n variants of %1% make %2%.</source>
        <translation>
            <numerusform>Her varyantın payı en az yüzde 1 olmalı ve hepsi birlikte yüzde 100&apos;den az olmalı (kazananın gidecek birileri kalsın); %%1&apos;lik %n varyant %%2 eder.</numerusform>
        </translation>
    </message>
    <message>
        <source>The wait before the winner is picked must be between 0 minutes and 30 days.</source>
        <translation>Kazanan seçilmeden önceki bekleme 0 dakika ile 30 gün arasında olmalıdır.</translation>
    </message>
    <message>
        <source>Not every variant&apos;s account reports the %1; pick another measure.</source>
        <translation>Her varyantın hesabı %1 bildirmiyor; başka bir ölçü seçin.</translation>
    </message>
    <message>
        <source>Variant %1 needs a %2 template.</source>
        <translation>%1 varyantının bir %2 şablonuna ihtiyacı var.</translation>
    </message>
    <message>
        <source>Variant %1 needs an account that sends %2.</source>
        <translation>%1 varyantının %2 gönderen bir hesaba ihtiyacı var.</translation>
    </message>
    <message>
        <source>Variant %1: %2</source>
        <translation>%1 varyantı: %2</translation>
    </message>
    <message>
        <source>Variant %1: only an email has a subject.</source>
        <translation>%1 varyantı: yalnızca e-postanın konusu olur.</translation>
    </message>
    <message>
        <source>Variant %1 is the same as another: change its template, subject, sender or account.</source>
        <translation>%1 varyantı bir başkasıyla aynı: şablonunu, konusunu, göndereni ya da hesabını değiştirin.</translation>
    </message>
    <message>
        <source>That campaign no longer exists.</source>
        <translation>Bu kampanya artık yok.</translation>
    </message>
    <message>
        <source>“%1” has started; its A/B test can no longer be changed.</source>
        <translation>“%1” başladı; A/B testi artık değiştirilemez.</translation>
    </message>
    <message>
        <source>Sending “%1”</source>
        <translation>“%1” gönderiliyor</translation>
    </message>
    <message>
        <source>“%1” waits for its A/B test until %2; pick the winner to send it to the rest now.</source>
        <translation>“%1” A/B testini %2 tarihine kadar bekliyor; kalanlara şimdi göndermek için kazananı seçin.</translation>
    </message>
    <message>
        <source>“%1” has no A/B test.</source>
        <translation>“%1” için A/B testi yok.</translation>
    </message>
    <message>
        <source>The A/B test of “%1” has not started: send the campaign first.</source>
        <translation>“%1” A/B testi başlamadı: önce kampanyayı gönderin.</translation>
    </message>
    <message>
        <source>The winner of “%1” was chosen already: %2.</source>
        <translation>“%1” kazananı zaten seçildi: %2.</translation>
    </message>
    <message>
        <source>“%1” has no variant %2; its variants are %3.</source>
        <translation>“%1” için %2 varyantı yok; varyantları: %3.</translation>
    </message>
    <message>
        <source>Sending the winner of “%1”</source>
        <translation>“%1” kazananı gönderiliyor</translation>
    </message>
    <message>
        <source>Sending the A/B test of “%1”</source>
        <translation>“%1” A/B testi gönderiliyor</translation>
    </message>
    <message>
        <source>recipients</source>
        <translation>alıcı</translation>
    </message>
    <message>
        <source>The A/B test of “%1” cannot start: %2</source>
        <translation>“%1” A/B testi başlayamaz: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be sent yet: %2</source>
        <translation>“%1” henüz gönderilemez: %2</translation>
    </message>
    <message numerus="yes">
        <source>“%1” reaches %n contact(s): too few for a test of %2% each. Send it without the test, or to a larger audience.</source>
        <translation>
            <numerusform>“%1” %n kişiye ulaşıyor: her biri %%2 olan bir test için çok az. Testsiz ya da daha geniş bir kitleye gönderin.</numerusform>
        </translation>
    </message>
    <message>
        <source>The A/B test of “%1” was started elsewhere.</source>
        <translation>“%1” A/B testi başka bir yerde başlatıldı.</translation>
    </message>
    <message>
        <source>The A/B test of “%1” went to %2 contacts a variant (%3 variants); the winner by %4 goes to the other %5 at %6.</source>
        <translation>“%1” A/B testi varyant başına %2 kişiye gitti (%3 varyant); %4 ile kazanan %6 tarihinde diğer %5 kişiye gider.</translation>
    </message>
    <message>
        <source>The winner of “%1” was chosen elsewhere.</source>
        <translation>“%1” kazananı başka bir yerde seçildi.</translation>
    </message>
    <message>
        <source>picked by hand</source>
        <translation>elle seçildi</translation>
    </message>
    <message>
        <source>no variant had a %1 to compare, so A</source>
        <translation>hiçbir varyantın karşılaştırılacak %1 değeri yoktu, bu yüzden A</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>%1 ile</translation>
    </message>
    <message>
        <source>Variant %1 of “%2” won (%3) and went to the rest.</source>
        <translation>“%2” kampanyasının %1 varyantı kazandı (%3) ve kalanlara gitti.</translation>
    </message>
    <message>
        <source>Variant %1: its template has versions in other languages, each with its own subject; test another template instead of a subject.</source>
        <translation>%1 varyantı: şablonunun her biri kendi konusuna sahip başka dillerde sürümleri var; konu yerine başka bir şablonu test edin.</translation>
    </message>
    <message>
        <source>“%1”: a variant is still going out; the winner is picked at %2.</source>
        <translation>“%1”: bir varyant hâlâ gönderiliyor; kazanan %2 tarihinde seçilir.</translation>
    </message>
    <message>
        <source>Its A/B test runs: it cannot change until the winner is chosen (pick it to send it now), or cancel the campaign.</source>
        <translation>A/B testi sürüyor: kazanan seçilene kadar değiştirilemez (şimdi göndermek için seçin) ya da kampanyayı iptal edin.</translation>
    </message>
</context>
<context>
    <name>cm::ExperimentStore</name>
    <message>
        <source>save the A/B test</source>
        <translation>A/B testini kaydetmek</translation>
    </message>
    <message>
        <source>The A/B test has started; it can no longer be changed.</source>
        <translation>A/B testi başladı; artık değiştirilemez.</translation>
    </message>
    <message>
        <source>remove the A/B test</source>
        <translation>A/B testini kaldırmak</translation>
    </message>
    <message>
        <source>The A/B test has started; it can no longer be removed.</source>
        <translation>A/B testi başladı; artık kaldırılamaz.</translation>
    </message>
    <message>
        <source>start the A/B test</source>
        <translation>A/B testini başlatmak</translation>
    </message>
    <message>
        <source>The A/B test has started already.</source>
        <translation>A/B testi zaten başladı.</translation>
    </message>
    <message>
        <source>record the A/B test&apos;s winner</source>
        <translation>A/B testinin kazananını kaydetmek</translation>
    </message>
    <message>
        <source>The A/B test is not waiting for a winner: it has not started, or its winner was chosen.</source>
        <translation>A/B testi bir kazanan beklemiyor: başlamadı ya da kazananı seçildi.</translation>
    </message>
</context>
<context>
    <name>cm::FallbackSecretStore</name>
    <message>
        <source>No system keychain is available (%1). Passwords and API keys are kept in memory until you quit, and you will be asked for them again next time.</source>
        <translation>Sistem anahtar zinciri kullanılamıyor (%1). Parolalar ve API anahtarları çıkana kadar bellekte tutulur; bir dahaki sefere yeniden sorulur.</translation>
    </message>
</context>
<context>
    <name>cm::Flow</name>
    <message>
        <source>The provider kept answering with more pages after %1 of them; the list was not read.</source>
        <translation>Sağlayıcı %1 sayfadan sonra da yeni sayfalarla yanıt vermeyi sürdürdü; liste okunmadı.</translation>
    </message>
    <message>
        <source>The provider answered page %1 with the page before it again; the list was not read.</source>
        <translation>Sağlayıcı %1. sayfa için yine bir önceki sayfayı döndürdü; liste okunmadı.</translation>
    </message>
</context>
<context>
    <name>cm::FreshMailProvider</name>
    <message>
        <source>FreshMail refused the API key or its signature: check the key and the secret under Settings → API in FreshMail.</source>
        <translation>FreshMail API anahtarını ya da imzasını reddetti: FreshMail&apos;de Ayarlar → API altında anahtarı ve gizli anahtarı denetleyin.</translation>
    </message>
    <message>
        <source>The SMS has no text (error 1102).</source>
        <translation>SMS&apos;in metni yok (hata 1102).</translation>
    </message>
    <message>
        <source>FreshMail sends at most %1 characters in 3 parts for this text (it has %2); shorten it.</source>
        <translation>FreshMail bu metin için 3 parçada en fazla %1 karakter gönderir (metin %2 karakter); kısaltın.</translation>
    </message>
    <message>
        <source>FreshMail: email campaigns to subscriber lists, sent at once or at a time, with delivery, bounce, open, click and unsubscribe counts; test copies and SMS, one message at a time. Its block list can be written, not read.</source>
        <translation>FreshMail: abone listelerine hemen ya da belirli bir zamanda gönderilen e-posta kampanyaları; teslim, geri dönme, açılma, tıklama ve abonelikten çıkma sayılarıyla; test kopyaları ve SMS, tek tek. Engel listesine yazılabilir, okunamaz.</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API adresi</translation>
    </message>
    <message>
        <source>Leave empty for https://api.freshmail.com.</source>
        <translation>https://api.freshmail.com için boş bırakın.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API anahtarı</translation>
    </message>
    <message>
        <source>The 32-character key under Settings → API in FreshMail.</source>
        <translation>FreshMail&apos;de Ayarlar → API altındaki 32 karakterlik anahtar.</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation>API gizli anahtarı</translation>
    </message>
    <message>
        <source>The 40-character secret shown with the key; it signs every request and never leaves this computer.</source>
        <translation>Anahtarla birlikte gösterilen 40 karakterlik gizli anahtar; her isteği imzalar ve bu bilgisayardan hiç çıkmaz.</translation>
    </message>
    <message>
        <source>The API key and secret work: FreshMail answered the signed ping.</source>
        <translation>API anahtarı ve gizli anahtar çalışıyor: FreshMail imzalı ping&apos;e yanıt verdi.</translation>
    </message>
    <message>
        <source>FreshMail documents no unsubscribe link of its own: set the account&apos;s unsubscribe_url setting to the page {{unsubscribe_url}} should open.</source>
        <translation>FreshMail kendine ait bir abonelikten çıkma bağlantısı belgelemiyor: hesabın unsubscribe_url ayarını {{unsubscribe_url}} bağlantısının açacağı sayfaya ayarlayın.</translation>
    </message>
    <message>
        <source>FreshMail takes 9-digit Polish numbers or 11 digits with the country code (error 1101).</source>
        <translation>FreshMail 9 haneli Polonya numaralarını ya da ülke koduyla 11 haneli numaraları kabul eder (hata 1101).</translation>
    </message>
    <message>
        <source>%1 (Campaign Manager, %2)</source>
        <translation>%1 (Campaign Manager, %2)</translation>
    </message>
    <message>
        <source>Recipients of “%1”.</source>
        <translation>“%1” alıcıları.</translation>
    </message>
    <message>
        <source>FreshMail gave no list hash.</source>
        <translation>FreshMail liste kimliği vermedi.</translation>
    </message>
    <message>
        <source>FreshMail gave no campaign hash.</source>
        <translation>FreshMail kampanya kimliği vermedi.</translation>
    </message>
    <message>
        <source>change a subscription outside a list</source>
        <translation>bir aboneliği liste dışında değiştirmek</translation>
    </message>
    <message>
        <source>say which emails it has</source>
        <translation>hangi e-postaların kendisinde olduğunu söylemek</translation>
    </message>
</context>
<context>
    <name>cm::FunnelChart</name>
    <message>
        <source>Delivery and engagement funnel</source>
        <translation>Teslim ve etkileşim hunisi</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Alıcılar</translation>
    </message>
</context>
<context>
    <name>cm::GroupModel</name>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kişiler</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Oluşturulma</translation>
    </message>
</context>
<context>
    <name>cm::GroupStore</name>
    <message>
        <source>create the group “%1”</source>
        <translation>“%1” grubunun oluşturulması</translation>
    </message>
    <message>
        <source>rename the group to “%1”</source>
        <translation>grubun “%1” olarak yeniden adlandırılması</translation>
    </message>
    <message>
        <source>delete the group</source>
        <translation>grubun silinmesi</translation>
    </message>
    <message>
        <source>add contacts to the group</source>
        <translation>gruba kişi eklenmesi</translation>
    </message>
    <message>
        <source>save the group</source>
        <translation>grubun kaydedilmesi</translation>
    </message>
    <message>
        <source>save the contact</source>
        <translation>kişiyi kaydetmek</translation>
    </message>
    <message>
        <source>add the contact</source>
        <translation>kişiyi eklemek</translation>
    </message>
    <message>
        <source>The group already has a contact with %1. Edit that contact instead.</source>
        <translation>Grupta %1 olan bir kişi zaten var. Onun yerine o kişiyi düzenleyin.</translation>
    </message>
    <message>
        <source>delete the contacts</source>
        <translation>kişileri silmek</translation>
    </message>
    <message>
        <source>move the contacts</source>
        <translation>kişileri taşımak</translation>
    </message>
    <message>
        <source>copy the contacts</source>
        <translation>kişileri kopyalamak</translation>
    </message>
    <message>
        <source>merge the groups</source>
        <translation>grupları birleştirmek</translation>
    </message>
    <message>
        <source>A group cannot be merged into itself. Choose another group.</source>
        <translation>Bir grup kendisiyle birleştirilemez. Başka bir grup seçin.</translation>
    </message>
    <message>
        <source>A group named “%1” exists already. Choose another name.</source>
        <translation>“%1” adlı bir grup zaten var. Başka bir ad seçin.</translation>
    </message>
</context>
<context>
    <name>cm::GroupSyncService</name>
    <message>
        <source>“%1” pulled from “%2”: %3 new, %4 already here.</source>
        <translation>“%1”, “%2” hesabından alındı: %3 yeni, %4 zaten burada.</translation>
    </message>
    <message>
        <source>Cancelled. What was sent before stays at the provider.</source>
        <translation>İptal edildi. Daha önce gönderilenler sağlayıcıda kalır.</translation>
    </message>
    <message>
        <source>“%1” has no group named “%2”. Push the group there first, or choose another account.</source>
        <translation>“%1” hesabında “%2” adlı bir grup yok. Önce grubu oraya gönderin ya da başka bir hesap seçin.</translation>
    </message>
    <message>
        <source>“%1” pushed to “%2”: %3 of %4 contacts accepted.</source>
        <translation>“%1”, “%2” hesabına gönderildi: %4 kişiden %3 tanesi kabul edildi.</translation>
    </message>
    <message>
        <source>That account no longer exists.</source>
        <translation>Bu hesap artık yok.</translation>
    </message>
    <message>
        <source>“%1” uses a provider this version does not know.</source>
        <translation>“%1” bu sürümün tanımadığı bir sağlayıcı kullanıyor.</translation>
    </message>
    <message>
        <source>%1 cannot keep contact groups in step, so “%2” cannot be used for this.</source>
        <translation>%1 kişi gruplarını eşitleyemiyor, bu yüzden “%2” bunun için kullanılamaz.</translation>
    </message>
    <message>
        <source>Pushing “%1” to “%2”</source>
        <translation>“%1”, “%2” hesabına gönderiliyor</translation>
    </message>
    <message>
        <source>That group no longer exists.</source>
        <translation>Bu grup artık yok.</translation>
    </message>
    <message>
        <source>Pulling “%1” from “%2”</source>
        <translation>“%1”, “%2” hesabından alınıyor</translation>
    </message>
    <message>
        <source>Reading the groups at the provider</source>
        <translation>Sağlayıcıdaki gruplar okunuyor</translation>
    </message>
    <message>
        <source>Creating the group “%1”</source>
        <translation>“%1” grubu oluşturuluyor</translation>
    </message>
    <message>
        <source>Group “%1” created here and at “%2”.</source>
        <translation>“%1” grubu burada ve “%2” hesabında oluşturuldu.</translation>
    </message>
    <message>
        <source>%1 keeps no opt-out list, so “%2” has none to sync.</source>
        <translation>%1 ret listesi tutmaz, bu yüzden “%2” için eşitlenecek bir şey yok.</translation>
    </message>
    <message>
        <source>Syncing the suppression list with “%1”</source>
        <translation>Engelleme listesi “%1” ile eşitleniyor</translation>
    </message>
    <message>
        <source>opt-out list of %1</source>
        <translation>%1 ret listesi</translation>
    </message>
    <message numerus="yes">
        <source>%n new from %1&apos;s opt-out list</source>
        <translation>
            <numerusform>%1 ret listesinden %n yeni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent to %1.</source>
        <translation>
            <numerusform>%n tanesi %1 hesabına gönderildi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: </source>
        <translation>Durduruldu: </translation>
    </message>
    <message numerus="yes">
        <source>%n new from %1&apos;s opt-out list; it takes none from here.</source>
        <translation>
            <numerusform>%1 ret listesinden %n yeni; buradan hiçbirini almaz.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 keeps no templates, so “%2” has none to exchange.</source>
        <translation>%1 şablon tutmaz, bu yüzden “%2” ile değiş tokuş edilecek şablon yok.</translation>
    </message>
    <message>
        <source>Sending the template “%1” to “%2”</source>
        <translation>“%1” şablonu “%2” hesabına gönderiliyor</translation>
    </message>
    <message>
        <source>Only email templates can be kept at a provider: they are HTML there.</source>
        <translation>Sağlayıcıda yalnızca e-posta şablonları tutulabilir: orada HTML&apos;dirler.</translation>
    </message>
    <message>
        <source>That template no longer exists.</source>
        <translation>Bu şablon artık yok.</translation>
    </message>
    <message>
        <source>“%1” replaced template %2 of “%3”.</source>
        <translation>“%1”, “%3” hesabının %2 şablonunun yerine geçti.</translation>
    </message>
    <message>
        <source>“%1” is now template %2 of “%3”.</source>
        <translation>“%1” artık “%3” hesabının %2 şablonu.</translation>
    </message>
    <message>
        <source>Bringing in the templates of “%1”</source>
        <translation>“%1” şablonları alınıyor</translation>
    </message>
    <message numerus="yes">
        <source>From “%1”: %n template(s) added</source>
        <translation>
            <numerusform>“%1” hesabından: %n şablon eklendi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated.</source>
        <translation>
            <numerusform>%n güncellendi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n template(s).</source>
        <translation>
            <numerusform>%n şablondan sonra durduruldu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the email addresses of “%1”</source>
        <translation>“%1” e-posta adresleri denetleniyor</translation>
    </message>
    <message>
        <source>“%1” has no email addresses to check.</source>
        <translation>“%1” içinde denetlenecek e-posta adresi yok.</translation>
    </message>
    <message>
        <source>Stopped waiting; the check goes on at %1 (job %2).</source>
        <translation>Beklemeyi bıraktı; denetim %1 tarafında sürüyor (iş %2).</translation>
    </message>
    <message>
        <source>%1 could not check the addresses (job %2).</source>
        <translation>%1 adresleri denetleyemedi (iş %2).</translation>
    </message>
    <message>
        <source>email check by %1</source>
        <translation>%1 e-posta denetimi</translation>
    </message>
    <message numerus="yes">
        <source>%1 checked %n address(es)</source>
        <translation>
            <numerusform>%1 %n adresi denetledi</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 deliverable, %2 risky (%3 blocks those), %4 undeliverable (now on the suppression list); it cost %5.</source>
        <translation>%1 teslim edilebilir, %2 riskli (%3 bunları engeller), %4 teslim edilemez (artık engelleme listesinde); maliyeti %5.</translation>
    </message>
    <message>
        <source>Reading the templates at the provider</source>
        <translation>Sağlayıcıdaki şablonlar okunuyor</translation>
    </message>
    <message>
        <source>Reading the template&apos;s preview at the provider</source>
        <translation>Şablonun sağlayıcıdaki önizlemesi okunuyor</translation>
    </message>
    <message>
        <source>Renaming “%1” at “%2”</source>
        <translation>“%1”, “%2” hesabında yeniden adlandırılıyor</translation>
    </message>
    <message>
        <source>The group is called “%1” at “%2” too.</source>
        <translation>Grubun “%2” hesabındaki adı da artık “%1”.</translation>
    </message>
    <message>
        <source>Deleting “%1” at “%2”</source>
        <translation>“%1”, “%2” hesabında siliniyor</translation>
    </message>
    <message>
        <source>“%1” was deleted at “%2” and here.</source>
        <translation>“%1” hem “%2” hesabında hem burada silindi.</translation>
    </message>
    <message>
        <source>%1 does not check email addresses; choose an account of %2.</source>
        <translation>%1 e-posta adreslerini denetlemez; bir %2 hesabı seçin.</translation>
    </message>
</context>
<context>
    <name>cm::GroupsPane</name>
    <message>
        <source>Contacts of the group</source>
        <translation>Grubun kişileri</translation>
    </message>
    <message>
        <source>Contact groups</source>
        <translation>Kişi grupları</translation>
    </message>
    <message>
        <source>No groups yet.
Create one (Ctrl+N), then import contacts into it from a CSV file.</source>
        <translation>Henüz grup yok.
Bir grup oluşturun (Ctrl+N), sonra bir CSV dosyasından kişileri içe aktarın.</translation>
    </message>
    <message>
        <source>New group…</source>
        <translation>Yeni grup…</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Yeni grup</translation>
    </message>
    <message>
        <source>Name of the new group:</source>
        <translation>Yeni grubun adı:</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Yeniden adlandır…</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation>Grubu yeniden adlandır</translation>
    </message>
    <message>
        <source>New name of “%1”:</source>
        <translation>“%1” için yeni ad:</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Sil…</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n kişi</numerusform>
        </translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>%1 tarihinde oluşturuldu</translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation>Grubun bir adı olmalı.</translation>
    </message>
    <message>
        <source>A group named “%1” exists already. Choose another name.</source>
        <translation>“%1” adlı bir grup zaten var. Başka bir ad seçin.</translation>
    </message>
    <message>
        <source>Group “%1” created.</source>
        <translation>“%1” grubu oluşturuldu.</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Grubu sil</translation>
    </message>
    <message numerus="yes">
        <source>Delete the group “%1” and its %n contact(s)? Campaigns already sent keep their recipients.</source>
        <translation>
            <numerusform>“%1” grubu ve %n kişisi silinsin mi? Gönderilmiş kampanyalar alıcılarını korur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Group “%1” deleted.</source>
        <translation>“%1” grubu silindi.</translation>
    </message>
    <message>
        <source>Push to account…</source>
        <translation>Hesaba gönder…</translation>
    </message>
    <message>
        <source>Pull from account…</source>
        <translation>Hesaptan al…</translation>
    </message>
    <message>
        <source>Linked to group %1 at “%2”, last synced %3</source>
        <translation>“%2” hesabındaki %1 grubuna bağlı, son eşitleme %3</translation>
    </message>
    <message>
        <source>Push to account</source>
        <translation>Hesaba gönder</translation>
    </message>
    <message>
        <source>Pull from account</source>
        <translation>Hesaptan al</translation>
    </message>
    <message>
        <source>Send the contacts of “%1” to:</source>
        <translation>“%1” kişilerini şuraya gönder:</translation>
    </message>
    <message>
        <source>Bring the contacts of “%1” from:</source>
        <translation>“%1” kişilerini şuradan al:</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Kişileri içe aktar</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Kişileri dışa aktar</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>Excel için CSV (*.csv)</translation>
    </message>
    <message>
        <source>Import finished: %1</source>
        <translation>İçe aktarma bitti: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more line(s) (campaignctl contacts import --json lists them all).</source>
        <translation>
            <numerusform>… ve %n satır daha (campaignctl contacts import --json hepsini listeler).</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>İçe aktarmayı geri al</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Birleştir…</translation>
    </message>
    <message>
        <source>Merge groups</source>
        <translation>Grupları birleştir</translation>
    </message>
    <message>
        <source>Move the contacts of “%1” into:</source>
        <translation>“%1” kişilerini şuraya taşı:</translation>
    </message>
    <message>
        <source>Suppression list…</source>
        <translation>Engelleme listesi…</translation>
    </message>
    <message>
        <source>Search contacts: name, email, phone, city…</source>
        <translation>Kişi ara: ad, e-posta, telefon, şehir…</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Kişi ara</translation>
    </message>
    <message>
        <source>Every word must start a word of the name, email address, phone number (with its country code) or city. Accents do not matter.</source>
        <translation>Her kelime adın, e-posta adresinin, telefon numarasının (ülke koduyla) ya da şehrin bir kelimesinin başı olmalı. Aksanlar fark etmez.</translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation>Yeni kişi…</translation>
    </message>
    <message>
        <source>Edit contact…</source>
        <translation>Kişiyi düzenle…</translation>
    </message>
    <message>
        <source>Delete contacts…</source>
        <translation>Kişileri sil…</translation>
    </message>
    <message>
        <source>Copy to group…</source>
        <translation>Gruba kopyala…</translation>
    </message>
    <message>
        <source>Copy contacts</source>
        <translation>Kişileri kopyala</translation>
    </message>
    <message numerus="yes">
        <source>Copy %n contact(s) to:</source>
        <translation>
            <numerusform>%n kişiyi şuraya kopyala:</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to group…</source>
        <translation>Gruba taşı…</translation>
    </message>
    <message>
        <source>Move contacts</source>
        <translation>Kişileri taşı</translation>
    </message>
    <message numerus="yes">
        <source>Move %n contact(s) to:</source>
        <translation>
            <numerusform>%n kişiyi şuraya taşı:</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to suppression list (opted out)</source>
        <translation>Engelleme listesine ekle (izni geri aldı)</translation>
    </message>
    <message>
        <source>Export selected…</source>
        <translation>Seçilenleri dışa aktar…</translation>
    </message>
    <message>
        <source>selected-contacts.csv</source>
        <translation>secilen-kisiler.csv</translation>
    </message>
    <message>
        <source>Export the contacts shown…</source>
        <translation>Gösterilen kişileri dışa aktar…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kişiler</translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation>Sıralanıyor…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Aranıyor…</translation>
    </message>
    <message>
        <source>%1 of %2 match</source>
        <translation>%2 kişiden %1 eşleşiyor</translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation>Kişi kaydedildi.</translation>
    </message>
    <message>
        <source>Contact added.</source>
        <translation>Kişi eklendi.</translation>
    </message>
    <message>
        <source>Delete contacts</source>
        <translation>Kişileri sil</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s) from this group? Campaigns already sent keep their recipients.</source>
        <translation>
            <numerusform>Bu gruptan %n kişi silinsin mi? Gönderilmiş kampanyalar alıcılarını korur.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) deleted.</source>
        <translation>
            <numerusform>%n kişi silindi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) moved to “%1”.</source>
        <translation>
            <numerusform>%n kişi “%1” grubuna taşındı.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) copied to “%1”.</source>
        <translation>
            <numerusform>%n kişi “%1” grubuna kopyalandı.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) left out: “%1” has their email address or phone number already.</source>
        <translation>
            <numerusform>%n kişi dışarıda kaldı: “%1” grubunda e-posta adresleri ya da telefon numaraları zaten var.</numerusform>
        </translation>
    </message>
    <message>
        <source>contacts of “%1”</source>
        <translation>“%1” kişileri</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) added to the suppression list; no campaign will reach them.</source>
        <translation>
            <numerusform>%n adres engelleme listesine eklendi; hiçbir kampanya onlara ulaşmayacak.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show list</source>
        <translation>Listeyi göster</translation>
    </message>
    <message>
        <source>There is no other group. Create one first (Ctrl+N).</source>
        <translation>Başka grup yok. Önce bir tane oluşturun (Ctrl+N).</translation>
    </message>
    <message numerus="yes">
        <source>Move the %n contact(s) of “%1” into “%2” and delete “%1”? Where both groups have a contact with the same email address or phone number, the one in “%2” is kept.</source>
        <translation>
            <numerusform>“%1” grubundaki %n kişi “%2” grubuna taşınsın ve “%1” silinsin mi? İki grupta aynı e-posta adresi ya da telefon numarasına sahip kişi varsa “%2” içindeki korunur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Birleştir</translation>
    </message>
    <message numerus="yes">
        <source>“%1” merged into “%2”: %n contact(s) moved, %3 already there.</source>
        <translation>
            <numerusform>“%1”, “%2” ile birleştirildi: %n kişi taşındı, %3 kişi zaten oradaydı.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Raporu kaydet…</translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation>İçe aktarma raporunu kaydet</translation>
    </message>
    <message>
        <source>import-report.csv</source>
        <translation>ice-aktarma-raporu.csv</translation>
    </message>
    <message>
        <source>Import report saved to “%1”.</source>
        <translation>İçe aktarma raporu “%1” dosyasına kaydedildi.</translation>
    </message>
    <message>
        <source>Check email addresses…</source>
        <translation>E-posta adreslerini denetle…</translation>
    </message>
    <message>
        <source>Check email addresses</source>
        <translation>E-posta adreslerini denetle</translation>
    </message>
    <message>
        <source>Have this account check the addresses of “%1” (it charges for it):</source>
        <translation>“%1” adreslerini bu hesaba denetlet (ücretlidir):</translation>
    </message>
    <message>
        <source>“%1” is linked to a group at “%2”. Delete that group at %3 too? Its contacts there may stay in the account.</source>
        <translation>“%1”, “%2” hesabındaki bir gruba bağlı. O grup %3 tarafında da silinsin mi? Oradaki kişileri hesapta kalabilir.</translation>
    </message>
    <message>
        <source>Delete there too</source>
        <translation>Orada da sil</translation>
    </message>
    <message>
        <source>No account checks email addresses. %1 accounts do; add one in Accounts.</source>
        <translation>Hiçbir hesap e-posta adreslerini denetlemiyor. %1 hesapları denetler; Hesaplar bölümünde bir tane ekleyin.</translation>
    </message>
    <message>
        <source>No account can take contact groups. Add an account whose provider keeps groups, such as %1, in Accounts.</source>
        <translation>Hiçbir hesap kişi grubu alamıyor. Hesaplar bölümünde, sağlayıcısı grup tutan bir hesap ekleyin; örneğin %1.</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>İçe aktar…</translation>
    </message>
    <message>
        <source>Contact files (*.csv *.txt *.xlsx);;CSV files (*.csv *.txt);;Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Kişi dosyaları (*.csv *.txt *.xlsx);;CSV dosyaları (*.csv *.txt);;Excel çalışma kitapları (*.xlsx);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Dışa aktar…</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel çalışma kitabı (*.xlsx)</translation>
    </message>
    <message>
        <source>Segments…</source>
        <translation>Segmentler…</translation>
    </message>
</context>
<context>
    <name>cm::HttpClient</name>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>“%1” bir web adresi değil.</translation>
    </message>
    <message>
        <source>“%1” is not an https address; plain http is allowed only for this computer.</source>
        <translation>“%1” bir https adresi değil; düz http yalnızca bu bilgisayar için kullanılabilir.</translation>
    </message>
</context>
<context>
    <name>cm::HttpJob</name>
    <message numerus="yes">
        <source>No answer within %n second(s).</source>
        <translation>
            <numerusform>%n saniye içinde yanıt gelmedi.</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer in time; the provider may have received the request. Check at the provider before sending again.</source>
        <translation>Zamanında yanıt gelmedi; sağlayıcı isteği almış olabilir. Yeniden göndermeden önce sağlayıcıda denetleyin.</translation>
    </message>
    <message>
        <source>The secure connection failed: %1. Check the base URL; the provider&apos;s certificate must be valid.</source>
        <translation>Güvenli bağlantı kurulamadı: %1. Temel URL&apos;yi denetleyin; sağlayıcının sertifikası geçerli olmalı.</translation>
    </message>
    <message>
        <source>The provider redirected the request to %1, which is not followed: check the account&apos;s base URL.</source>
        <translation>Sağlayıcı isteği %1 adresine yönlendirdi ve yönlendirme izlenmez: hesabın temel URL’sini denetleyin.</translation>
    </message>
    <message>
        <source>The provider answered with a redirect to %1, which is not followed; it may have received the request. Check the account&apos;s base URL and check at the provider before sending again.</source>
        <translation>Sağlayıcı %1 adresine bir yönlendirmeyle yanıt verdi ve yönlendirme izlenmez; sağlayıcı isteği almış olabilir. Hesabın temel URL’sini denetleyin ve yeniden göndermeden önce sağlayıcıda denetleyin.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer was larger than %1 MB and was cut off.</source>
        <translation>Sağlayıcının yanıtı %1 MB’tan büyüktü ve kesildi.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer was cut off: %1.</source>
        <translation>Sağlayıcının yanıtı yarıda kesildi: %1.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer was cut off; it may have received the request. Check at the provider before sending again.</source>
        <translation>Sağlayıcının yanıtı yarıda kesildi; sağlayıcı isteği almış olabilir. Yeniden göndermeden önce sağlayıcıda denetleyin.</translation>
    </message>
</context>
<context>
    <name>cm::ImportDialog</name>
    <message>
        <source>&amp;Skip them</source>
        <translation>&amp;Atla</translation>
    </message>
    <message>
        <source>Import “%1”</source>
        <translation>“%1” içe aktar</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Algıla</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Virgül ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Noktalı virgül ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Sekme</translation>
    </message>
    <message>
        <source>Pipe |</source>
        <translation>Dikey çizgi |</translation>
    </message>
    <message>
        <source>Numbers written without a country code, such as 0532 612 48 37, are read as this country&apos;s.</source>
        <translation>Ülke kodu olmadan yazılan numaralar, örneğin 0532 612 48 37, bu ülkenin numarası olarak okunur.</translation>
    </message>
    <message>
        <source>Preview and the field of each column</source>
        <translation>Önizleme ve her sütunun alanı</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodlama:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Ayırıcı:</translation>
    </message>
    <message>
        <source>Contacts the group has already:</source>
        <translation>Grupta zaten olan kişiler:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>İçe aktar</translation>
    </message>
    <message>
        <source>Choose what each column holds; the first rows are shown.</source>
        <translation>Her sütunun ne içerdiğini seçin; ilk satırlar gösteriliyor.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2.</source>
        <translation>“%1” okunamıyor: %2.</translation>
    </message>
    <message>
        <source>Detect (%1)</source>
        <translation>Algıla (%1)</translation>
    </message>
    <message>
        <source>Detect (tab)</source>
        <translation>Algıla (sekme)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Soyad</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Şehir</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ülke</translation>
    </message>
    <message>
        <source>Custom field “%1”</source>
        <translation>Özel alan “%1”</translation>
    </message>
    <message>
        <source>Ignore this column</source>
        <translation>Bu sütunu yok say</translation>
    </message>
    <message>
        <source>Field of column “%1”</source>
        <translation>“%1” sütununun alanı</translation>
    </message>
    <message>
        <source>Choose the column with the email addresses or the phone numbers.</source>
        <translation>E-posta adreslerinin ya da telefon numaralarının olduğu sütunu seçin.</translation>
    </message>
    <message>
        <source>&amp;First row names the columns</source>
        <translation>İ&amp;lk satır sütun adlarıdır</translation>
    </message>
    <message>
        <source>Detected: a first row with an email address or a phone number in it holds a contact. Without column names, the columns are numbered.</source>
        <translation>Algılanır: içinde e-posta adresi ya da telefon numarası olan bir ilk satır bir kişidir. Sütun adları yoksa sütunlar numaralandırılır.</translation>
    </message>
    <message>
        <source>S&amp;kip the first line (a title)</source>
        <translation>İl&amp;k satırı atla (bir başlık)</translation>
    </message>
    <message>
        <source>&amp;Update them with the file&apos;s values (opt-outs and blocks stay as they are)</source>
        <translation>&amp;Dosyadaki değerlerle güncelle (abonelikten çıkmalar ve engeller olduğu gibi kalır)</translation>
    </message>
    <message>
        <source>Empty cells &amp;clear fields</source>
        <translation>Boş hücreler alanları &amp;temizler</translation>
    </message>
    <message>
        <source>Without it, an update writes only the cells that hold something: an empty cell leaves the contact&apos;s value as it is. Columns the file does not have are never touched.</source>
        <translation>Bu seçilmezse güncelleme yalnızca dolu hücreleri yazar: boş hücre kişinin değerini olduğu gibi bırakır. Dosyada olmayan sütunlara hiç dokunulmaz.</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>S&amp;ayfa:</translation>
    </message>
    <message>
        <source>Phone numbers &amp;from:</source>
        <translation>Telefon numaraları &amp;ülkesi:</translation>
    </message>
    <message>
        <source>Detected: a first line with a single cell above a line of several is a title, such as “Customer list, November”.</source>
        <translation>Algılandı: birkaç hücreli bir satırın üstündeki tek hücreli ilk satır bir başlıktır, örneğin “Müşteri listesi, Kasım”.</translation>
    </message>
    <message>
        <source>S&amp;kip the first line (a title): “%1”</source>
        <translation>İl&amp;k satırı atla (bir başlık): “%1”</translation>
    </message>
</context>
<context>
    <name>cm::ImportStore</name>
    <message>
        <source>start the import</source>
        <translation>içe aktarmanın başlatılması</translation>
    </message>
    <message>
        <source>import the contacts</source>
        <translation>kişilerin içe aktarılması</translation>
    </message>
    <message>
        <source>finish the import</source>
        <translation>içe aktarmanın bitirilmesi</translation>
    </message>
    <message>
        <source>undo an interrupted import</source>
        <translation>yarım kalan bir içe aktarmanın geri alınması</translation>
    </message>
    <message>
        <source>There is no import %1.</source>
        <translation>%1 numaralı bir içe aktarma yok.</translation>
    </message>
    <message>
        <source>undo the import</source>
        <translation>içe aktarmanın geri alınması</translation>
    </message>
    <message>
        <source>Import %1 is not one that can be undone (it is %2).</source>
        <translation>İçe aktarma %1 geri alınamaz (durumu: %2).</translation>
    </message>
</context>
<context>
    <name>cm::JobStatusWidget</name>
    <message>
        <source>Cancel this job</source>
        <translation>Bu işi iptal et</translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>İşi iptal et</translation>
    </message>
    <message numerus="yes">
        <source> (+%n more)</source>
        <translation>
            <numerusform> (+%n tane daha)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of about %2 %3</source>
        <translation>yaklaşık %2 %3 içinden %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 a second</source>
        <translation>saniyede %1</translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>yaklaşık %n sn kaldı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>yaklaşık %n dk kaldı</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cm::KeychainSecretStore</name>
    <message>
        <source>the system keychain</source>
        <translation>sistem anahtar zinciri</translation>
    </message>
    <message>
        <source>The system keychain did not answer (it may be locked and waiting for a password prompt).</source>
        <translation>Sistem anahtar zinciri yanıt vermedi (kilitli olabilir ve bir parola isteğini bekliyor olabilir).</translation>
    </message>
    <message>
        <source>The system keychain is locked.</source>
        <translation>Sistem anahtar zinciri kilitli.</translation>
    </message>
</context>
<context>
    <name>cm::MainWindow</name>
    <message>
        <source>Accounts</source>
        <translation>Hesaplar</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruplar</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Şablonlar</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampanyalar</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Raporlar</translation>
    </message>
    <message>
        <source>Campaign Manager</source>
        <translation>Campaign Manager</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bölümler</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Çalışma alanı: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Çı&amp;k</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Görünüm</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <source>&amp;About Campaign Manager</source>
        <translation>Campaign Manager &amp;hakkında</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>&amp;Qt hakkında</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Sistem dili</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Tema</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistem</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Açık</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Koyu</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Kullanıcı kılavuzu</translation>
    </message>
    <message>
        <source>&amp;Workspace settings…</source>
        <translation>Çalışma alanı &amp;ayarları…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Genel bakış</translation>
    </message>
    <message>
        <source>This is a demo workspace: its account is the Sandbox, which sends nothing, and its contacts and campaigns are made up. Try anything here.</source>
        <translation>Bu bir deneme çalışma alanı: hesabı hiçbir şey göndermeyen Sandbox, kişileri ve kampanyaları uydurma. Burada her şeyi deneyebilirsiniz.</translation>
    </message>
    <message>
        <source>Start with my own accounts</source>
        <translation>Kendi hesaplarımla başla</translation>
    </message>
    <message>
        <source>Campaign Manager starts again on a new, empty workspace (%1), where you add your own accounts and contacts. The demo workspace stays as it is.</source>
        <translation>Campaign Manager yeni ve boş bir çalışma alanıyla (%1) yeniden başlar; orada kendi hesaplarınızı ve kişilerinizi eklersiniz. Deneme çalışma alanı olduğu gibi kalır.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Yeniden başlat</translation>
    </message>
    <message>
        <source>Campaign Manager could not be started again on %1.</source>
        <translation>Campaign Manager %1 ile yeniden başlatılamadı.</translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation>&amp;Demo çalışma alanını aç</translation>
    </message>
    <message>
        <source>Start with my &amp;own accounts…</source>
        <translation>&amp;Kendi hesaplarımla başla…</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Seriler</translation>
    </message>
</context>
<context>
    <name>cm::MemorySecretStore</name>
    <message>
        <source>this session&apos;s memory</source>
        <translation>bu oturumun belleği</translation>
    </message>
</context>
<context>
    <name>cm::MessageBanner</name>
    <message>
        <source>Close this message</source>
        <translation>Bu iletiyi kapat</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>İletiyi kapat</translation>
    </message>
</context>
<context>
    <name>cm::Nrs360Provider</name>
    <message>
        <source>This computer&apos;s IP address is not on the account&apos;s allow list: add it in 360nrs under APIs, then try again.</source>
        <translation>Bu bilgisayarın IP adresi hesabın izin listesinde değil: 360nrs&apos;te API&apos;ler altında ekleyin, sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>The account has not enough credit: top it up in 360nrs.</source>
        <translation>Hesapta yeterli kredi yok: 360nrs&apos;te yükleme yapın.</translation>
    </message>
    <message>
        <source>call of %1 s</source>
        <translation>%1 sn arama</translation>
    </message>
    <message>
        <source>permanent</source>
        <translation>kalıcı</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Temel URL</translation>
    </message>
    <message>
        <source>Your dashboard&apos;s API address, such as https://dashboard.360nrs.com/api/rest.</source>
        <translation>Panelinizin API adresi, örneğin https://dashboard.360nrs.com/api/rest.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Kullanıcı adı</translation>
    </message>
    <message>
        <source>The user name you sign in to 360nrs with.</source>
        <translation>360nrs&apos;e giriş yaptığınız kullanıcı adı.</translation>
    </message>
    <message>
        <source>API password</source>
        <translation>API parolası</translation>
    </message>
    <message>
        <source>Not the sign-in password: set it in 360nrs under APIs → Change API password.</source>
        <translation>Giriş parolası değil: 360nrs&apos;te API&apos;ler → API parolasını değiştir altında belirleyin.</translation>
    </message>
    <message>
        <source>The user name and API password work from this computer&apos;s IP address.</source>
        <translation>Kullanıcı adı ve API parolası bu bilgisayarın IP adresinden çalışıyor.</translation>
    </message>
    <message>
        <source>360nrs lists no sending %1.</source>
        <translation>360nrs&apos;te %1 numaralı gönderim yok.</translation>
    </message>
    <message>
        <source>360nrs holds no scheduled messages of sending %1.</source>
        <translation>360nrs, %1 numaralı gönderimin zamanlanmış hiçbir mesajını tutmuyor.</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kodlama</translation>
    </message>
    <message>
        <source>Automatic uses GSM unless the text needs Unicode; the Portuguese table fits ç, ã and õ in GSM.</source>
        <translation>Otomatik, metin Unicode gerektirmedikçe GSM kullanır; Portekizce tablo ç, ã ve õ harflerini GSM&apos;e sığdırır.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Otomatik</translation>
    </message>
    <message>
        <source>GSM</source>
        <translation>GSM</translation>
    </message>
    <message>
        <source>GSM Portuguese</source>
        <translation>GSM Portekizce</translation>
    </message>
    <message>
        <source>Unicode (UTF-16)</source>
        <translation>Unicode (UTF-16)</translation>
    </message>
    <message>
        <source>Flash SMS</source>
        <translation>Flaş SMS</translation>
    </message>
    <message>
        <source>Shown at once on the screen; some phones do not store it.</source>
        <translation>Hemen ekranda gösterilir; bazı telefonlar saklamaz.</translation>
    </message>
    <message>
        <source>Expires after (hours)</source>
        <translation>Şu kadar sonra geçersiz (saat)</translation>
    </message>
    <message>
        <source>Track opens</source>
        <translation>Açılmaları izle</translation>
    </message>
    <message>
        <source>A tracking pixel tells who opened the email.</source>
        <translation>Bir izleme pikseli e-postayı kimin açtığını söyler.</translation>
    </message>
    <message>
        <source>Track clicks</source>
        <translation>Tıklamaları izle</translation>
    </message>
    <message>
        <source>Links go through 360nrs, which counts who clicked.</source>
        <translation>Bağlantılar 360nrs üzerinden geçer ve kimin tıkladığını sayar.</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>Sertifikalı</translation>
    </message>
    <message>
        <source>360nrs issues a certificate of delivery for each message, at an extra cost.</source>
        <translation>360nrs her mesaj için ek ücretle bir teslim sertifikası verir.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiketler</translation>
    </message>
    <message>
        <source>Comma-separated; they filter the statistics in the 360nrs dashboard.</source>
        <translation>Virgülle ayrılır; 360nrs panelindeki istatistikleri süzer.</translation>
    </message>
    <message>
        <source>360nrs: SMS, email, voice calls (read aloud or an audio file), SMS with a landing page and WhatsApp templates, with campaign statistics, opens, clicks and a report of every event; scheduled sends that can be moved or cancelled; WhatsApp conversations; groups, contacts and a blacklist. The API answers only from the IP addresses registered in 360nrs.</source>
        <translation>360nrs: SMS, e-posta, sesli aramalar (sesli okuma ya da ses dosyası), açılış sayfalı SMS ve WhatsApp şablonları; kampanya istatistikleri, açılmalar, tıklamalar ve her olayın raporu; taşınabilen ya da iptal edilebilen zamanlanmış gönderimler; WhatsApp konuşmaları; gruplar, kişiler ve kara liste. API yalnızca 360nrs&apos;te kayıtlı IP adreslerinden yanıt verir.</translation>
    </message>
    <message>
        <source>Landing page</source>
        <translation>Açılış sayfası</translation>
    </message>
    <message>
        <source>Voice language</source>
        <translation>Ses dili</translation>
    </message>
    <message>
        <source>The language the text is read in; Mandarin, Arabic and Hindi have a female voice only.</source>
        <translation>Metnin okunduğu dil; Mandarin, Arapça ve Hintçe yalnızca kadın sesiyle okunur.</translation>
    </message>
    <message>
        <source>English (United Kingdom)</source>
        <translation>İngilizce (Birleşik Krallık)</translation>
    </message>
    <message>
        <source>English (United States)</source>
        <translation>İngilizce (ABD)</translation>
    </message>
    <message>
        <source>Spanish (Spain)</source>
        <translation>İspanyolca (İspanya)</translation>
    </message>
    <message>
        <source>Spanish (Latin America)</source>
        <translation>İspanyolca (Latin Amerika)</translation>
    </message>
    <message>
        <source>Portuguese (Portugal)</source>
        <translation>Portekizce (Portekiz)</translation>
    </message>
    <message>
        <source>Portuguese (Brazil)</source>
        <translation>Portekizce (Brezilya)</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Almanca</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Fransızca</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>İtalyanca</translation>
    </message>
    <message>
        <source>Mandarin Chinese</source>
        <translation>Mandarin Çincesi</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arapça</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hintçe</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Ses</translation>
    </message>
    <message>
        <source>A female or a male voice reads the text.</source>
        <translation>Metni bir kadın ya da erkek sesi okur.</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Kadın</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Erkek</translation>
    </message>
    <message>
        <source>Audio file</source>
        <translation>Ses dosyası</translation>
    </message>
    <message>
        <source>Caller numbers</source>
        <translation>Arayan numaralar</translation>
    </message>
    <message>
        <source>The number calls come from, by country, such as ES=612345678, PT=698765432; other countries get the account&apos;s default caller. 360nrs support sets them up.</source>
        <translation>Aramaların geldiği numara, ülkeye göre; örneğin ES=612345678, PT=698765432. Diğer ülkeler hesabın varsayılan numarasını kullanır. Bunları 360nrs desteği ayarlar.</translation>
    </message>
    <message>
        <source>Call again if unanswered</source>
        <translation>Yanıtlanmazsa yeniden ara</translation>
    </message>
    <message>
        <source>How many more times an unanswered call is tried, up to 5; set an expiry so that retries do not come at night.</source>
        <translation>Yanıtlanmayan bir aramanın en fazla 5 kez daha denenme sayısı; yeniden aramalar geceye kalmasın diye bir geçerlilik süresi ayarlayın.</translation>
    </message>
    <message>
        <source>Hang up on answering machines</source>
        <translation>Telesekreterde kapat</translation>
    </message>
    <message>
        <source>360nrs detects an answering machine and ends the call instead of leaving the message.</source>
        <translation>360nrs telesekreteri algılar ve mesajı bırakmak yerine aramayı sonlandırır.</translation>
    </message>
    <message>
        <source>Not delivered (or called) after this many hours from the send; 0: the network&apos;s default.</source>
        <translation>Gönderimden bu kadar saat sonra teslim edilmez (ya da aranmaz); 0: şebekenin varsayılanı.</translation>
    </message>
    <message>
        <source>WhatsApp template id</source>
        <translation>WhatsApp şablon kimliği</translation>
    </message>
    <message>
        <source>Automatic answer</source>
        <translation>Otomatik yanıt</translation>
    </message>
    <message>
        <source>What WhatsApp answers by itself to a recipient&apos;s first reply; empty: nothing.</source>
        <translation>Alıcının ilk yanıtına WhatsApp&apos;ın kendiliğinden vereceği yanıt; boş: hiçbir şey.</translation>
    </message>
    <message>
        <source>The 360nrs template the link opens, as v2:ID or v1:ID (Templates ▸ Preview at account… lists them; Send to account… puts one of yours there). The link goes where the text has {LAND_URL}, or at its end.</source>
        <translation>Bağlantının açtığı 360nrs şablonu, v2:KİMLİK ya da v1:KİMLİK biçiminde (Şablonlar ▸ Hesapta önizle… bunları listeler; Hesaba gönder… sizinkilerden birini oraya koyar). Bağlantı metinde {LAND_URL} olan yere, yoksa sonuna gelir.</translation>
    </message>
    <message>
        <source>The id of a WhatsApp template approved in 360nrs (the API cannot list them). Each line of the message fills one of its body variables, in order; lines starting header:, button:, reply: or location: (latitude, longitude, name, address) fill those. The campaign&apos;s sender is the WhatsApp number registered in 360nrs.</source>
        <translation>360nrs&apos;te onaylanmış bir WhatsApp şablonunun kimliği (API bunları listeleyemez). Mesajın her satırı, sırayla, şablonun gövde değişkenlerinden birini doldurur; header:, button:, reply: ya da location: (enlem, boylam, ad, adres) ile başlayan satırlar bunları doldurur. Kampanyanın göndereni 360nrs&apos;te kayıtlı WhatsApp numarasıdır.</translation>
    </message>
    <message>
        <source>The public web address (https://…) of the MP3 or WAV file the call plays; empty: the call reads the text aloud.</source>
        <translation>Aramada çalınan MP3 ya da WAV dosyasının herkese açık web adresi (https://…); boşsa arama metni sesli okur.</translation>
    </message>
</context>
<context>
    <name>cm::OutboxProvider</name>
    <message>
        <source>Outbox (outbox.rest), Türkiye: SMS, MMS and email with per-recipient status. No balance and no cancel of scheduled API sends.</source>
        <translation>Outbox (outbox.rest), Türkiye: alıcı başına durumla SMS, MMS ve e-posta. Bakiye bilgisi ve API ile zamanlanmış gönderimlerin iptali yok.</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Temel URL</translation>
    </message>
    <message>
        <source>Leave empty for https://outbox.rest. Change it only for a test server.</source>
        <translation>https://outbox.rest için boş bırakın. Yalnızca bir deneme sunucusu için değiştirin.</translation>
    </message>
    <message>
        <source>Auth key</source>
        <translation>Yetki anahtarı (Auth key)</translation>
    </message>
    <message>
        <source>The API token from the Outbox panel (Settings → API), such as xxxxx-xxxxx-xxxxx-…</source>
        <translation>Outbox panelindeki API anahtarı (Ayarlar → API), örneğin xxxxx-xxxxx-xxxxx-…</translation>
    </message>
    <message numerus="yes">
        <source>The auth key works; the account has %n group(s).</source>
        <translation>
            <numerusform>Yetki anahtarı çalışıyor; hesapta %n grup var.</numerusform>
        </translation>
    </message>
    <message>
        <source>Outbox&apos;s answer does not list this recipient, so it may have been sent or not. Check at Outbox before sending to it again.</source>
        <translation>Outbox&apos;ın yanıtında bu alıcı yok; ileti gönderilmiş de olabilir, gönderilmemiş de. Ona yeniden göndermeden önce Outbox&apos;ta denetleyin.</translation>
    </message>
</context>
<context>
    <name>cm::OverviewPane</name>
    <message>
        <source>Open the campaign and resolve its unknown recipients.</source>
        <translation>Kampanyayı açın ve bilinmeyen alıcılarını çözümleyin.</translation>
    </message>
    <message>
        <source>Open the report and refresh it again.</source>
        <translation>Raporu açın ve yeniden yenileyin.</translation>
    </message>
    <message>
        <source>Open the account, then edit it or test its connection.</source>
        <translation>Hesabı açın, sonra düzenleyin ya da bağlantısını sınayın.</translation>
    </message>
    <message>
        <source>Connection works (tested %1)</source>
        <translation>Bağlantı çalışıyor (%1 sınandı)</translation>
    </message>
    <message>
        <source>Connection test failed (%1): %2</source>
        <translation>Bağlantı sınaması başarısız (%1): %2</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation>Bakiye: %1</translation>
    </message>
    <message>
        <source>Reading the report…</source>
        <translation>Rapor okunuyor…</translation>
    </message>
    <message>
        <source>No report yet</source>
        <translation>Henüz rapor yok</translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n gönderildi</numerusform>
        </translation>
    </message>
    <message>
        <source>delivered %1</source>
        <translation>teslim %1</translation>
    </message>
    <message>
        <source>opened %1</source>
        <translation>açılma %1</translation>
    </message>
    <message>
        <source>clicked %1</source>
        <translation>tıklama %1</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>İlgi bekliyor</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Hesap</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Zamanlandı</translation>
    </message>
    <message>
        <source>Recent campaign</source>
        <translation>Son kampanya</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Ne</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Öğe</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Ayrıntılar</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Genel bakış</translation>
    </message>
    <message>
        <source>Nothing here yet.
Add an account (Accounts) and contacts (Groups), then write a template and a campaign: the overview then shows what is scheduled, how recent campaigns did and what needs attention.</source>
        <translation>Burada henüz bir şey yok.
Bir hesap (Hesaplar) ve kişiler (Gruplar) ekleyin, sonra bir şablon ve bir kampanya yazın: genel bakış o zaman planlananları, son kampanyaların nasıl gittiğini ve ilgi bekleyenleri gösterir.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n hesap</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s) scheduled in the next %1 days</source>
        <translation>
            <numerusform>Önümüzdeki %1 günde planlanmış %n kampanya</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) need attention</source>
        <translation>
            <numerusform>%n öğe ilgi bekliyor</numerusform>
        </translation>
    </message>
    <message>
        <source>Open in Accounts</source>
        <translation>Hesaplar’da aç</translation>
    </message>
    <message>
        <source>Open in Reports</source>
        <translation>Raporlar’da aç</translation>
    </message>
    <message>
        <source>Open in Campaigns</source>
        <translation>Kampanyalar’da aç</translation>
    </message>
    <message>
        <source>Not tested yet</source>
        <translation>Henüz sınanmadı</translation>
    </message>
    <message>
        <source>Turned away for its rate limit at the last try</source>
        <translation>Son denemede hız sınırı nedeniyle geri çevrildi</translation>
    </message>
</context>
<context>
    <name>cm::OverviewService</name>
    <message numerus="yes">
        <source>“%1”: %n recipient(s) may or may not have been sent. Check with the provider or resolve them.</source>
        <translation>
            <numerusform>“%1”: %n alıcıya gönderilip gönderilmediği bilinmiyor. Sağlayıcıya sorun ya da çözümleyin.</numerusform>
        </translation>
    </message>
    <message>
        <source>The report of “%1” could not be refreshed: %2</source>
        <translation>“%1” raporu yenilenemedi: %2</translation>
    </message>
    <message numerus="yes">
        <source>Series “%1”: %n message(s) may or may not have been sent. Check with the provider or resolve them.</source>
        <translation>
            <numerusform>“%1” serisi: %n mesaj gönderilmiş de olabilir, gönderilmemiş de. Sağlayıcıya sorun ya da çözün.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cm::Pane</name>
    <message>
        <source>Filter…</source>
        <translation>Süz…</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>Listeyi süz</translation>
    </message>
</context>
<context>
    <name>cm::PriceTable</name>
    <message>
        <source>Country</source>
        <translation>Ülke</translation>
    </message>
    <message>
        <source>Price per part</source>
        <translation>Parça başına fiyat</translation>
    </message>
    <message>
        <source>Prices per SMS part by country</source>
        <translation>Ülkelere göre SMS parçası fiyatları</translation>
    </message>
    <message>
        <source>A country by its name or code (Türkiye, TR), and the price of one SMS part there. The empty last row adds one.</source>
        <translation>Adı ya da koduyla bir ülke (Türkiye, TR) ve orada bir SMS parçasının fiyatı. Boş son satır yeni bir satır ekler.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>yok</translation>
    </message>
    <message>
        <source>Price per part in any other country</source>
        <translation>Diğer ülkelerde parça başına fiyat</translation>
    </message>
    <message>
        <source>Currency of the prices</source>
        <translation>Fiyatların para birimi</translation>
    </message>
    <message>
        <source>Any other country:</source>
        <translation>Diğer ülkeler:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Para birimi:</translation>
    </message>
    <message>
        <source>Prices, row %1: “%2” is not a country; write its name or its code, such as Türkiye or TR.</source>
        <translation>Fiyatlar, satır %1: “%2” bir ülke değil; adını ya da kodunu yazın, örneğin Türkiye ya da TR.</translation>
    </message>
    <message>
        <source>Prices, row %1: “%2” is not a price; write a number such as 0.05.</source>
        <translation>Fiyatlar, satır %1: “%2” bir fiyat değil; 0.05 gibi bir sayı yazın.</translation>
    </message>
    <message>
        <source>The price for any other country, “%1”, is not a number; write one such as 0.05.</source>
        <translation>Diğer ülkeler için fiyat “%1” bir sayı değil; 0.05 gibi bir sayı yazın.</translation>
    </message>
    <message>
        <source>The currency “%1” is not a currency code; write three letters, such as EUR or TRY.</source>
        <translation>“%1” bir para birimi kodu değil; EUR ya da TRY gibi üç harf yazın.</translation>
    </message>
</context>
<context>
    <name>cm::Provider</name>
    <message>
        <source>list groups</source>
        <translation>grupları listelemek</translation>
    </message>
    <message>
        <source>create groups</source>
        <translation>grup oluşturmak</translation>
    </message>
    <message>
        <source>upload contacts</source>
        <translation>kişileri yüklemek</translation>
    </message>
    <message>
        <source>download contacts</source>
        <translation>kişileri indirmek</translation>
    </message>
    <message>
        <source>cancel a scheduled send</source>
        <translation>zamanlanmış bir gönderimi iptal etmek</translation>
    </message>
    <message>
        <source>report per-recipient status</source>
        <translation>alıcı başına durum bildirmek</translation>
    </message>
    <message>
        <source>report campaign statistics</source>
        <translation>kampanya istatistiklerini bildirmek</translation>
    </message>
    <message>
        <source>list opt-outs</source>
        <translation>ret listesini göstermek</translation>
    </message>
    <message>
        <source>block or unsubscribe a contact</source>
        <translation>bir kişiyi engellemek ya da aboneliğini kaldırmak</translation>
    </message>
    <message>
        <source>export a campaign&apos;s events</source>
        <translation>bir kampanyanın olaylarını dışa aktarma</translation>
    </message>
    <message>
        <source>reschedule messages</source>
        <translation>mesajları yeniden zamanlama</translation>
    </message>
    <message>
        <source>keep templates</source>
        <translation>şablon tutma</translation>
    </message>
    <message>
        <source>validate email addresses</source>
        <translation>e-posta adreslerini doğrulama</translation>
    </message>
    <message>
        <source>rename a group</source>
        <translation>bir grubu yeniden adlandırma</translation>
    </message>
    <message>
        <source>test an email for spam</source>
        <translation>bir e-postayı spam açısından test etmek</translation>
    </message>
    <message>
        <source>delete groups</source>
        <translation>grupları silmek</translation>
    </message>
    <message>
        <source>list WhatsApp conversations</source>
        <translation>WhatsApp konuşmalarını listelemek</translation>
    </message>
    <message>
        <source>read a WhatsApp conversation</source>
        <translation>bir WhatsApp konuşmasını okumak</translation>
    </message>
    <message>
        <source>answer in a WhatsApp conversation</source>
        <translation>bir WhatsApp konuşmasında yanıt vermek</translation>
    </message>
    <message>
        <source>say which messages it has</source>
        <translation>hangi mesajların kendisinde olduğunu söylemek</translation>
    </message>
</context>
<context>
    <name>cm::ProviderError</name>
    <message>
        <source> The provider said: “%1”.</source>
        <translation> Sağlayıcının yanıtı: “%1”.</translation>
    </message>
    <message>
        <source> The provider said: “%1” (%2).</source>
        <translation> Sağlayıcının yanıtı: “%1” (%2).</translation>
    </message>
    <message>
        <source>“%1” was refused: the credentials are wrong or expired. Edit the account and enter them again.</source>
        <translation>“%1” reddedildi: kimlik bilgileri yanlış ya da süresi dolmuş. Hesabı düzenleyip yeniden girin.</translation>
    </message>
    <message>
        <source>“%1” did not accept the request. Correct what it names and try again.</source>
        <translation>“%1” isteği kabul etmedi. Belirttiği şeyi düzeltip yeniden deneyin.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is receiving too many requests; try again in %n second(s).</source>
        <translation>
            <numerusform>“%1” çok fazla istek alıyor; %n saniye sonra yeniden deneyin.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is receiving too many requests; try again in a minute.</source>
        <translation>“%1” çok fazla istek alıyor; bir dakika sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>“%1” could not be reached or had a temporary problem. Check the connection and try again.</source>
        <translation>“%1” hesabına ulaşılamadı ya da geçici bir sorun oluştu. Bağlantıyı denetleyip yeniden deneyin.</translation>
    </message>
    <message>
        <source>“%1” refused the request.</source>
        <translation>“%1” isteği reddetti.</translation>
    </message>
    <message>
        <source>The provider of “%1” cannot do this: %2.</source>
        <translation>“%1” hesabının sağlayıcısı bunu yapamıyor: %2.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>İptal edildi.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>Hiçbir şey gönderilmedi: %1</translation>
    </message>
</context>
<context>
    <name>cm::ProviderInfo</name>
    <message>
        <source>Group sync</source>
        <translation>Grup eşitleme</translation>
    </message>
    <message>
        <source>Create groups</source>
        <translation>Grup oluşturma</translation>
    </message>
    <message>
        <source>Upload contacts</source>
        <translation>Kişi yükleme</translation>
    </message>
    <message>
        <source>Download contacts</source>
        <translation>Kişi indirme</translation>
    </message>
    <message>
        <source>Remote templates</source>
        <translation>Uzak şablonlar</translation>
    </message>
    <message>
        <source>Scheduling at the provider</source>
        <translation>Sağlayıcıda zamanlama</translation>
    </message>
    <message>
        <source>Cancel scheduled sends</source>
        <translation>Zamanlanmış gönderimleri iptal</translation>
    </message>
    <message>
        <source>Per-recipient status</source>
        <translation>Alıcı başına durum</translation>
    </message>
    <message>
        <source>Campaign statistics</source>
        <translation>Kampanya istatistikleri</translation>
    </message>
    <message>
        <source>Opt-out list</source>
        <translation>Ret listesi</translation>
    </message>
    <message>
        <source>Test sends</source>
        <translation>Deneme gönderimleri</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Bakiye</translation>
    </message>
    <message>
        <source>Event export</source>
        <translation>Olay dışa aktarımı</translation>
    </message>
    <message>
        <source>Email validation</source>
        <translation>E-posta doğrulama</translation>
    </message>
    <message>
        <source>%1 takes no campaign options.</source>
        <translation>%1 kampanya seçeneği almaz.</translation>
    </message>
    <message>
        <source>%1 has no option “%2”; it has: %3.</source>
        <translation>%1 için “%2” seçeneği yok; olanlar: %3.</translation>
    </message>
    <message>
        <source>“%1” takes a whole number from %2 to %3.</source>
        <translation>“%1”, %2 ile %3 arasında bir tam sayı alır.</translation>
    </message>
    <message>
        <source>“%1” takes one of: %2.</source>
        <translation>“%1” şunlardan birini alır: %2.</translation>
    </message>
    <message>
        <source>“%1” takes true or false.</source>
        <translation>“%1” true ya da false alır.</translation>
    </message>
    <message>
        <source>Rename groups</source>
        <translation>Grupları yeniden adlandırma</translation>
    </message>
    <message>
        <source>Spam test</source>
        <translation>Spam testi</translation>
    </message>
    <message>
        <source>Delete groups</source>
        <translation>Grupları silme</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>ayarlanmamış</translation>
    </message>
    <message>
        <source>“%1” applies only with %2 %3.</source>
        <translation>“%1” yalnızca %2 %3 ile geçerlidir.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ya da </translation>
    </message>
    <message>
        <source>“%1” is not valid here. %2</source>
        <translation>“%1” burada geçerli değil. %2</translation>
    </message>
    <message>
        <source>%1 needs “%2” (%3) here.</source>
        <translation>%1 burada “%2” (%3) ister.</translation>
    </message>
    <message>
        <source>WhatsApp conversations</source>
        <translation>WhatsApp konuşmaları</translation>
    </message>
    <message>
        <source>the text is %1 characters long; %2 takes at most %3 for a %4. Shorten the template.</source>
        <translation>metin %1 karakter; %2, %4 için en fazla %3 karakter kabul eder. Şablonu kısaltın.</translation>
    </message>
    <message>
        <source>the text is empty.</source>
        <translation>metin boş.</translation>
    </message>
    <message>
        <source>Sends: %1</source>
        <translation>Gönderir: %1</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Hedef kitle</translation>
    </message>
    <message>
        <source>Scheduling</source>
        <translation>Zamanlama</translation>
    </message>
    <message>
        <source>Move scheduled sends</source>
        <translation>Zamanlanmış gönderimleri taşıma</translation>
    </message>
    <message>
        <source>Sending windows</source>
        <translation>Gönderim aralıkları</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>Raporlama</translation>
    </message>
    <message>
        <source>Extras</source>
        <translation>Ekstralar</translation>
    </message>
</context>
<context>
    <name>cm::RecipientModel</name>
    <message>
        <source>State</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Son olay</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zaman</translation>
    </message>
    <message>
        <source>Provider id</source>
        <translation>Sağlayıcı kimliği</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Hata</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
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
        <translation>“%1” yazılamıyor: %2.</translation>
    </message>
    <message>
        <source>The report cannot be read: %1.</source>
        <translation>Rapor okunamıyor: %1.</translation>
    </message>
</context>
<context>
    <name>cm::ReportService</name>
    <message>
        <source>%1 does not report delivery for campaigns.</source>
        <translation>%1 kampanyalar için teslim bilgisi vermiyor.</translation>
    </message>
    <message>
        <source>Refresh cancelled; the report keeps what was fetched.</source>
        <translation>Yenileme iptal edildi; rapor alınanları koruyor.</translation>
    </message>
    <message numerus="yes">
        <source>Report of “%1” refreshed: %n new event(s).</source>
        <translation>
            <numerusform>“%1” raporu yenilendi: %n yeni olay.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refreshing the report of “%1”</source>
        <translation>“%1” raporu yenileniyor</translation>
    </message>
    <message>
        <source>Refreshing a report</source>
        <translation>Bir rapor yenileniyor</translation>
    </message>
    <message>
        <source>“%1” has no account: choose one in the campaign first.</source>
        <translation>“%1” kampanyasının hesabı yok: önce kampanyada bir hesap seçin.</translation>
    </message>
    <message>
        <source>That campaign no longer exists.</source>
        <translation>Bu kampanya artık yok.</translation>
    </message>
    <message>
        <source>“%1” uses a provider this version does not know.</source>
        <translation>“%1” bu sürümün tanımadığı bir sağlayıcı kullanıyor.</translation>
    </message>
    <message>
        <source>%1 gave no campaign id for these sends, so it cannot report on them. %2</source>
        <translation>%1 bu gönderimler için kampanya kimliği vermedi, bu yüzden onlar hakkında rapor veremez. %2</translation>
    </message>
</context>
<context>
    <name>cm::ReportsPane</name>
    <message>
        <source>All recipients</source>
        <translation>Tüm alıcılar</translation>
    </message>
    <message>
        <source>Recipients and their status</source>
        <translation>Alıcılar ve durumları</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Alıcılar</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Raporlar</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Yenile</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>%1 tarihinde güncellendi</translation>
    </message>
    <message>
        <source>No report yet. Refresh (F5) to ask the provider what happened.</source>
        <translation>Henüz rapor yok. Sağlayıcıya ne olduğunu sormak için yenileyin (F5).</translation>
    </message>
    <message>
        <source>No report yet: this campaign has not been sent.</source>
        <translation>Henüz rapor yok: bu kampanya gönderilmedi.</translation>
    </message>
    <message>
        <source>the provider</source>
        <translation>sağlayıcı</translation>
    </message>
    <message>
        <source>Not reported by %1</source>
        <translation>%1 bildirmiyor</translation>
    </message>
    <message>
        <source>Cost: not reported by %1</source>
        <translation>Maliyet: %1 bildirmiyor</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Yeniden dene</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Maliyet: %1</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV dışa aktar…</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Raporu dışa aktar</translation>
    </message>
    <message>
        <source>%1 report.csv</source>
        <translation>%1 raporu.csv</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>Excel için CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) written to “%1”.</source>
        <translation>
            <numerusform>%n alıcı “%1” dosyasına yazıldı.</numerusform>
        </translation>
    </message>
    <message>
        <source>Who: %1</source>
        <translation>Kim: %1</translation>
    </message>
    <message>
        <source>Show recipients by state or by what they did</source>
        <translation>Alıcıları duruma ya da yaptıklarına göre göster</translation>
    </message>
    <message>
        <source>New group from these…</source>
        <translation>Bunlardan yeni grup…</translation>
    </message>
    <message>
        <source>New group from these recipients</source>
        <translation>Bu alıcılardan yeni grup</translation>
    </message>
    <message>
        <source>A new contact group with the contacts the table shows (%1):</source>
        <translation>Tablonun gösterdiği kişilerle yeni bir kişi grubu (%1):</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No contact in the workspace matches this filter.</source>
        <translation>Çalışma alanında bu filtreye uyan kişi yok.</translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation>Grubun bir adı olmalı.</translation>
    </message>
    <message numerus="yes">
        <source>Group “%1” made with %n contact(s); send them a follow-up from Campaigns.</source>
        <translation>
            <numerusform>%n kişiyle “%1” grubu oluşturuldu; Kampanyalar’dan onlara bir devam mesajı gönderin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Karşılaştır…</translation>
    </message>
    <message>
        <source>Compare the selected campaigns (Ctrl+M); select several with Ctrl or Shift.</source>
        <translation>Seçilen kampanyaları karşılaştırın (Ctrl+M); birden çok seçmek için Ctrl ya da Shift kullanın.</translation>
    </message>
    <message>
        <source>PDF summary…</source>
        <translation>PDF özeti…</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Raporu PDF olarak kaydet</translation>
    </message>
    <message>
        <source>%1 report.pdf</source>
        <translation>%1 raporu.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation>Grafiği kaydet…</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Grafiği kaydet</translation>
    </message>
    <message>
        <source>chart.png</source>
        <translation>grafik.png</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG görüntüsü (*.png)</translation>
    </message>
    <message>
        <source>Chart saved to “%1”.</source>
        <translation>Grafik “%1” dosyasına kaydedildi.</translation>
    </message>
    <message>
        <source>“%1” cannot be written.</source>
        <translation>“%1” yazılamıyor.</translation>
    </message>
    <message>
        <source>This campaign has no report yet: refresh it first.</source>
        <translation>Bu kampanyanın henüz raporu yok: önce yenileyin.</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Rapor: %1</translation>
    </message>
    <message>
        <source>report of %1</source>
        <translation>%1 tarihli rapor</translation>
    </message>
    <message>
        <source>not reported by %1</source>
        <translation>%1 bildirmiyor</translation>
    </message>
    <message>
        <source>PDF summary saved to “%1”.</source>
        <translation>PDF özeti “%1” dosyasına kaydedildi.</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Huni</translation>
    </message>
    <message>
        <source>Over time and links</source>
        <translation>Zaman ve bağlantılar</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Grafikler</translation>
    </message>
    <message>
        <source>No campaign has been sent yet.
Once one is, its delivery and engagement show here.</source>
        <translation>Henüz hiçbir kampanya gönderilmedi.
Gönderildiğinde teslim ve etkileşim bilgileri burada görünür.</translation>
    </message>
    <message>
        <source>Refresh the selected report, or the list when it has the focus (%1)</source>
        <translation>Seçili raporu ya da odaktaysa listeyi yenile (%1)</translation>
    </message>
    <message>
        <source>The list of reports is up to date.</source>
        <translation>Rapor listesi güncel.</translation>
    </message>
    <message>
        <source>Nothing to refresh: this campaign has no recipients yet.</source>
        <translation>Yenilenecek bir şey yok: bu kampanyanın henüz alıcısı yok.</translation>
    </message>
    <message>
        <source>A/B test</source>
        <translation>A/B testi</translation>
    </message>
</context>
<context>
    <name>cm::RuleBuilder</name>
    <message>
        <source>Contacts matching all of these</source>
        <translation>Bunların hepsine uyan kişiler</translation>
    </message>
    <message>
        <source>Contacts matching any of these</source>
        <translation>Bunlardan herhangi birine uyan kişiler</translation>
    </message>
    <message>
        <source>How the conditions combine</source>
        <translation>Koşulların nasıl birleştiği</translation>
    </message>
    <message>
        <source>Add &amp;condition</source>
        <translation>&amp;Koşul ekle</translation>
    </message>
    <message>
        <source>Field or event</source>
        <translation>Alan ya da olay</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Karşılaştırma</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Değer</translation>
    </message>
    <message>
        <source>value; for in: a, b, c</source>
        <translation>değer; in için: a, b, c</translation>
    </message>
    <message>
        <source>Group or campaign</source>
        <translation>Grup ya da kampanya</translation>
    </message>
    <message>
        <source>ever</source>
        <translation>hiç</translation>
    </message>
    <message>
        <source>in the last </source>
        <translation>son </translation>
    </message>
    <message>
        <source> days</source>
        <translation> günde</translation>
    </message>
    <message>
        <source>In the last days</source>
        <translation>Son günlerde</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Bu koşulu kaldır</translation>
    </message>
    <message>
        <source>did</source>
        <translation>yaptı</translation>
    </message>
    <message>
        <source>did not</source>
        <translation>yapmadı</translation>
    </message>
    <message>
        <source>is</source>
        <translation>öyle</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>değil</translation>
    </message>
    <message>
        <source>any campaign</source>
        <translation>herhangi bir kampanya</translation>
    </message>
    <message>
        <source>This rule uses brackets, not, mixes and with or, or names a group or campaign the lists do not have: edit it as text above, or start the rows again with Add condition.</source>
        <translation>Bu kural parantez ya da not kullanıyor, and ile or&apos;u karıştırıyor ya da listelerde olmayan bir grup veya kampanyayı anıyor: yukarıda metin olarak düzenleyin ya da satırlara Koşul ekle ile yeniden başlayın.</translation>
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
        <translation>Yerleşik benzetici: hiçbir şey göndermez; teslimi, açılmaları, tıklamaları, geri dönmeleri ve abonelikten çıkmaları zaman içinde taklit eder. Campaign Manager&apos;ı denemek ve bir kampanyanın provasını yapmak için kullanın.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API anahtarı</translation>
    </message>
    <message>
        <source>Any text. The sandbox refuses the key “invalid”, to show what a wrong key looks like.</source>
        <translation>Herhangi bir metin. Yanlış anahtarın nasıl göründüğünü göstermek için Sandbox “invalid” anahtarını reddeder.</translation>
    </message>
    <message>
        <source>Sandbox account: nothing is sent; delivery and engagement are simulated.</source>
        <translation>Sandbox hesabı: hiçbir şey gönderilmez; teslim ve etkileşim taklit edilir.</translation>
    </message>
</context>
<context>
    <name>cm::SegmentRule</name>
    <message>
        <source>a condition, such as country = ES</source>
        <translation>bir koşul; örneğin country = ES</translation>
    </message>
    <message>
        <source>and, or, or the end of the rule</source>
        <translation>and, or ya da kuralın sonu</translation>
    </message>
    <message>
        <source>At %1: a text in quotes is not closed; add %2 at its end.</source>
        <translation>%1. karakterde: tırnak içindeki bir metin kapatılmamış; sonuna %2 ekleyin.</translation>
    </message>
    <message>
        <source>At %1: “%2” is not understood; compare with =, !=, &lt;, &gt;, contains, starts with, is empty or in (…).</source>
        <translation>%1. karakterde: “%2” anlaşılmıyor; =, !=, &lt;, &gt;, contains, starts with, is empty veya in (…) ile karşılaştırın.</translation>
    </message>
    <message>
        <source>the end of the rule</source>
        <translation>kuralın sonu</translation>
    </message>
    <message>
        <source>At %1: expected %2, found %3.</source>
        <translation>%1. karakterde: %2 bekleniyordu, %3 bulundu.</translation>
    </message>
    <message>
        <source>At %1: %2</source>
        <translation>%1. karakterde: %2</translation>
    </message>
    <message>
        <source>“)” to close the bracket</source>
        <translation>parantezi kapatan “)”</translation>
    </message>
    <message>
        <source>a value after “%1” (a number, a word or a text in quotes)</source>
        <translation>“%1” sonrasında bir değer (sayı, sözcük ya da tırnak içinde metin)</translation>
    </message>
    <message>
        <source>a field, group, suppressed, or what contacts did (opened, clicked…)</source>
        <translation>bir alan, group, suppressed ya da kişilerin yaptığı (opened, clicked…)</translation>
    </message>
    <message>
        <source>“%1” is not a field name: use letters, digits and _, as in first_name.</source>
        <translation>“%1” bir alan adı değil: first_name gibi harf, rakam ve _ kullanın.</translation>
    </message>
    <message>
        <source>“empty” after “%1”</source>
        <translation>“%1” sonrasında “empty”</translation>
    </message>
    <message>
        <source>=, !=, &lt;, &lt;=, &gt;, &gt;=, contains, starts with, in (…) or is empty after “%1”</source>
        <translation>“%1” sonrasında =, !=, &lt;, &lt;=, &gt;, &gt;=, contains, starts with, in (…) veya is empty</translation>
    </message>
    <message>
        <source>“(” and a list of values after “in”</source>
        <translation>“in” sonrasında “(” ve bir değer listesi</translation>
    </message>
    <message>
        <source>“,” and another value, or “)” to end the list</source>
        <translation>“,” ve başka bir değer ya da listeyi bitiren “)”</translation>
    </message>
    <message>
        <source>there is no group “%1”.</source>
        <translation>“%1” adında bir grup yok.</translation>
    </message>
    <message>
        <source>there is no campaign “%1”.</source>
        <translation>“%1” adında bir kampanya yok.</translation>
    </message>
    <message>
        <source>a number of days after “in last”</source>
        <translation>“in last” sonrasında bir gün sayısı</translation>
    </message>
    <message>
        <source>“days” after the number</source>
        <translation>sayıdan sonra “days”</translation>
    </message>
    <message>
        <source>= or != and a group&apos;s name after “group”</source>
        <translation>“group” sonrasında = ya da != ve bir grup adı</translation>
    </message>
</context>
<context>
    <name>cm::SegmentStore</name>
    <message>
        <source>A segment needs a name.</source>
        <translation>Bir segmentin adı olmalı.</translation>
    </message>
    <message>
        <source>The rule of “%1” has a mistake. %2</source>
        <translation>“%1” kuralında bir hata var. %2</translation>
    </message>
    <message>
        <source>There is already a segment named “%1”; choose another name.</source>
        <translation>“%1” adında bir segment zaten var; başka bir ad seçin.</translation>
    </message>
    <message>
        <source>save the segment “%1”</source>
        <translation>“%1” segmentini kaydetmek</translation>
    </message>
    <message>
        <source>There is no such segment.</source>
        <translation>Böyle bir segment yok.</translation>
    </message>
    <message>
        <source>“%1” is the audience of %2, not sent yet: change their audience first.</source>
        <translation>“%1”, henüz gönderilmemiş %2 kampanyasının kitlesi: önce onların kitlesini değiştirin.</translation>
    </message>
    <message>
        <source>delete the segment “%1”</source>
        <translation>“%1” segmentini silmek</translation>
    </message>
</context>
<context>
    <name>cm::SegmentsDialog</name>
    <message>
        <source>Segments</source>
        <translation>Segmentler</translation>
    </message>
    <message>
        <source>A segment is a rule over all your contacts, such as &lt;code&gt;country = ES and not opened &quot;March newsletter&quot;&lt;/code&gt;. Campaigns can be sent to it beside groups; it holds whoever matches when the send starts.</source>
        <translation>Segment, tüm kişileriniz üzerinde bir kuraldır; örneğin &lt;code&gt;country = ES and not opened &quot;March newsletter&quot;&lt;/code&gt;. Kampanyalar gruplarla birlikte ona da gönderilebilir; gönderim başladığında kurala uyan herkesi kapsar.</translation>
    </message>
    <message>
        <source>Spanish customers</source>
        <translation>İspanyol müşteriler</translation>
    </message>
    <message>
        <source>country = ES and opened any campaign in last 90 days</source>
        <translation>country = ES and opened any campaign in last 90 days</translation>
    </message>
    <message>
        <source>Fields (email, phone, first_name, last_name, city, country, or a custom field) with =, !=, &lt;, &gt;, contains, starts with, in (…), is empty; group = NAME; suppressed; sent, delivered, opened, clicked, bounced, failed, unsubscribed &quot;Campaign&quot; or any campaign, in last N days; joined with and, or, not and brackets.</source>
        <translation>Alanlar (email, phone, first_name, last_name, city, country ya da özel bir alan) ile =, !=, &lt;, &gt;, contains, starts with, in (…), is empty; group = AD; suppressed; sent, delivered, opened, clicked, bounced, failed, unsubscribed &quot;Kampanya&quot; ya da any campaign, in last N days; and, or, not ve parantezlerle birleştirilir.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Soyad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Ülke</translation>
    </message>
    <message>
        <source>The first contacts that match</source>
        <translation>Uyan ilk kişiler</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation>&amp;Kural:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Yeni</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Kaydet</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Sil…</translation>
    </message>
    <message>
        <source>&amp;Copy into a new group</source>
        <translation>Yeni bir gruba &amp;kopyala</translation>
    </message>
    <message>
        <source>A group holding the contacts that match now, for a provider or to keep as they are.</source>
        <translation>Şu anda uyan kişileri tutan bir grup; bir sağlayıcı için ya da oldukları gibi saklamak için.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Write a rule to see who it holds.</source>
        <translation>Kimleri kapsadığını görmek için bir kural yazın.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Sayılıyor…</translation>
    </message>
    <message>
        <source>The contacts cannot be counted: %1</source>
        <translation>Kişiler sayılamıyor: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) match now.</source>
        <translation>
            <numerusform>Şu anda %n kişi uyuyor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n:</source>
        <translation>
            <numerusform>İlk %n kişi:</numerusform>
        </translation>
    </message>
    <message>
        <source>Segment “%1” saved.</source>
        <translation>“%1” segmenti kaydedildi.</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>Segmenti sil</translation>
    </message>
    <message>
        <source>Delete the segment “%1”? Its contacts stay where they are.</source>
        <translation>“%1” segmenti silinsin mi? Kişileri oldukları yerde kalır.</translation>
    </message>
    <message>
        <source>Segment “%1” deleted.</source>
        <translation>“%1” segmenti silindi.</translation>
    </message>
    <message numerus="yes">
        <source>Group “%1” made with %n contact(s).</source>
        <translation>
            <numerusform>%n kişiyle “%1” grubu oluşturuldu.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Dışa aktar…</translation>
    </message>
    <message>
        <source>Export the segment</source>
        <translation>Segmenti dışa aktar</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>Excel için CSV (*.csv);;Excel çalışma kitabı (*.xlsx)</translation>
    </message>
    <message>
        <source>Conditions:</source>
        <translation>Koşullar:</translation>
    </message>
</context>
<context>
    <name>cm::SendLease</name>
    <message>
        <source>%1 on %2 (process %3), since %4, last seen %5</source>
        <translation>%1 (%2 üzerinde, işlem %3; %4 tarihinden beri, son görülme %5)</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>başka bir program</translation>
    </message>
</context>
<context>
    <name>cm::SendParts</name>
    <message>
        <source>Its request got no clear answer, so it may have been sent: check at the provider before sending it again. %1</source>
        <translation>İsteği net bir yanıt almadı, bu yüzden gönderilmiş olabilir: yeniden göndermeden önce sağlayıcıda denetleyin. %1</translation>
    </message>
    <message>
        <source>Not sent: an earlier request of the batch got no clear answer, so the rest were held back.</source>
        <translation>Gönderilmedi: partinin önceki bir isteği net bir yanıt almadı, bu yüzden geri kalanı bekletildi.</translation>
    </message>
    <message>
        <source>Not sent: the provider refused an earlier request of the batch. %1</source>
        <translation>Gönderilmedi: sağlayıcı partinin önceki bir isteğini reddetti. %1</translation>
    </message>
    <message>
        <source>The send stopped while this was with the provider; it may have been sent.</source>
        <translation>Gönderim, bu ileti sağlayıcıdayken durdu; gönderilmiş olabilir.</translation>
    </message>
    <message>
        <source>Not sent: the send stopped before this request.</source>
        <translation>Gönderilmedi: gönderim bu istekten önce durdu.</translation>
    </message>
</context>
<context>
    <name>cm::SeriesDialog</name>
    <message>
        <source>Joining the group</source>
        <translation>Gruba katılan</translation>
    </message>
    <message>
        <source>Matching the segment</source>
        <translation>Segmente uyan</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>Şundan önce değil</translation>
    </message>
    <message>
        <source>Only contacts added after the series starts</source>
        <translation>Yalnızca seri başladıktan sonra eklenen kişiler</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Düzenle…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Yukarı taşı</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Aşağı taşı</translation>
    </message>
    <message>
        <source>Edit series “%1”</source>
        <translation>“%1” serisini düzenle</translation>
    </message>
    <message>
        <source>New series</source>
        <translation>Yeni seri</translation>
    </message>
    <message>
        <source>Welcome series</source>
        <translation>Karşılama serisi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Entry group</source>
        <translation>Giriş grubu</translation>
    </message>
    <message>
        <source>Entry segment</source>
        <translation>Giriş segmenti</translation>
    </message>
    <message>
        <source>Otherwise the contacts already in the group (or matching the segment) enter too when the series starts.</source>
        <translation>Aksi halde, gruptaki (ya da segmente uyan) mevcut kişiler de seri başladığında girer.</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Saat dilimi</translation>
    </message>
    <message>
        <source>My time zone (%1)</source>
        <translation>Benim saat dilimim (%1)</translation>
    </message>
    <message>
        <source>The steps&apos; times of day and quiet hours are in this zone.</source>
        <translation>Adımların günün saatleri ve sessiz saatleri bu dilimdedir.</translation>
    </message>
    <message>
        <source>Contacts enter from</source>
        <translation>Kişiler şu andan itibaren girer</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Adım</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Şablon</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Hesap</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Ne zaman</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Adımlar</translation>
    </message>
    <message>
        <source>Add step…</source>
        <translation>Adım ekle…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Ad:</translation>
    </message>
    <message>
        <source>Contacts enter:</source>
        <translation>Kişiler girer:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Saat dilimi:</translation>
    </message>
    <message>
        <source>“%1” has started: its steps can be edited and added, and steps nobody reached removed from the end. Contacts waiting for an edited step get the new version.</source>
        <translation>“%1” başladı: adımları düzenlenebilir ve eklenebilir, kimsenin ulaşmadığı adımlar sondan kaldırılabilir. Düzenlenen bir adımı bekleyen kişiler yeni sürümü alır.</translation>
    </message>
    <message>
        <source>That start time does not exist in the time zone.</source>
        <translation>Bu başlangıç saati bu saat diliminde yok.</translation>
    </message>
    <message>
        <source>Change a running series</source>
        <translation>Çalışan bir seriyi değiştir</translation>
    </message>
    <message>
        <source>Saving changes “%1” for the contacts in it:

%2</source>
        <translation>Kaydetmek, “%1” serisini içindeki kişiler için değiştirir:

%2</translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation>Değişiklikleri kaydet</translation>
    </message>
</context>
<context>
    <name>cm::SeriesFile</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Satır %1: %2</translation>
    </message>
    <message>
        <source>always</source>
        <translation>her zaman</translation>
    </message>
    <message>
        <source>if the previous message was opened</source>
        <translation>önceki mesaj açıldıysa</translation>
    </message>
    <message>
        <source>if the previous message was not opened</source>
        <translation>önceki mesaj açılmadıysa</translation>
    </message>
    <message>
        <source>if a link of the previous message was clicked</source>
        <translation>önceki mesajdaki bir bağlantıya tıklandıysa</translation>
    </message>
    <message>
        <source>if no link of the previous message was clicked</source>
        <translation>önceki mesajdaki hiçbir bağlantıya tıklanmadıysa</translation>
    </message>
    <message>
        <source>if the previous message was delivered</source>
        <translation>önceki mesaj teslim edildiyse</translation>
    </message>
    <message>
        <source>if the previous message was not delivered</source>
        <translation>önceki mesaj teslim edilmediyse</translation>
    </message>
    <message>
        <source>if the previous message failed</source>
        <translation>önceki mesaj başarısız olduysa</translation>
    </message>
    <message>
        <source>if opened</source>
        <translation>açıldıysa</translation>
    </message>
    <message>
        <source>if not opened</source>
        <translation>açılmadıysa</translation>
    </message>
    <message>
        <source>if clicked</source>
        <translation>tıklandıysa</translation>
    </message>
    <message>
        <source>if not clicked</source>
        <translation>tıklanmadıysa</translation>
    </message>
    <message>
        <source>if delivered</source>
        <translation>teslim edildiyse</translation>
    </message>
    <message>
        <source>if not delivered</source>
        <translation>teslim edilmediyse</translation>
    </message>
    <message>
        <source>if it failed</source>
        <translation>başarısız olduysa</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Taslak</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Çalışıyor</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Duraklatıldı</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Durduruldu</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Adım %1</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>hemen</translation>
    </message>
    <message>
        <source>right after the previous step</source>
        <translation>önceki adımdan hemen sonra</translation>
    </message>
    <message>
        <source>%1 after entry</source>
        <translation>girişten %1 sonra</translation>
    </message>
    <message>
        <source>%1 after the previous step</source>
        <translation>önceki adımdan %1 sonra</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>saat %1&apos;de</translation>
    </message>
    <message>
        <source>not %1–%2</source>
        <translation>%1–%2 arası değil</translation>
    </message>
    <message>
        <source> (else leaves)</source>
        <translation> (yoksa ayrılır)</translation>
    </message>
    <message>
        <source> (else skipped)</source>
        <translation> (yoksa atlanır)</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>süre yok</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n hafta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n gün</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n saat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n dakika</numerusform>
        </translation>
    </message>
    <message>
        <source>write “key: value” or “[step] NAME”, not “%1”.</source>
        <translation>“%1” değil, “anahtar: değer” ya da “[step] AD” yazın.</translation>
    </message>
    <message>
        <source>write “entry: group NAME” or “entry: segment NAME”.</source>
        <translation>“entry: group AD” ya da “entry: segment AD” yazın.</translation>
    </message>
    <message>
        <source>write “only-new: yes” or “only-new: no”.</source>
        <translation>“only-new: yes” ya da “only-new: no” yazın.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone; write one like Europe/Madrid.</source>
        <translation>“%1” bir saat dilimi değil; Europe/Istanbul gibi bir tane yazın.</translation>
    </message>
    <message>
        <source>“%1” is not a setting of a series; write entry, start, only-new or zone, then the steps, each from a “[step] NAME” line.</source>
        <translation>“%1” bir seri ayarı değil; entry, start, only-new ya da zone yazın, sonra her biri bir “[step] AD” satırıyla başlayan adımları.</translation>
    </message>
    <message>
        <source>“%1” is not a delay; write one like 0, 30m, 2h, 2d or 1w 2d, perhaps followed by “from entry”.</source>
        <translation>“%1” bir gecikme değil; 0, 30m, 2h, 2d ya da 1w 2d gibi yazın, ardından isterseniz “from entry”.</translation>
    </message>
    <message>
        <source>“%1” is not a time of day; write one like 09:30.</source>
        <translation>“%1” bir saat değil; 09:30 gibi yazın.</translation>
    </message>
    <message>
        <source>“%1” are not quiet hours; write them like 21:00-08:00.</source>
        <translation>“%1” sessiz saatler değil; 21:00-08:00 gibi yazın.</translation>
    </message>
    <message>
        <source>“%1” is not a condition; write opened, not opened, clicked, not clicked, delivered, not delivered or failed.</source>
        <translation>“%1” bir koşul değil; opened, not opened, clicked, not clicked, delivered, not delivered ya da failed yazın.</translation>
    </message>
    <message>
        <source>write “otherwise: skip” or “otherwise: leave”.</source>
        <translation>“otherwise: skip” ya da “otherwise: leave” yazın.</translation>
    </message>
    <message>
        <source>“%1” is not a setting of a step; write template, account, sender, after, at, quiet, if or otherwise.</source>
        <translation>“%1” bir adım ayarı değil; template, account, sender, after, at, quiet, if ya da otherwise yazın.</translation>
    </message>
    <message>
        <source>say who enters the series, with “entry: group NAME” or “entry: segment NAME”.</source>
        <translation>seriye kimin gireceğini “entry: group AD” ya da “entry: segment AD” ile söyleyin.</translation>
    </message>
    <message>
        <source>a series needs at least one step, from a “[step] NAME” line.</source>
        <translation>bir seri, bir “[step] AD” satırıyla başlayan en az bir adım ister.</translation>
    </message>
    <message>
        <source>the step needs a “template:” and an “account:” line.</source>
        <translation>adım bir “template:” ve bir “account:” satırı ister.</translation>
    </message>
    <message>
        <source>the first step has no previous message for “if:” to look at.</source>
        <translation>ilk adımın, “if:” için bakılacak önceki bir mesajı yok.</translation>
    </message>
    <message>
        <source>no longer in the workspace</source>
        <translation>artık çalışma alanında değil</translation>
    </message>
    <message>
        <source>left the group</source>
        <translation>gruptan ayrıldı</translation>
    </message>
    <message>
        <source>on the suppression list</source>
        <translation>engelleme listesinde</translation>
    </message>
    <message>
        <source>the series was stopped</source>
        <translation>seri durduruldu</translation>
    </message>
    <message>
        <source>no address for %1</source>
        <translation>%1 için adres yok</translation>
    </message>
    <message>
        <source>another contact with the same address had it</source>
        <translation>aynı adrese sahip başka bir kişi onu aldı</translation>
    </message>
</context>
<context>
    <name>cm::SeriesModel</name>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Giriş</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Adımlar</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Bekleyen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Tamamlayan</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Ayrılan</translation>
    </message>
</context>
<context>
    <name>cm::SeriesPane</name>
    <message>
        <source>Steps and their reports</source>
        <translation>Adımlar ve raporları</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Ne zaman</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Adım</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ne oldu</translation>
    </message>
    <message>
        <source>The message now</source>
        <translation>Mesajın şimdiki durumu</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zaman çizelgesi</translation>
    </message>
    <message>
        <source>A contact&apos;s email address or phone number</source>
        <translation>Bir kişinin e-posta adresi ya da telefon numarası</translation>
    </message>
    <message>
        <source>Contact for the timeline</source>
        <translation>Zaman çizelgesi için kişi</translation>
    </message>
    <message>
        <source>Show timeline</source>
        <translation>Zaman çizelgesini göster</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Adımlar</translation>
    </message>
    <message>
        <source>A contact&apos;s way through it</source>
        <translation>Bir kişinin seri boyunca yolu</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Seriler</translation>
    </message>
    <message>
        <source>No series yet.
A series sends messages by itself: a welcome email when someone joins a group, an SMS two days later to those who did not open it, and so on.</source>
        <translation>Henüz seri yok.
Bir seri mesajları kendiliğinden gönderir: biri gruba katıldığında bir karşılama e-postası, iki gün sonra onu açmayanlara bir SMS, vb.</translation>
    </message>
    <message>
        <source>New series…</source>
        <translation>Yeni seri…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Düzenle…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Sil…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Başlat</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Duraklat</translation>
    </message>
    <message>
        <source>Stop…</source>
        <translation>Durdur…</translation>
    </message>
    <message>
        <source>Send what is due now</source>
        <translation>Zamanı geleni şimdi gönder</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Dosya aç…</translation>
    </message>
    <message>
        <source>Open a series file</source>
        <translation>Bir seri dosyası aç</translation>
    </message>
    <message>
        <source>Series (*.series *.txt);;All files (*)</source>
        <translation>Seriler (*.series *.txt);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Save as file…</source>
        <translation>Dosya olarak kaydet…</translation>
    </message>
    <message>
        <source>Save the series as a file</source>
        <translation>Seriyi dosya olarak kaydet</translation>
    </message>
    <message>
        <source>Series (*.series)</source>
        <translation>Seriler (*.series)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Devam et</translation>
    </message>
    <message>
        <source>contacts matching the segment “%1”</source>
        <translation>“%1” segmentine uyan kişiler</translation>
    </message>
    <message>
        <source>contacts joining the group “%1”</source>
        <translation>“%1” grubuna katılan kişiler</translation>
    </message>
    <message>
        <source> (only those added after it starts)</source>
        <translation> (yalnızca başladıktan sonra eklenenler)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 waiting, %4 finished, %5 left</source>
        <translation>%1 · %2 · %3 bekleyen, %4 tamamlayan, %5 ayrılan</translation>
    </message>
    <message>
        <source>A draft: start it to let contacts in.</source>
        <translation>Taslak: kişilerin girmesi için başlatın.</translation>
    </message>
    <message>
        <source>Before it can start: %1</source>
        <translation>Başlayabilmesi için: %1</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Şablon</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Bekleyen</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gönderilen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Atlanan</translation>
    </message>
    <message>
        <source>Left here</source>
        <translation>Burada ayrılan</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Teslim edilen</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Açılan</translation>
    </message>
    <message>
        <source>Clicked</source>
        <translation>Tıklanan</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Başarısız</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Bilinmeyen</translation>
    </message>
    <message>
        <source>%1 through %2</source>
        <translation>%2 üzerinden %1</translation>
    </message>
    <message>
        <source>“%1” is not in this series.</source>
        <translation>“%1” bu seride değil.</translation>
    </message>
    <message>
        <source>Waits for %1, due %2.</source>
        <translation>%1 adımını bekliyor, zamanı %2.</translation>
    </message>
    <message>
        <source>Finished the series.</source>
        <translation>Seriyi tamamladı.</translation>
    </message>
    <message>
        <source>Left the series: %1.</source>
        <translation>Seriden ayrıldı: %1.</translation>
    </message>
    <message>
        <source>Entered %1. %2</source>
        <translation>%1 tarihinde girdi. %2</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gönderildi</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>atlandı: %1</translation>
    </message>
    <message>
        <source>left the series: %1</source>
        <translation>seriden ayrıldı: %1</translation>
    </message>
    <message>
        <source>being sent</source>
        <translation>gönderiliyor</translation>
    </message>
    <message>
        <source>, opened</source>
        <translation>, açıldı</translation>
    </message>
    <message>
        <source>, clicked</source>
        <translation>, tıklandı</translation>
    </message>
    <message>
        <source>“%1” resumed: what fell due while it was paused goes now.</source>
        <translation>“%1” devam ediyor: duraklatılmışken zamanı gelenler şimdi gider.</translation>
    </message>
    <message>
        <source>“%1” started: contacts enter and its steps go as they fall due.</source>
        <translation>“%1” başladı: kişiler girer ve adımları zamanı geldikçe gider.</translation>
    </message>
    <message>
        <source>Paused: nothing of it is sent until it resumes.</source>
        <translation>Duraklatıldı: devam edene kadar ondan hiçbir şey gönderilmez.</translation>
    </message>
    <message>
        <source>Stop series</source>
        <translation>Seriyi durdur</translation>
    </message>
    <message numerus="yes">
        <source>Stop “%1”? The %n contact(s) waiting leave it, nobody else enters, and it cannot be started again. Its reports stay.</source>
        <translation>
            <numerusform>“%1” durdurulsun mu? Bekleyen %n kişi ayrılır, başka kimse girmez ve yeniden başlatılamaz. Raporları kalır.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete series</source>
        <translation>Seriyi sil</translation>
    </message>
    <message>
        <source>Delete the series “%1”?</source>
        <translation>“%1” serisi silinsin mi?</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>“%1” okunamıyor: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be read as a series. %2</source>
        <translation>“%1” bir seri olarak okunamıyor. %2</translation>
    </message>
    <message>
        <source>Series “%1” read from the file, as a draft: check it, then start it.</source>
        <translation>“%1” serisi dosyadan taslak olarak okundu: kontrol edin, sonra başlatın.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>“%1” yazılamıyor: %2</translation>
    </message>
    <message>
        <source>Series written to “%1”.</source>
        <translation>Seri “%1” dosyasına yazıldı.</translation>
    </message>
    <message>
        <source>Resolve unknown…</source>
        <translation>Bilinmeyenleri çöz…</translation>
    </message>
    <message>
        <source>Resolve unknown messages</source>
        <translation>Bilinmeyen mesajları çöz</translation>
    </message>
    <message>
        <source>The provider may or may not have these messages of the series: the answer to their request was lost. Check in the provider&apos;s own panel, then say what happened. Messages that were not sent are sent again.</source>
        <translation>Sağlayıcıda serinin bu mesajları olabilir de olmayabilir de: isteklerinin yanıtı kayboldu. Sağlayıcının kendi panelinden kontrol edin, sonra ne olduğunu söyleyin. Gönderilmemiş mesajlar yeniden gönderilir.</translation>
    </message>
    <message>
        <source>Ask the provider</source>
        <translation>Sağlayıcıya sor</translation>
    </message>
    <message>
        <source>They were sent</source>
        <translation>Gönderildiler</translation>
    </message>
    <message>
        <source>They were not sent</source>
        <translation>Gönderilmediler</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Geri döndü</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Abonelikten çıktı</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) recorded as sent.</source>
        <translation>
            <numerusform>%n mesaj gönderilmiş olarak kaydedildi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) recorded as not sent, and sent again.</source>
        <translation>
            <numerusform>%n mesaj gönderilmemiş olarak kaydedildi ve yeniden gönderildi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cm::SeriesService</name>
    <message>
        <source>The segment of “%1” cannot be evaluated: %2</source>
        <translation>“%1” serisinin segmenti değerlendirilemiyor: %2</translation>
    </message>
    <message>
        <source>it no longer exists.</source>
        <translation>artık yok.</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n contact(s) entered.</source>
        <translation>
            <numerusform>“%1”: %n kişi girdi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent to %n</source>
        <translation>
            <numerusform>%n kişiye gönderildi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped for %n</source>
        <translation>
            <numerusform>%n kişi için atlandı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left the series</source>
        <translation>
            <numerusform>%n kişi seriden ayrıldı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n contact(s) wait for a report that could not be refreshed; they go at the next run.</source>
        <translation>
            <numerusform>“%1”: %n kişi yenilenemeyen bir raporu bekliyor; bir sonraki çalıştırmada gider.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: choose a template.</source>
        <translation>%1: bir şablon seçin.</translation>
    </message>
    <message>
        <source>%1: choose the account to send with.</source>
        <translation>%1: gönderim için hesabı seçin.</translation>
    </message>
    <message>
        <source>%1: %2 cannot send %3; choose another account.</source>
        <translation>%1: %2 %3 gönderemez; başka bir hesap seçin.</translation>
    </message>
    <message>
        <source>There is no group named “%1”.</source>
        <translation>“%1” adlı bir grup yok.</translation>
    </message>
    <message>
        <source>There is no segment named “%1”.</source>
        <translation>“%1” adlı bir segment yok.</translation>
    </message>
    <message>
        <source>The start “%1” does not read: %2</source>
        <translation>“%1” başlangıcı okunamıyor: %2</translation>
    </message>
    <message>
        <source>there is no template named “%1”.</source>
        <translation>“%1” adlı bir şablon yok.</translation>
    </message>
    <message>
        <source>there is no account named “%1”.</source>
        <translation>“%1” adlı bir hesap yok.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is removed: %n contact(s) waiting for it finish the series there.</source>
        <translation>
            <numerusform>%1 kaldırılıyor: onu bekleyen %n kişi seriyi orada tamamlar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 changes: %n contact(s) waiting for it get the new version</source>
        <translation>
            <numerusform>%1 değişiyor: onu bekleyen %n kişi yeni sürümü alır</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n who already had it are not affected.</source>
        <translation>
            <numerusform>; onu zaten almış %n kişi etkilenmez.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is added: contacts who reach it get it; the %n who finished the series already do not.</source>
        <translation>
            <numerusform>%1 ekleniyor: ona ulaşan kişiler onu alır; seriyi zaten tamamlamış %n kişi almaz.</numerusform>
        </translation>
    </message>
    <message>
        <source>That series no longer exists.</source>
        <translation>Bu seri artık yok.</translation>
    </message>
    <message>
        <source>“%1” is %2; only a draft starts.</source>
        <translation>“%1” %2; yalnızca bir taslak başlatılır.</translation>
    </message>
    <message>
        <source>“%1” cannot start yet. %2</source>
        <translation>“%1” henüz başlayamaz. %2</translation>
    </message>
    <message>
        <source>“%1” is not running.</source>
        <translation>“%1” çalışmıyor.</translation>
    </message>
    <message>
        <source>“%1” is not paused.</source>
        <translation>“%1” duraklatılmış değil.</translation>
    </message>
    <message>
        <source>“%1” cannot resume yet. %2</source>
        <translation>“%1” henüz devam edemez. %2</translation>
    </message>
    <message>
        <source>“%1” is stopped already.</source>
        <translation>“%1” zaten durduruldu.</translation>
    </message>
    <message>
        <source>Running the series</source>
        <translation>Seriler çalıştırılıyor</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>İptal edildi.</translation>
    </message>
    <message>
        <source>No series step is due.</source>
        <translation>Zamanı gelen seri adımı yok.</translation>
    </message>
    <message>
        <source>“%1” waits: %2</source>
        <translation>“%1” bekliyor: %2</translation>
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
            <numerusform>“%1”: %n kişi, koşulunun okuyabilmesi için önceki mesajının gitmesini bekliyor.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The steps of “%1” keep their places once it has started: edit a step where it is rather than move it, or those waiting for it would get another step&apos;s message.</source>
        <translation>“%1” başladıktan sonra adımları yerlerinde kalır: bir adımı taşımak yerine olduğu yerde düzenleyin; yoksa onu bekleyenler başka bir adımın mesajını alır.</translation>
    </message>
    <message>
        <source>“%1” is stopped, but some of its steps&apos; sends could not be cancelled: %2</source>
        <translation>“%1” durduruldu, ancak adımlarının bazı gönderimleri iptal edilemedi: %2</translation>
    </message>
</context>
<context>
    <name>cm::SeriesStore</name>
    <message>
        <source>A series needs a name.</source>
        <translation>Bir serinin adı olmalı.</translation>
    </message>
    <message>
        <source>Choose who enters “%1”: a group&apos;s contacts or a segment&apos;s.</source>
        <translation>“%1” serisine kimin gireceğini seçin: bir grubun kişileri ya da bir segmentinkiler.</translation>
    </message>
    <message>
        <source>“%1” needs at least one step.</source>
        <translation>“%1” en az bir adım ister.</translation>
    </message>
    <message>
        <source>The first step of “%1” has no previous message for its condition to look at.</source>
        <translation>“%1” serisinin ilk adımının, koşulunun bakacağı önceki bir mesajı yok.</translation>
    </message>
    <message>
        <source>%1 of “%2” needs a template and an account.</source>
        <translation>“%2” serisinin %1 adımı bir şablon ve bir hesap ister.</translation>
    </message>
    <message>
        <source>There is already a series named “%1”; choose another name.</source>
        <translation>“%1” adlı bir seri zaten var; başka bir ad seçin.</translation>
    </message>
    <message>
        <source>That series no longer exists.</source>
        <translation>Bu seri artık yok.</translation>
    </message>
    <message>
        <source>save the series “%1”</source>
        <translation>“%1” serisini kaydetmek</translation>
    </message>
    <message>
        <source>“%1” has started: its entry and time zone stay as they are; only its steps can change.</source>
        <translation>“%1” başladı: girişi ve saat dilimi olduğu gibi kalır; yalnızca adımları değişebilir.</translation>
    </message>
    <message>
        <source>save the steps of “%1”</source>
        <translation>“%1” serisinin adımlarını kaydetmek</translation>
    </message>
    <message>
        <source>Contacts have already reached the steps removed from “%1”; they stay. Edit them instead, or stop the series.</source>
        <translation>Kişiler “%1” serisinden kaldırılan adımlara zaten ulaştı; adımlar kalır. Onları düzenleyin ya da seriyi durdurun.</translation>
    </message>
    <message>
        <source>change the series</source>
        <translation>seriyi değiştirmek</translation>
    </message>
    <message>
        <source>stop the series</source>
        <translation>seriyi durdurmak</translation>
    </message>
    <message>
        <source>delete the series</source>
        <translation>seriyi silmek</translation>
    </message>
    <message>
        <source>This series has sent messages; stop it instead, and its reports stay.</source>
        <translation>Bu seri mesaj gönderdi; onun yerine durdurun, raporları kalır.</translation>
    </message>
    <message>
        <source>add contacts to the series “%1”</source>
        <translation>“%1” serisine kişi eklemek</translation>
    </message>
    <message>
        <source>move a contact along the series</source>
        <translation>bir kişiyi seride ilerletmek</translation>
    </message>
</context>
<context>
    <name>cm::SettingsStore</name>
    <message>
        <source>save the workspace setting “%1”</source>
        <translation>“%1” çalışma alanı ayarının kaydedilmesi</translation>
    </message>
    <message>
        <source>“%1” is not a region code: use two letters, such as TR, ES, PL or US.</source>
        <translation>“%1” bir bölge kodu değil: TR, ES, PL ya da US gibi iki harf kullanın.</translation>
    </message>
</context>
<context>
    <name>cm::SmtpProvider</name>
    <message>
        <source>The connection ended after the message went out, before the server answered: it may have it. (%1)</source>
        <translation>Bağlantı, ileti gönderildikten sonra sunucu yanıt vermeden kesildi: ileti sunucuda olabilir. (%1)</translation>
    </message>
    <message>
        <source>The server refused it for now (%1): retry later. %2</source>
        <translation>Sunucu şimdilik reddetti (%1): daha sonra yeniden deneyin. %2</translation>
    </message>
    <message>
        <source>The server refused it (%1): %2</source>
        <translation>Sunucu reddetti (%1): %2</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Gönderilmedi: %1</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>SMTP sunucusu</translation>
    </message>
    <message>
        <source>Sends email through any mail server or relay (your company&apos;s, Amazon SES, Mailgun, Gmail): one message per recipient, with a text and an HTML version, several on one connection. Accepted by the server counts as sent; opens and clicks are not reported.</source>
        <translation>E-postaları herhangi bir posta sunucusu ya da aktarıcı üzerinden gönderir (şirketinizinki, Amazon SES, Mailgun, Gmail): her alıcıya bir ileti, metin ve HTML sürümleriyle, tek bağlantıda birden çok ileti. Sunucunun kabul ettiği ileti gönderilmiş sayılır; açılmalar ve tıklamalar bildirilmez.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Sunucu</translation>
    </message>
    <message>
        <source>smtps://smtp.example.com:465 (TLS from the start) or smtp://smtp.example.com:587 (STARTTLS). Without encryption only to this computer.</source>
        <translation>smtps://smtp.example.com:465 (baştan TLS) ya da smtp://smtp.example.com:587 (STARTTLS). Şifrelemesiz yalnızca bu bilgisayara.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Kullanıcı</translation>
    </message>
    <message>
        <source>The login at the server; empty: the server takes mail without.</source>
        <translation>Sunucudaki kullanıcı adı; boş: sunucu oturum açmadan posta kabul ediyor.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parola</translation>
    </message>
    <message>
        <source>The password of that login (kept in the keychain).</source>
        <translation>Bu kullanıcının parolası (anahtarlıkta saklanır).</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>Gönderen adresi</translation>
    </message>
    <message>
        <source>The address the emails come from, unless the campaign gives one.</source>
        <translation>Kampanya bir adres vermedikçe e-postaların geldiği adres.</translation>
    </message>
    <message>
        <source>From name</source>
        <translation>Gönderen adı</translation>
    </message>
    <message>
        <source>The name shown beside it.</source>
        <translation>Adresin yanında görünen ad.</translation>
    </message>
    <message>
        <source>Example Shop</source>
        <translation>Örnek Mağaza</translation>
    </message>
    <message>
        <source>Messages per minute</source>
        <translation>Dakikada ileti</translation>
    </message>
    <message>
        <source>The relay&apos;s quota; empty: as fast as the server takes them.</source>
        <translation>Aktarıcının kotası; boş: sunucunun kabul ettiği hızda.</translation>
    </message>
    <message>
        <source>Unsubscribe page</source>
        <translation>Abonelikten çıkma sayfası</translation>
    </message>
    <message>
        <source>Where {{unsubscribe_url}} and the List-Unsubscribe header lead, with the recipient&apos;s address added.</source>
        <translation>{{unsubscribe_url}} ve List-Unsubscribe başlığının götürdüğü yer; alıcının adresi eklenir.</translation>
    </message>
    <message>
        <source>Mailbox for bounces</source>
        <translation>Geri dönenler için posta kutusu</translation>
    </message>
    <message>
        <source>Mailbox folder</source>
        <translation>Posta kutusu klasörü</translation>
    </message>
    <message>
        <source>Mailbox user</source>
        <translation>Posta kutusu kullanıcısı</translation>
    </message>
    <message>
        <source>Empty: the same user.</source>
        <translation>Boş: aynı kullanıcı.</translation>
    </message>
    <message>
        <source>Sending works, but the mailbox %1 cannot be read: %2</source>
        <translation>Gönderim çalışıyor, ancak %1 posta kutusu okunamıyor: %2</translation>
    </message>
    <message>
        <source>Logged in to %1 (%2).</source>
        <translation>%1 sunucusunda oturum açıldı (%2).</translation>
    </message>
    <message>
        <source>Bounces and replies are read from %1.</source>
        <translation>Geri dönen iletiler ve yanıtlar %1 üzerinden okunur.</translation>
    </message>
    <message>
        <source>An SMTP server sends email only.</source>
        <translation>Bir SMTP sunucusu yalnızca e-posta gönderir.</translation>
    </message>
    <message>
        <source>the mailbox %1 could not be read: %2</source>
        <translation>%1 posta kutusu okunamadı: %2</translation>
    </message>
    <message>
        <source>Not sent: the send was stopped.</source>
        <translation>Gönderilmedi: gönderim durduruldu.</translation>
    </message>
    <message>
        <source>Not sent: %1 refused the account or could not be reached (%2).</source>
        <translation>Gönderilmedi: %1 hesabı reddetti ya da ulaşılamadı (%2).</translation>
    </message>
    <message>
        <source>Not sent: the connection to %1 was lost three times in a row.</source>
        <translation>Gönderilmedi: %1 bağlantısı art arda üç kez koptu.</translation>
    </message>
    <message>
        <source>Give the account an unsubscribe page (where {{unsubscribe_url}} and the List-Unsubscribe header lead) and the relay&apos;s messages per minute. Bounces, complaints and replies are read from the mailbox for bounces, matched by the Message-ID each message went with.</source>
        <translation>Hesaba bir abonelikten çıkma sayfası ({{unsubscribe_url}} ve List-Unsubscribe başlığının gösterdiği yer) ve aktarıcının dakikadaki ileti sayısını girin. Geri dönen iletiler, şikâyetler ve yanıtlar geri dönenler için posta kutusundan okunur ve her iletinin Message-ID&apos;siyle eşleştirilir.</translation>
    </message>
    <message>
        <source>STARTTLS where the server offers it</source>
        <translation>sunucu sunuyorsa STARTTLS</translation>
    </message>
    <message>
        <source>Messages per day</source>
        <translation>Günde ileti</translation>
    </message>
    <message>
        <source>The relay&apos;s daily quota: once it is used, the send pauses until midnight and then goes on by itself.</source>
        <translation>Aktarıcının günlük kotası: dolunca gönderim gece yarısına kadar duraklar, sonra kendiliğinden sürer.</translation>
    </message>
    <message>
        <source>Not sent: %1 refused five recipients in a row (%2).</source>
        <translation>Gönderilmedi: %1 art arda beş alıcıyı reddetti (%2).</translation>
    </message>
    <message>
        <source>Mailbox password</source>
        <translation>Posta kutusu parolası</translation>
    </message>
    <message>
        <source>The password of the mailbox for bounces, when it is not the same (kept in the keychain).</source>
        <translation>Geri dönenler için posta kutusunun parolası, aynı değilse (anahtarlıkta saklanır).</translation>
    </message>
    <message>
        <source>imaps://imap.example.com:993, where bounces, complaints and replies arrive; empty: none are read. It logs in with the mailbox password, or the same one.</source>
        <translation>imaps://imap.example.com:993; geri dönen iletiler, şikâyetler ve yanıtlar buraya gelir; boş: hiçbiri okunmaz. Posta kutusu parolasıyla ya da aynı parolayla oturum açar.</translation>
    </message>
    <message>
        <source>the SMTP adapter cannot be loaded (%1); reinstall Campaign Manager</source>
        <translation>SMTP bağdaştırıcısı yüklenemiyor (%1); Campaign Manager&apos;ı yeniden kurun</translation>
    </message>
</context>
<context>
    <name>cm::StepDialog</name>
    <message>
        <source>At a time of day:</source>
        <translation>Günün bir saatinde:</translation>
    </message>
    <message>
        <source>Not during quiet hours:</source>
        <translation>Sessiz saatlerde değil:</translation>
    </message>
    <message>
        <source>Edit step %1</source>
        <translation>%1. adımı düzenle</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Yeni adım</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Adım %1</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Şablon</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Hesap</translation>
    </message>
    <message>
        <source>news@example.com for email; a sender name or number for SMS</source>
        <translation>e-posta için news@example.com; SMS için gönderen adı ya da numarası</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Gecikme</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>dakika</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>saat</translation>
    </message>
    <message>
        <source>days</source>
        <translation>gün</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>hafta</translation>
    </message>
    <message>
        <source>Unit of the delay</source>
        <translation>Gecikmenin birimi</translation>
    </message>
    <message>
        <source>after the previous step</source>
        <translation>önceki adımdan sonra</translation>
    </message>
    <message>
        <source>after the contact entered</source>
        <translation>kişi girdikten sonra</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Şundan itibaren sayılır</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Günün saati</translation>
    </message>
    <message>
        <source>In the series&apos; time zone (%1): once due, the step waits for the next such time.</source>
        <translation>Serinin saat diliminde (%1): zamanı gelince adım bir sonraki bu saati bekler.</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>sizinki</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Sessiz saatler</translation>
    </message>
    <message>
        <source>Nothing of this step is sent between these times; what falls due then waits for their end.</source>
        <translation>Bu saatler arasında bu adımdan hiçbir şey gönderilmez; o sırada zamanı gelen, sonlarını bekler.</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Koşul</translation>
    </message>
    <message>
        <source>skip this step (the next one still comes)</source>
        <translation>bu adımı atla (sonraki yine gelir)</translation>
    </message>
    <message>
        <source>leave the series</source>
        <translation>seriden ayrıl</translation>
    </message>
    <message>
        <source>Otherwise</source>
        <translation>Aksi halde</translation>
    </message>
    <message>
        <source>The first step has no previous message to look at.</source>
        <translation>İlk adımın bakacağı önceki bir mesajı yok.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Ad:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Şablon:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Hesap:</translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation>Gönderen:</translation>
    </message>
    <message>
        <source>Send:</source>
        <translation>Gönder:</translation>
    </message>
    <message>
        <source>Only:</source>
        <translation>Yalnızca:</translation>
    </message>
    <message>
        <source>Otherwise:</source>
        <translation>Aksi halde:</translation>
    </message>
    <message>
        <source>Write a template first (Templates); a step sends one.</source>
        <translation>Önce bir şablon yazın (Şablonlar); bir adım bir şablon gönderir.</translation>
    </message>
    <message>
        <source>Add an account first (Accounts); a step is sent through one.</source>
        <translation>Önce bir hesap ekleyin (Hesaplar); bir adım bir hesap üzerinden gönderilir.</translation>
    </message>
    <message>
        <source>Write the quiet hours as two times, like 21:00–08:00.</source>
        <translation>Sessiz saatleri 21:00–08:00 gibi iki saat olarak yazın.</translation>
    </message>
    <message>
        <source>A step waits at most a year after the one before it.</source>
        <translation>Bir adım, öncekinden en fazla bir yıl sonra gelir.</translation>
    </message>
</context>
<context>
    <name>cm::SuppressionDialog</name>
    <message>
        <source>Suppression list</source>
        <translation>Engelleme listesi</translation>
    </message>
    <message>
        <source>No campaign reaches these addresses, in any group: opt-outs, blocks, bounces and complaints, per channel.</source>
        <translation>Hiçbir kampanya, hangi grupta olursa olsun bu adreslere ulaşmaz: izni geri alanlar, engellenenler, geri dönenler ve şikâyet edenler, kanal kanal.</translation>
    </message>
    <message>
        <source>Search addresses and sources…</source>
        <translation>Adres ve kaynak ara…</translation>
    </message>
    <message>
        <source>name@example.com or +90 532 123 45 67</source>
        <translation>ad@ornek.com ya da +90 532 123 45 67</translation>
    </message>
    <message>
        <source>A phone number written without a country code is read as this country&apos;s.</source>
        <translation>Ülke kodu olmadan yazılmış bir telefon numarası bu ülkenin numarası sayılır.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ekle</translation>
    </message>
    <message>
        <source>Suppressed addresses</source>
        <translation>Engellenen adresler</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Kaldır…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;içe aktar…</translation>
    </message>
    <message>
        <source>Import the suppression list</source>
        <translation>Engelleme listesini içe aktar</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV dosyaları (*.csv *.txt);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;dışa aktar…</translation>
    </message>
    <message>
        <source>Export the suppression list</source>
        <translation>Engelleme listesini dışa aktar</translation>
    </message>
    <message>
        <source>suppression-list.csv</source>
        <translation>engelleme-listesi.csv</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>Excel için CSV (*.csv)</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>elle eklendi</translation>
    </message>
    <message>
        <source>%1 is on the suppression list now.</source>
        <translation>%1 artık engelleme listesinde.</translation>
    </message>
    <message>
        <source>%1 was on the suppression list already.</source>
        <translation>%1 zaten engelleme listesindeydi.</translation>
    </message>
    <message>
        <source>Select the addresses to remove first.</source>
        <translation>Önce kaldırılacak adresleri seçin.</translation>
    </message>
    <message>
        <source>Remove from the suppression list</source>
        <translation>Engelleme listesinden kaldır</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n address(es) from the suppression list? Campaigns will reach them again.</source>
        <translation>
            <numerusform>%n adres engelleme listesinden kaldırılsın mı? Kampanyalar onlara yeniden ulaşır.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) removed from the suppression list.</source>
        <translation>
            <numerusform>%n adres engelleme listesinden çıkarıldı.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more line(s) (campaignctl suppressions import --json lists them all).</source>
        <translation>
            <numerusform>… ve %n satır daha (campaignctl suppressions import --json hepsini listeler).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Sync with account…</source>
        <translation>&amp;Hesapla eşitle…</translation>
    </message>
    <message>
        <source>Sync with account</source>
        <translation>Hesapla eşitle</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Hesap:</translation>
    </message>
    <message>
        <source>Bring in an account&apos;s opt-out list and send this list there</source>
        <translation>Bir hesabın ret listesini al ve bu listeyi oraya gönder</translation>
    </message>
    <message>
        <source>No account keeps an opt-out list. %1 accounts do.</source>
        <translation>Hiçbir hesap ret listesi tutmuyor. %1 hesapları tutar.</translation>
    </message>
</context>
<context>
    <name>cm::SuppressionFiles</name>
    <message>
        <source>%1 added, %2 listed already, %3 invalid.</source>
        <translation>%1 eklendi, %2 zaten listedeydi, %3 geçersiz.</translation>
    </message>
    <message>
        <source>“%1” is not a reason; use opt_out, block, bounce or complaint.</source>
        <translation>“%1” bir neden değil; opt_out, block, bounce ya da complaint kullanın.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2.</source>
        <translation>“%1” okunamıyor: %2.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Dosya boş.</translation>
    </message>
    <message>
        <source>No column holds the addresses. Name it “address”, “email” or “phone” (columns: %1).</source>
        <translation>Hiçbir sütunda adres yok. Sütunu “address”, “email” ya da “phone” diye adlandırın (sütunlar: %1).</translation>
    </message>
    <message>
        <source>import: %1</source>
        <translation>içe aktarma: %1</translation>
    </message>
    <message>
        <source>Import cancelled; the suppression list was not changed.</source>
        <translation>İçe aktarma iptal edildi; engelleme listesi değişmedi.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Satır %1: %2</translation>
    </message>
    <message>
        <source>no address.</source>
        <translation>adres yok.</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2.</source>
        <translation>“%1” yazılamıyor: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a channel; use sms, email, voice or all.</source>
        <translation>“%1” bir kanal değil; sms, email, voice ya da all kullanın.</translation>
    </message>
    <message>
        <source>%1 cannot be on the %2 list: give a phone number for SMS and calls, an email address for email.</source>
        <translation>%1, %2 listesinde olamaz: SMS ve aramalar için bir telefon numarası, e-posta için bir e-posta adresi verin.</translation>
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
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Neden</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Eklendi</translation>
    </message>
</context>
<context>
    <name>cm::SuppressionStore</name>
    <message>
        <source>Opted out</source>
        <translation>İzni geri aldı</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Engellendi</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Geri döndü</translation>
    </message>
    <message>
        <source>Complained</source>
        <translation>Şikâyet etti</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tüm kanallar</translation>
    </message>
    <message>
        <source>add to the suppression list</source>
        <translation>engelleme listesine eklemek</translation>
    </message>
    <message>
        <source>remove from the suppression list</source>
        <translation>engelleme listesinden kaldırmak</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Aramalar</translation>
    </message>
</context>
<context>
    <name>cm::TemplateDialog</name>
    <message>
        <source>This character makes the SMS Unicode: 70 characters a part instead of 160.</source>
        <translation>Bu karakter SMS’i Unicode yapar: parça başına 160 yerine 70 karakter.</translation>
    </message>
    <message>
        <source>&amp;Marketing email: it must carry an unsubscribe link</source>
        <translation>&amp;Pazarlama e-postası: abonelikten çıkma bağlantısı içermeli</translation>
    </message>
    <message>
        <source>Edit template “%1”</source>
        <translation>“%1” şablonunu düzenle</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Yeni şablon</translation>
    </message>
    <message>
        <source>Weekend offer</source>
        <translation>Hafta sonu fırsatı</translation>
    </message>
    <message>
        <source>{{first_name|default:&quot;Hello&quot;}}, our picks for you</source>
        <translation>{{first_name|default:&quot;Merhaba&quot;}}, sizin için seçtiklerimiz</translation>
    </message>
    <message>
        <source>Untick for transactional email (a receipt, a password reset), which needs no unsubscribe link.</source>
        <translation>Abonelikten çıkma bağlantısı gerektirmeyen işlemsel e-posta (makbuz, parola sıfırlama) için işareti kaldırın.</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Şablon metni</translation>
    </message>
    <message>
        <source>Plain-text alternative</source>
        <translation>Düz metin sürümü</translation>
    </message>
    <message>
        <source>The text mail programs show when they do not show HTML; leave empty to send HTML only.</source>
        <translation>E-posta programlarının HTML göstermediğinde gösterdiği metin; yalnızca HTML göndermek için boş bırakın.</translation>
    </message>
    <message>
        <source>Insert field</source>
        <translation>Alan ekle</translation>
    </message>
    <message>
        <source>Insert a personalisation field at the cursor.</source>
        <translation>İmlecin olduğu yere bir kişiselleştirme alanı ekleyin.</translation>
    </message>
    <message>
        <source>SMS length</source>
        <translation>SMS uzunluğu</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Tahmini maliyet</translation>
    </message>
    <message>
        <source>Links in the email</source>
        <translation>E-postadaki bağlantılar</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Önizleme</translation>
    </message>
    <message>
        <source>Previous contact</source>
        <translation>Önceki kişi</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>Sonraki kişi</translation>
    </message>
    <message>
        <source>Preview as the previous contact</source>
        <translation>Önceki kişi olarak önizle</translation>
    </message>
    <message>
        <source>Preview as the next contact</source>
        <translation>Sonraki kişi olarak önizle</translation>
    </message>
    <message>
        <source>Preview as a contact of this group</source>
        <translation>Bu grubun bir kişisi olarak önizle</translation>
    </message>
    <message>
        <source>Te&amp;xt version:</source>
        <translation>Dü&amp;z metin:</translation>
    </message>
    <message>
        <source>Links:</source>
        <translation>Bağlantılar:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>K&amp;onu:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Metin:</translation>
    </message>
    <message>
        <source>Preview as:</source>
        <translation>Şu kişi olarak önizle:</translation>
    </message>
    <message>
        <source>Hi {{first_name|default:&quot;there&quot;}}, …</source>
        <translation>Merhaba {{first_name|default:&quot;dostum&quot;}}, …</translation>
    </message>
    <message>
        <source>&lt;p&gt;Hello {{first_name|default:&quot;there&quot;}},&lt;/p&gt;
…
&lt;p&gt;&lt;a href=&quot;{{unsubscribe_url}}&quot;&gt;Unsubscribe&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Merhaba {{first_name|default:&quot;dostum&quot;}},&lt;/p&gt;
…
&lt;p&gt;&lt;a href=&quot;{{unsubscribe_url}}&quot;&gt;Abonelikten çık&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Fields of this group</source>
        <translation>Bu grubun alanları</translation>
    </message>
    <message>
        <source>With a default: {{first_name|default:&quot;there&quot;}}</source>
        <translation>Varsayılanla: {{first_name|default:&quot;dostum&quot;}}</translation>
    </message>
    <message>
        <source>there</source>
        <translation>dostum</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n karakter</numerusform>
        </translation>
    </message>
    <message>
        <source>Unicode because of: %1</source>
        <translation>Unicode olmasının nedeni: %1</translation>
    </message>
    <message>
        <source>Replace: %1</source>
        <translation>Değiştir: %1</translation>
    </message>
    <message>
        <source>all of them</source>
        <translation>hepsini</translation>
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <translation>%1 %2 · %3</translation>
    </message>
    <message>
        <source>This group has no contacts; the fields show empty.</source>
        <translation>Bu grupta kişi yok; alanlar boş görünür.</translation>
    </message>
    <message>
        <source>This contact has no value for %1.</source>
        <translation>Bu kişinin %1 değeri yok.</translation>
    </message>
    <message>
        <source>Counting the group&apos;s contacts without these fields…</source>
        <translation>Grubun bu alanları olmayan kişileri sayılıyor…</translation>
    </message>
    <message>
        <source>%1 of %2 contacts have no %3: add a default, such as {{%3|default:&quot;…&quot;}}.</source>
        <translation>%2 kişiden %1 tanesinin %3 değeri yok: {{%3|default:&quot;…&quot;}} gibi bir varsayılan ekleyin.</translation>
    </message>
    <message>
        <source>Estimating the cost…</source>
        <translation>Maliyet tahmin ediliyor…</translation>
    </message>
    <message>
        <source>Text length</source>
        <translation>Metin uzunluğu</translation>
    </message>
    <message>
        <source>{{first_name|default:&quot;there&quot;}}
header: Spring sale</source>
        <translation>{{first_name|default:&quot;dostum&quot;}}
header: Bahar indirimi</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s): each fills one variable of the WhatsApp template, in order.</source>
        <translation>
            <numerusform>%n satır: her biri WhatsApp şablonunun bir değişkenini sırayla doldurur.</numerusform>
        </translation>
    </message>
    <message>
        <source>a call reads at most %1</source>
        <translation>bir arama en fazla %1 karakter okur</translation>
    </message>
    <message>
        <source>as sent to %1</source>
        <translation>%1 kişisine gönderildiği gibi</translation>
    </message>
    <message>
        <source>with fields at typical length</source>
        <translation>alanlar tipik uzunluklarında</translation>
    </message>
    <message>
        <source>A condition: {{#if city == &quot;Paris&quot;}}…{{else}}…{{/if}}</source>
        <translation>Bir koşul: {{#if city == &quot;Paris&quot;}}…{{else}}…{{/if}}</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Dil:</translation>
    </message>
</context>
<context>
    <name>cm::TemplateLanguages</name>
    <message>
        <source>Add language…</source>
        <translation>Dil ekle…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Language version</source>
        <translation>Dil sürümü</translation>
    </message>
    <message>
        <source>A contact whose language field is “es” (or “es-MX”) gets the Spanish version; everyone else the template&apos;s own text.</source>
        <translation>language alanı “es” (ya da “es-MX”) olan bir kişi İspanyolca sürümü alır; diğer herkes şablonun kendi metnini.</translation>
    </message>
    <message>
        <source>Add language</source>
        <translation>Dil ekle</translation>
    </message>
    <message>
        <source>Language code of the contacts who get this version (their language field), such as es, tr or pt-BR:</source>
        <translation>Bu sürümü alacak kişilerin dil kodu (language alanları), örneğin es, tr ya da pt-BR:</translation>
    </message>
    <message>
        <source>Everyone (one language)</source>
        <translation>Herkes (tek dil)</translation>
    </message>
    <message>
        <source>Everyone else</source>
        <translation>Diğer herkes</translation>
    </message>
</context>
<context>
    <name>cm::TemplateModel</name>
    <message>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Güncellenme</translation>
    </message>
</context>
<context>
    <name>cm::TemplateRenderer</name>
    <message>
        <source>“%1” is not a field name: use letters, digits and _ as in {{first_name}}.</source>
        <translation>“%1” bir alan adı değil: {{first_name}} örneğindeki gibi harf, rakam ve _ kullanın.</translation>
    </message>
    <message>
        <source>Unknown filter “%1” in %2: use upper, lower, capitalize or default:&quot;…&quot;.</source>
        <translation>%2 içinde bilinmeyen süzgeç “%1”: upper, lower, capitalize ya da default:&quot;…&quot; kullanın.</translation>
    </message>
    <message>
        <source>A placeholder is not closed: “%1” needs }} on the same line.</source>
        <translation>Bir yer tutucu kapatılmamış: “%1” aynı satırda }} gerektirir.</translation>
    </message>
    <message>
        <source>the condition is missing, as in {{#if city == &quot;Paris&quot;}}</source>
        <translation>koşul eksik; örneğin {{#if city == &quot;Paris&quot;}}</translation>
    </message>
    <message>
        <source>“%1” is not understood here: join conditions with and, or</source>
        <translation>“%1” burada anlaşılmıyor: koşulları and, or ile birleştirin</translation>
    </message>
    <message>
        <source>a text in quotes is not closed</source>
        <translation>tırnak içindeki bir metin kapatılmamış</translation>
    </message>
    <message>
        <source>“%1” is not understood: compare with ==, !=, &lt;, &lt;=, &gt;, &gt;=, contains or is empty</source>
        <translation>“%1” anlaşılmıyor: ==, !=, &lt;, &lt;=, &gt;, &gt;=, contains veya is empty ile karşılaştırın</translation>
    </message>
    <message>
        <source>a bracket is not closed</source>
        <translation>bir parantez kapatılmamış</translation>
    </message>
    <message>
        <source>expected “empty” after “%1”</source>
        <translation>“%1” sonrasında “empty” bekleniyordu</translation>
    </message>
    <message>
        <source>“%1” has no {{#if …}} before it.</source>
        <translation>“%1” öncesinde bir {{#if …}} yok.</translation>
    </message>
    <message>
        <source>In “%1”: %2.</source>
        <translation>“%1” içinde: %2.</translation>
    </message>
    <message>
        <source>“%1” is not known: a block is {{#if …}} … {{else}} … {{/if}}.</source>
        <translation>“%1” bilinmiyor: bir blok {{#if …}} … {{else}} … {{/if}} biçimindedir.</translation>
    </message>
    <message>
        <source>“%1” is not closed: add {{/if}} where its text ends.</source>
        <translation>“%1” kapatılmamış: metninin bittiği yere {{/if}} ekleyin.</translation>
    </message>
    <message>
        <source>“%1” comes after {{else}}: {{else}} is the last part of a block.</source>
        <translation>“%1”, {{else}} sonrasında geliyor: {{else}} bir bloğun son bölümüdür.</translation>
    </message>
    <message>
        <source>“%1” is not understood: write {{else}} or {{else if …}}.</source>
        <translation>“%1” anlaşılmıyor: {{else}} veya {{else if …}} yazın.</translation>
    </message>
    <message>
        <source>expected a field, a text in quotes or a number at the start</source>
        <translation>başta bir alan, tırnak içinde bir metin veya bir sayı bekleniyordu</translation>
    </message>
    <message>
        <source>expected a field, a text in quotes or a number after “%1”</source>
        <translation>“%1” sonrasında bir alan, tırnak içinde bir metin veya bir sayı bekleniyordu</translation>
    </message>
</context>
<context>
    <name>cm::TemplateStore</name>
    <message>
        <source>save the template “%1”</source>
        <translation>“%1” şablonunun kaydedilmesi</translation>
    </message>
    <message>
        <source>delete the template</source>
        <translation>şablonun silinmesi</translation>
    </message>
</context>
<context>
    <name>cm::TemplatesPane</name>
    <message>
        <source>Template text</source>
        <translation>Şablon metni</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Önizleme</translation>
    </message>
    <message>
        <source>Preview as the first contact of this group</source>
        <translation>Bu grubun ilk kişisi olarak önizle</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Konu:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Metin:</translation>
    </message>
    <message>
        <source>Preview for:</source>
        <translation>Önizleme:</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Şablonlar</translation>
    </message>
    <message>
        <source>No templates yet.
A template is the text of an SMS or an email, with fields such as {{first_name}} filled in for each contact.</source>
        <translation>Henüz şablon yok.
Şablon, her kişi için {{first_name}} gibi alanları doldurulan bir SMS ya da e-posta metnidir.</translation>
    </message>
    <message>
        <source>no personalisation</source>
        <translation>kişiselleştirme yok</translation>
    </message>
    <message>
        <source>fields: %1</source>
        <translation>alanlar: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n karakter</numerusform>
        </translation>
    </message>
    <message>
        <source>Unicode because of: %1</source>
        <translation>Unicode&apos;a neden olan: %1</translation>
    </message>
    <message>
        <source>New template…</source>
        <translation>Yeni şablon…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Düzenle…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Çoğalt</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Sil…</translation>
    </message>
    <message>
        <source>A template named “%1” exists already. Choose another name.</source>
        <translation>“%1” adlı bir şablon zaten var. Başka bir ad seçin.</translation>
    </message>
    <message>
        <source>Template “%1” saved.</source>
        <translation>“%1” şablonu kaydedildi.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopya)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (kopya %2)</translation>
    </message>
    <message>
        <source>Delete the template “%1”?</source>
        <translation>“%1” şablonu silinsin mi?</translation>
    </message>
    <message numerus="yes">
        <source>%n draft or scheduled campaign(s) use it and will need another.</source>
        <translation>
            <numerusform>%n taslak ya da planlanmış kampanya bunu kullanıyor ve başka bir şablona ihtiyaç duyacak.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Şablonu sil</translation>
    </message>
    <message>
        <source>Send to account…</source>
        <translation>Hesaba gönder…</translation>
    </message>
    <message>
        <source>Send the template to</source>
        <translation>Şablonu şuraya gönder</translation>
    </message>
    <message>
        <source>Bring in from account…</source>
        <translation>Hesaptan al…</translation>
    </message>
    <message>
        <source>Bring in the templates of</source>
        <translation>Şablonlarını al</translation>
    </message>
    <message>
        <source>Templates at a provider</source>
        <translation>Sağlayıcıdaki şablonlar</translation>
    </message>
    <message>
        <source>Preview at account…</source>
        <translation>Hesapta önizle…</translation>
    </message>
    <message>
        <source>Preview a template of</source>
        <translation>Şablonunu önizle</translation>
    </message>
    <message>
        <source>That account keeps no templates.</source>
        <translation>Bu hesap hiç şablon tutmuyor.</translation>
    </message>
    <message>
        <source>Preview at account</source>
        <translation>Hesapta önizle</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Şablon:</translation>
    </message>
    <message>
        <source>Template %1 at the provider</source>
        <translation>Sağlayıcıdaki %1 şablonu</translation>
    </message>
    <message>
        <source>No account keeps templates at its provider. %1 accounts do.</source>
        <translation>Hiçbir hesap sağlayıcısında şablon tutmuyor. %1 hesapları tutar.</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Tahmini maliyet</translation>
    </message>
    <message>
        <source>Estimating the cost…</source>
        <translation>Maliyet tahmin ediliyor…</translation>
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
        <translation>E-posta</translation>
    </message>
    <message>
        <source>Draft</source>
        <comment>campaign state</comment>
        <translation>Taslak</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <comment>campaign state</comment>
        <translation>Zamanlandı</translation>
    </message>
    <message>
        <source>Sending</source>
        <comment>campaign state</comment>
        <translation>Gönderiliyor</translation>
    </message>
    <message>
        <source>Sent</source>
        <comment>campaign state</comment>
        <translation>Gönderildi</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>campaign state</comment>
        <translation>İptal edildi</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>campaign state</comment>
        <translation>Başarısız</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>recipient state</comment>
        <translation>Bekliyor</translation>
    </message>
    <message>
        <source>Submitting</source>
        <comment>recipient state</comment>
        <translation>İletiliyor</translation>
    </message>
    <message>
        <source>Accepted</source>
        <comment>recipient state</comment>
        <translation>Kabul edildi</translation>
    </message>
    <message>
        <source>Delivered</source>
        <comment>recipient state</comment>
        <translation>Teslim edildi</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>recipient state</comment>
        <translation>Başarısız</translation>
    </message>
    <message>
        <source>Bounced</source>
        <comment>recipient state</comment>
        <translation>Geri döndü</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>recipient state</comment>
        <translation>Bilinmiyor</translation>
    </message>
    <message>
        <source>Sent</source>
        <comment>event</comment>
        <translation>Gönderildi</translation>
    </message>
    <message>
        <source>Delivered</source>
        <comment>event</comment>
        <translation>Teslim edildi</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>event</comment>
        <translation>Başarısız</translation>
    </message>
    <message>
        <source>Opened</source>
        <comment>event</comment>
        <translation>Açıldı</translation>
    </message>
    <message>
        <source>Clicked</source>
        <comment>event</comment>
        <translation>Tıklandı</translation>
    </message>
    <message>
        <source>Bounced</source>
        <comment>event</comment>
        <translation>Geri döndü</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <comment>event</comment>
        <translation>Abonelikten çıktı</translation>
    </message>
    <message>
        <source>Complained</source>
        <comment>event</comment>
        <translation>Şikâyet etti</translation>
    </message>
    <message>
        <source>Sent</source>
        <comment>counter</comment>
        <translation>Gönderilen</translation>
    </message>
    <message>
        <source>Delivered</source>
        <comment>counter</comment>
        <translation>Teslim edilen</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>counter</comment>
        <translation>Başarısız</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>counter</comment>
        <translation>Bekleyen</translation>
    </message>
    <message>
        <source>Opened</source>
        <comment>counter</comment>
        <translation>Açılma</translation>
    </message>
    <message>
        <source>Opened (unique)</source>
        <comment>counter</comment>
        <translation>Açılma (tekil)</translation>
    </message>
    <message>
        <source>Clicked</source>
        <comment>counter</comment>
        <translation>Tıklama</translation>
    </message>
    <message>
        <source>Clicked (unique)</source>
        <comment>counter</comment>
        <translation>Tıklama (tekil)</translation>
    </message>
    <message>
        <source>Bounced</source>
        <comment>counter</comment>
        <translation>Geri dönen</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <comment>counter</comment>
        <translation>Abonelikten çıkan</translation>
    </message>
    <message>
        <source>Complained</source>
        <comment>counter</comment>
        <translation>Şikâyet</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Arama</translation>
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
        <translation>Campaign Manager kullanıcı kılavuzu</translation>
    </message>
    <message>
        <source>Pages of the guide</source>
        <translation>Kılavuz sayfaları</translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation>Kılavuz sayfası</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Geri</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>İleri</translation>
    </message>
</context>
<context>
    <name>cm::VariantsTable</name>
    <message>
        <source>Variants side by side</source>
        <translation>Varyantlar yan yana</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Varyant</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Şablon</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Hesap</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gönderilen</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Sayılan</translation>
    </message>
    <message>
        <source>%1 (winner)</source>
        <translation>%1 (kazanan)</translation>
    </message>
    <message>
        <source>%1 (leads)</source>
        <translation>%1 (önde)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 içinde %1</translation>
    </message>
</context>
<context>
    <name>cm::WorkspaceDialog</name>
    <message>
        <source>Workspace settings</source>
        <translation>Çalışma alanı ayarları</translation>
    </message>
    <message>
        <source>Numbers written without a country code, such as 0532 612 48 37, are read as this country&apos;s, in imports, contacts and the suppression list.</source>
        <translation>0532 612 48 37 gibi ülke kodu olmadan yazılan numaralar içe aktarmalarda, kişilerde ve engelleme listesinde bu ülkenin numarası sayılır.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Dosya:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Kimlik:</translation>
    </message>
    <message>
        <source>&amp;Phone numbers from:</source>
        <translation>&amp;Telefon numarası ülkesi:</translation>
    </message>
</context>
<context>
    <name>cm::XlsxReader</name>
    <message>
        <source>The file cannot be opened: %1.</source>
        <translation>Dosya açılamıyor: %1.</translation>
    </message>
    <message>
        <source>This file is not an Excel workbook (.xlsx). Save it from Excel as .xlsx or CSV, and import it again.</source>
        <translation>Bu dosya bir Excel çalışma kitabı (.xlsx) değil. Excel’den .xlsx ya da CSV olarak kaydedip yeniden içe aktarın.</translation>
    </message>
    <message>
        <source>The workbook is protected with a password. Open it in Excel, remove the password, save it, and import it again.</source>
        <translation>Çalışma kitabı parolayla korunuyor. Excel’de açın, parolayı kaldırın, kaydedin ve yeniden içe aktarın.</translation>
    </message>
    <message>
        <source>This is an old Excel 97–2003 workbook (.xls). Open it in Excel or LibreOffice, save it as .xlsx or CSV, and import it again.</source>
        <translation>Bu eski bir Excel 97–2003 çalışma kitabı (.xls). Excel ya da LibreOffice’te açın, .xlsx ya da CSV olarak kaydedin ve yeniden içe aktarın.</translation>
    </message>
    <message>
        <source>The workbook is protected with a password or is an old Excel 97–2003 workbook (.xls). Open it in Excel, remove any password, save it as .xlsx, and import it again.</source>
        <translation>Çalışma kitabı parolayla korunuyor ya da eski bir Excel 97–2003 çalışma kitabı (.xls). Excel’de açın, varsa parolayı kaldırın, .xlsx olarak kaydedin ve yeniden içe aktarın.</translation>
    </message>
    <message>
        <source>The workbook is damaged (%1). Open it in Excel or LibreOffice, save it again as .xlsx, and import it again.</source>
        <translation>Çalışma kitabı bozuk (%1). Excel ya da LibreOffice’te açın, yeniden .xlsx olarak kaydedin ve yeniden içe aktarın.</translation>
    </message>
    <message>
        <source>The workbook has no sheets.</source>
        <translation>Çalışma kitabında hiç sayfa yok.</translation>
    </message>
    <message>
        <source>The workbook has no sheet “%1”; its sheets: %2.</source>
        <translation>Çalışma kitabında “%1” sayfası yok; sayfaları: %2.</translation>
    </message>
    <message>
        <source>the sheet “%1” is not in it</source>
        <translation>“%1” sayfası içinde yok</translation>
    </message>
    <message>
        <source>Row %1: the sheet cannot be read from here on (%2). Open the workbook in Excel or LibreOffice, save it again, and import it again.</source>
        <translation>Satır %1: sayfa buradan sonrası okunamıyor (%2). Çalışma kitabını Excel ya da LibreOffice’te açın, yeniden kaydedin ve yeniden içe aktarın.</translation>
    </message>
    <message>
        <source>Row %1: a cell is past the last column of a sheet; the file may be damaged.</source>
        <translation>Satır %1: bir hücre sayfanın son sütununun ötesinde; dosya bozuk olabilir.</translation>
    </message>
    <message>
        <source>Row %1: a cell refers to text the workbook does not have; the file may be damaged.</source>
        <translation>Satır %1: bir hücre çalışma kitabında olmayan bir metne başvuruyor; dosya bozuk olabilir.</translation>
    </message>
    <message numerus="yes">
        <source>Row %1: a cell is longer than %n character(s).</source>
        <translation>
            <numerusform>Satır %1: bir hücre %n karakterden uzun.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cm::XlsxWriter</name>
    <message>
        <source>“%1” cannot be written: %2.</source>
        <translation>“%1” yazılamıyor: %2.</translation>
    </message>
    <message>
        <source>“%1” cannot be written: the workbook could not be started.</source>
        <translation>“%1” yazılamıyor: çalışma kitabı başlatılamadı.</translation>
    </message>
    <message>
        <source>The workbook is already closed.</source>
        <translation>Çalışma kitabı zaten kapatıldı.</translation>
    </message>
    <message>
        <source>An Excel sheet holds at most %L1 rows; export fewer contacts, or export them as CSV.</source>
        <translation>Bir Excel sayfası en çok %L1 satır alır; daha az kişi dışa aktarın ya da CSV olarak aktarın.</translation>
    </message>
    <message>
        <source>Row %1 has %2 columns; an Excel sheet holds at most %L3.</source>
        <translation>Satır %1 %2 sütunlu; bir Excel sayfası en çok %L3 sütun alır.</translation>
    </message>
    <message>
        <source>Row %1, column %2: the text is %L3 characters long; an Excel cell holds at most %L4.</source>
        <translation>Satır %1, sütun %2: metin %L3 karakter uzunluğunda; bir Excel hücresi en çok %L4 karakter alır.</translation>
    </message>
    <message>
        <source>Row %1 cannot be written: %2.</source>
        <translation>Satır %1 yazılamıyor: %2.</translation>
    </message>
    <message>
        <source>“%1” cannot be saved: %2.</source>
        <translation>“%1” kaydedilemiyor: %2.</translation>
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
        <translation>SMS ve e-posta kampanyaları.</translation>
    </message>
    <message>
        <source>The workspace database to open.</source>
        <translation>Açılacak çalışma alanı veritabanı.</translation>
    </message>
    <message>
        <source>Start a new workspace empty.</source>
        <translation>Yeni bir çalışma alanını boş başlat.</translation>
    </message>
    <message>
        <source>Save the window as a PNG once it is shown, then quit.</source>
        <translation>Pencere gösterilince onu PNG olarak kaydet ve çık.</translation>
    </message>
    <message>
        <source>Language (en, tr, es, pl).</source>
        <translation>Dil (en, tr, es, pl).</translation>
    </message>
    <message>
        <source>Benchmarks: quit after the first paint.</source>
        <translation>Ölçümler için: ilk çizimden sonra çık.</translation>
    </message>
    <message>
        <source>Unknown pane “%1”: use one of %2.</source>
        <translation>Bilinmeyen bölme “%1”: şunlardan birini kullanın: %2.</translation>
    </message>
    <message>
        <source>Could not save the screenshot to “%1”.</source>
        <translation>Ekran görüntüsü “%1” dosyasına kaydedilemedi.</translation>
    </message>
    <message>
        <source>Appearance: light, dark or system.</source>
        <translation>Görünüm: light (açık), dark (koyu) ya da system (sistem).</translation>
    </message>
    <message>
        <source>Open on this pane: overview, accounts, groups, templates, campaigns, reports.</source>
        <translation>Şu bölmede aç: overview, accounts, groups, templates, campaigns, reports.</translation>
    </message>
</context>
</TS>
