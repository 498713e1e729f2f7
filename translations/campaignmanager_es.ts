<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>cm::AbTest</name>
    <message>
        <source>delivery rate</source>
        <translation>tasa de entrega</translation>
    </message>
    <message>
        <source>open rate</source>
        <translation>tasa de apertura</translation>
    </message>
    <message>
        <source>click rate</source>
        <translation>tasa de clics</translation>
    </message>
    <message>
        <source>cost per delivered message</source>
        <translation>coste por mensaje entregado</translation>
    </message>
    <message>
        <source>cost per click</source>
        <translation>coste por clic</translation>
    </message>
    <message numerus="yes">
        <source>A/B test of %n variant(s) on %1% each, by %2, waiting %3</source>
        <translation>
            <numerusform>Prueba A/B de %n variante al %1% cada una, por %2, espera %3</numerusform>
            <numerusform>Prueba A/B de %n variantes al %1% cada una, por %2, espera %3</numerusform>
        </translation>
    </message>
    <message>
        <source>A/B test: the variants are out; the winner goes to the rest at %1</source>
        <translation>Prueba A/B: las variantes ya salieron; la ganadora va al resto el %1</translation>
    </message>
    <message>
        <source>A/B test: %1 won (picked by hand)</source>
        <translation>Prueba A/B: ganó %1 (elegida a mano)</translation>
    </message>
    <message>
        <source>A/B test: %1 went to the rest (no variant had a %2 to compare)</source>
        <translation>Prueba A/B: %1 fue al resto (ninguna variante tenía %2 que comparar)</translation>
    </message>
    <message>
        <source>A/B test: %1 won by %2</source>
        <translation>Prueba A/B: ganó %1 por %2</translation>
    </message>
</context>
<context>
    <name>cm::AbTestDialog</name>
    <message>
        <source>A/B test of “%1”</source>
        <translation>Prueba A/B de «%1»</translation>
    </message>
    <message>
        <source>Each variant goes to its share of the audience, drawn at random. When the wait is over, the variant with the best measure goes to everyone else; you can also pick it yourself sooner. A variant may differ in its template, subject, sender or the account that carries it (the route).</source>
        <translation>Cada variante va a su parte de la audiencia, elegida al azar. Al acabar la espera, la variante con la mejor medida va a todos los demás; también puede elegirla usted antes. Una variante puede diferir en su plantilla, asunto, remitente o la cuenta que la lleva (la ruta).</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <source>Share of the audience for each variant</source>
        <translation>Parte de la audiencia para cada variante</translation>
    </message>
    <message>
        <source>Winning measure</source>
        <translation>Medida ganadora</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Wait before the winner is picked, in hours</source>
        <translation>Espera antes de elegir la ganadora, en horas</translation>
    </message>
    <message>
        <source>&amp;Add variant</source>
        <translation>&amp;Añadir variante</translation>
    </message>
    <message>
        <source>&amp;Remove last variant</source>
        <translation>&amp;Quitar la última variante</translation>
    </message>
    <message>
        <source>Remove the &amp;test</source>
        <translation>Quitar la &amp;prueba</translation>
    </message>
    <message>
        <source>Each variant &amp;to:</source>
        <translation>Cada variante &amp;a:</translation>
    </message>
    <message>
        <source>The &amp;winner has the best:</source>
        <translation>La &amp;ganadora tiene la mejor:</translation>
    </message>
    <message>
        <source>Picked &amp;after:</source>
        <translation>Elegida &amp;tras:</translation>
    </message>
    <message>
        <source>Winner</source>
        <translation>Ganadora</translation>
    </message>
    <message>
        <source>Variant %1 (%2, %3)</source>
        <translation>Variante %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Send to the rest now:</source>
        <translation>Enviar al resto ahora:</translation>
    </message>
    <message>
        <source>&amp;Send the winner</source>
        <translation>&amp;Enviar la ganadora</translation>
    </message>
    <message>
        <source>the template&apos;s</source>
        <translation>el de la plantilla</translation>
    </message>
    <message>
        <source>(email only)</source>
        <translation>(solo correo)</translation>
    </message>
    <message>
        <source>the account&apos;s default</source>
        <translation>el predeterminado de la cuenta</translation>
    </message>
    <message>
        <source>Template of variant %1</source>
        <translation>Plantilla de la variante %1</translation>
    </message>
    <message>
        <source>Account of variant %1</source>
        <translation>Cuenta de la variante %1</translation>
    </message>
    <message>
        <source>Variant A is the campaign itself: change it with Edit…</source>
        <translation>La variante A es la campaña misma: cámbiela con Editar…</translation>
    </message>
    <message>
        <source>Measures some variant&apos;s account does not report are not offered.</source>
        <translation>No se ofrecen las medidas que la cuenta de alguna variante no informa.</translation>
    </message>
</context>
<context>
    <name>cm::AboutDialog</name>
    <message>
        <source>About Campaign Manager</source>
        <translation>Acerca de Campaign Manager</translation>
    </message>
    <message>
        <source>Campaign Manager</source>
        <translation>Campaign Manager</translation>
    </message>
    <message>
        <source>SMS and email campaigns through several providers, on your own computer.</source>
        <translation>Campañas de SMS y correo electrónico a través de varios proveedores, en su propio ordenador.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Qt %1 (built with %2)</source>
        <translation>Qt %1 (compilado con %2)</translation>
    </message>
    <message>
        <source>SQLite %1</source>
        <translation>SQLite %1</translation>
    </message>
    <message>
        <source>Workspace %1 (version %2)</source>
        <translation>Espacio de trabajo %1 (versión %2)</translation>
    </message>
</context>
<context>
    <name>cm::AccountDialog</name>
    <message>
        <source>Add account</source>
        <translation>Añadir cuenta</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Proveedor:</translation>
    </message>
    <message>
        <source>&amp;Base URL:</source>
        <translation>URL &amp;base:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Secreto:</translation>
    </message>
    <message>
        <source>Advanced settings</source>
        <translation>Ajustes avanzados</translation>
    </message>
    <message>
        <source>Ad&amp;vanced:</source>
        <translation>A&amp;vanzado:</translation>
    </message>
    <message>
        <source>Edit account</source>
        <translation>Editar cuenta</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Leave empty to keep the current one</source>
        <translation>Déjelo vacío para conservar el actual</translation>
    </message>
    <message>
        <source>The advanced settings are not a JSON object (%1). Write them as {&quot;key&quot;: &quot;value&quot;}, or {}.</source>
        <translation>Los ajustes avanzados no son un objeto JSON (%1). Escríbalos como {&quot;clave&quot;: &quot;valor&quot;}, o {}.</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>no es un objeto</translation>
    </message>
    <message>
        <source>For example: %1 Türkiye</source>
        <translation>Por ejemplo: %1 España</translation>
    </message>
    <message>
        <source>Provider options as JSON, such as {&quot;time_zone&quot;: &quot;Europe/Istanbul&quot;} or the paths of a platform that documents none. Leave {} when unsure.</source>
        <translation>Opciones del proveedor en JSON, como {&quot;time_zone&quot;: &quot;Europe/Istanbul&quot;} o las rutas de una plataforma que no las documenta. Deje {} si no está seguro.</translation>
    </message>
    <message>
        <source>P&amp;rices:</source>
        <translation>&amp;Precios:</translation>
    </message>
    <message>
        <source>What one SMS part costs, for the cost estimates before a send; leave empty when unsure.</source>
        <translation>Lo que cuesta una parte de SMS, para las estimaciones de coste antes de enviar; déjelo vacío si no está seguro.</translation>
    </message>
    <message>
        <source>&amp;Mailbox password:</source>
        <translation>Contraseña del &amp;buzón:</translation>
    </message>
</context>
<context>
    <name>cm::AccountModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
</context>
<context>
    <name>cm::AccountService</name>
    <message>
        <source>Give the account a name.</source>
        <translation>Dé un nombre a la cuenta.</translation>
    </message>
    <message>
        <source>“%1” is not a provider this version knows.</source>
        <translation>«%1» no es un proveedor que esta versión conozca.</translation>
    </message>
    <message>
        <source>An account named “%1” exists already. Choose another name.</source>
        <translation>Ya existe una cuenta llamada «%1». Elija otro nombre.</translation>
    </message>
    <message>
        <source>“%1” must start with https:// (plain http is allowed only for this computer).</source>
        <translation>«%1» debe empezar por https:// (http sin cifrar solo se admite para este ordenador).</translation>
    </message>
    <message>
        <source>Account “%1” added.</source>
        <translation>Cuenta «%1» añadida.</translation>
    </message>
    <message>
        <source>Account “%1” added; its secret is in %2.</source>
        <translation>Cuenta «%1» añadida; su secreto está en %2.</translation>
    </message>
    <message>
        <source>Account “%1” added; its secret is kept in %2 until you quit.</source>
        <translation>Cuenta «%1» añadida; su secreto se guarda en %2 hasta que salga.</translation>
    </message>
    <message>
        <source>The secret of “%1” could not be stored in %2: %3. The account was not added. Unlock the keychain, or set %4 in the environment instead.</source>
        <translation>No se pudo guardar el secreto de «%1» en %2: %3. La cuenta no se añadió. Desbloquee el llavero o defina %4 en el entorno.</translation>
    </message>
    <message>
        <source>The secret of “%1” could not be read: %2. Unlock the keychain, or set %3.</source>
        <translation>No se pudo leer el secreto de «%1»: %2. Desbloquee el llavero o defina %3.</translation>
    </message>
    <message>
        <source>That account no longer exists.</source>
        <translation>Esa cuenta ya no existe.</translation>
    </message>
    <message>
        <source>Testing the connection of “%1”</source>
        <translation>Probando la conexión de «%1»</translation>
    </message>
    <message>
        <source>The secret of “%1” could not be removed from %2: %3. The account was kept; try again.</source>
        <translation>No se pudo eliminar el secreto de «%1» de %2: %3. La cuenta se ha conservado; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Account “%1” removed. The keychain was not available, so its entry may remain there.</source>
        <translation>Cuenta «%1» eliminada. El llavero no estaba disponible, así que su entrada puede seguir allí.</translation>
    </message>
    <message>
        <source>Account “%1” removed.</source>
        <translation>Cuenta «%1» eliminada.</translation>
    </message>
    <message>
        <source>Account “%1” saved.</source>
        <translation>Cuenta «%1» guardada.</translation>
    </message>
    <message>
        <source>The new secret of “%1” could not be stored in %2: %3. Nothing was changed.</source>
        <translation>No se pudo guardar el nuevo secreto de «%1» en %2: %3. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>“%1” and the account “%2” would both read their secret from %3. Choose a name that differs in its letters or digits.</source>
        <translation>«%1» y la cuenta «%2» leerían su secreto de %3. Elija un nombre que se diferencie en sus letras o cifras.</translation>
    </message>
    <message>
        <source>The secret of “%1” is not in the keychain: enter it again (Accounts → Edit…), or set %2.</source>
        <translation>El secreto de «%1» no está en el llavero: introdúzcalo de nuevo (Cuentas → Editar…) o defina %2.</translation>
    </message>
    <message>
        <source>The setting “%1” must be a whole number greater than 0, such as 30000.</source>
        <translation>El ajuste «%1» debe ser un número entero mayor que 0, como 30000.</translation>
    </message>
    <message>
        <source>The setting “%1” must be a number of 0 or more, such as 0.05.</source>
        <translation>El ajuste «%1» debe ser un número igual o mayor que 0, como 0.05.</translation>
    </message>
    <message>
        <source>The setting “%1” must be a time zone such as Europe/Istanbul.</source>
        <translation>El ajuste «%1» debe ser una zona horaria, como Europe/Madrid.</translation>
    </message>
    <message>
        <source>The setting “%1” must be a web address such as https://example.com/unsubscribe.</source>
        <translation>El ajuste «%1» debe ser una dirección web, como https://example.com/unsubscribe.</translation>
    </message>
    <message>
        <source>The setting “%1” must map countries to prices, such as {&quot;TR&quot;: 0.02}.</source>
        <translation>El ajuste «%1» debe asignar precios a países, como {&quot;ES&quot;: 0.02}.</translation>
    </message>
    <message>
        <source>The setting “%1” must map operations to paths, such as {&quot;send&quot;: &quot;/v2/send&quot;}.</source>
        <translation>El ajuste «%1» debe asignar rutas a operaciones, como {&quot;send&quot;: &quot;/v2/send&quot;}.</translation>
    </message>
    <message>
        <source>The system keychain is locked, so the secret of “%1” cannot be read: unlock the keychain (log in to the desktop, or unlock it in your keyring manager) and try again, or set %2.</source>
        <translation>El llavero del sistema está bloqueado, así que no se puede leer el secreto de «%1»: desbloquee el llavero (inicie sesión en el escritorio o desbloquéelo en su gestor de llaveros) e inténtelo de nuevo, o defina %2.</translation>
    </message>
    <message>
        <source>“%1” is not an address. Enter one such as %2.</source>
        <translation>“%1” no es una dirección. Escriba una como %2.</translation>
    </message>
    <message>
        <source>“%1” must start with %2.</source>
        <translation>“%1” debe empezar por %2.</translation>
    </message>
    <message>
        <source>“%1” has a login in it: put the user and the password in their own fields.</source>
        <translation>“%1” lleva un usuario dentro: escriba el usuario y la contraseña en sus propios campos.</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <comment>one of two beginnings of an address</comment>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>The mailbox password of “%1” could not be read from the keychain (%2): enter it again (Accounts → Edit…).</source>
        <translation>No se pudo leer del llavero la contraseña del buzón de “%1” (%2): escríbala de nuevo (Cuentas → Editar…).</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>no encontrada</translation>
    </message>
    <message>
        <source>The mailbox password of “%1” could not be stored in %2: %3.</source>
        <translation>No se pudo guardar la contraseña del buzón de “%1” en %2: %3.</translation>
    </message>
    <message>
        <source>The setting “%1” must be a share between 0 and 1, such as 0.2.</source>
        <translation>El ajuste «%1» debe ser una proporción entre 0 y 1, como 0.2.</translation>
    </message>
</context>
<context>
    <name>cm::AccountStore</name>
    <message>
        <source>save the account</source>
        <translation>guardar la cuenta</translation>
    </message>
    <message>
        <source>remove the account</source>
        <translation>eliminar la cuenta</translation>
    </message>
</context>
<context>
    <name>cm::AccountsPane</name>
    <message>
        <source>Provider:</source>
        <translation>Proveedor:</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>URL base:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>Can do:</source>
        <translation>Puede:</translation>
    </message>
    <message>
        <source>Last test:</source>
        <translation>Última prueba:</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>No accounts yet.
Add one for each provider you send through (Ctrl+N), or try the Sandbox, which sends nothing.</source>
        <translation>Aún no hay cuentas.
Añada una por cada proveedor con el que envíe (Ctrl+N), o pruebe el Sandbox, que no envía nada.</translation>
    </message>
    <message>
        <source>Add account…</source>
        <translation>Añadir cuenta…</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>This version does not know this provider.</source>
        <translation>Esta versión no conoce este proveedor.</translation>
    </message>
    <message>
        <source>(built in)</source>
        <translation>(integrada)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>Balance: %1.</source>
        <translation>Saldo: %1.</translation>
    </message>
    <message>
        <source>Works. %1</source>
        <translation>Funciona. %1</translation>
    </message>
    <message>
        <source>The connection works. %1</source>
        <translation>La conexión funciona. %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Eliminar cuenta</translation>
    </message>
    <message>
        <source>Remove the account “%1” and its secret from the keychain? Its campaigns and reports stay in the workspace.</source>
        <translation>¿Eliminar la cuenta «%1» y su secreto del llavero? Sus campañas e informes se quedan en el espacio de trabajo.</translation>
    </message>
    <message>
        <source>Groups there:</source>
        <translation>Grupos allí:</translation>
    </message>
    <message>
        <source>Groups at the provider</source>
        <translation>Grupos en el proveedor</translation>
    </message>
    <message>
        <source>Not read yet (Ctrl+G).</source>
        <translation>Aún no leídos (Ctrl+G).</translation>
    </message>
    <message>
        <source>This provider keeps no groups.</source>
        <translation>Este proveedor no guarda grupos.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n contact(s))</source>
        <translation>
            <numerusform>%1 (%n contacto)</numerusform>
            <numerusform>%1 (%n contactos)</numerusform>
        </translation>
    </message>
    <message>
        <source>None yet.</source>
        <translation>Ninguno todavía.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>WhatsApp conversations…</source>
        <translation>Conversaciones de WhatsApp…</translation>
    </message>
    <message>
        <source>Read and answer the WhatsApp conversations</source>
        <translation>Leer y responder las conversaciones de WhatsApp</translation>
    </message>
    <message>
        <source>%1 has no WhatsApp conversations.</source>
        <translation>%1 no tiene conversaciones de WhatsApp.</translation>
    </message>
    <message>
        <source>Works (%1). %2</source>
        <translation>Funciona (%1). %2</translation>
    </message>
    <message>
        <source>Failed (%1): %2</source>
        <translation>Falló (%1): %2</translation>
    </message>
    <message>
        <source>Not tested yet (Ctrl+T).</source>
        <translation>Aún no se ha probado (Ctrl+T).</translation>
    </message>
</context>
<context>
    <name>cm::CampaignDialog</name>
    <message>
        <source>New campaign</source>
        <translation>Nueva campaña</translation>
    </message>
    <message>
        <source>November offer</source>
        <translation>Oferta de noviembre</translation>
    </message>
    <message>
        <source>%1 (%2 contacts)</source>
        <translation>%1 (%2 contactos)</translation>
    </message>
    <message>
        <source>the account&apos;s default</source>
        <translation>el predeterminado de la cuenta</translation>
    </message>
    <message>
        <source>The sender name or number an SMS shows, or the from address of an email.</source>
        <translation>El nombre o número remitente que muestra un SMS, o la dirección de origen de un correo.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Plantilla:</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Cuenta:</translation>
    </message>
    <message>
        <source>&amp;Sender:</source>
        <translation>&amp;Remitente:</translation>
    </message>
    <message>
        <source>&amp;Now, when I press Send</source>
        <translation>&amp;Ahora, cuando pulse Enviar</translation>
    </message>
    <message>
        <source>A&amp;t</source>
        <translation>&amp;A las</translation>
    </message>
    <message>
        <source>Only send &amp;between</source>
        <translation>Enviar solo &amp;entre</translation>
    </message>
    <message>
        <source>Edit campaign “%1”</source>
        <translation>Editar la campaña «%1»</translation>
    </message>
    <message>
        <source>Groups to send to</source>
        <translation>Grupos a los que enviar</translation>
    </message>
    <message>
        <source>Groups whose contacts are left out</source>
        <translation>Grupos cuyos contactos se excluyen</translation>
    </message>
    <message>
        <source>Date and time to send</source>
        <translation>Fecha y hora de envío</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>My time zone (%1)</source>
        <translation>Mi zona horaria (%1)</translation>
    </message>
    <message>
        <source>Sending window starts</source>
        <translation>Inicio de la franja de envío</translation>
    </message>
    <message>
        <source>Sending window ends</source>
        <translation>Fin de la franja de envío</translation>
    </message>
    <message>
        <source>Quiet hours: outside this window (in the campaign&apos;s time zone) the send pauses and continues by itself when the window opens.</source>
        <translation>Horas de silencio: fuera de esta franja (en la zona horaria de la campaña) el envío se pausa y continúa solo cuando se abre la franja.</translation>
    </message>
    <message>
        <source>Send &amp;to:</source>
        <translation>Enviar &amp;a:</translation>
    </message>
    <message>
        <source>&amp;Leave out:</source>
        <translation>&amp;Excluir:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Cuándo:</translation>
    </message>
    <message>
        <source>and</source>
        <translation>y</translation>
    </message>
    <message>
        <source>Quiet hours:</source>
        <translation>Horas de silencio:</translation>
    </message>
    <message>
        <source>Saving sends nothing: Send… (Ctrl+Return) shows who the campaign will reach, then sends it or schedules it for the time above.</source>
        <translation>Guardar no envía nada: Enviar… (Ctrl+Intro) muestra a quién llegará la campaña y después la envía o la programa para la hora indicada arriba.</translation>
    </message>
    <message>
        <source>%1 options</source>
        <translation>Opciones de %1</translation>
    </message>
    <message>
        <source>%1 (segment: %2)</source>
        <translation>%1 (segmento: %2)</translation>
    </message>
    <message>
        <source>Whoever matches the rule when the send starts.</source>
        <translation>Quien cumpla la regla cuando empiece el envío.</translation>
    </message>
    <message>
        <source>At each recipient&apos;s &amp;local time:</source>
        <translation>A la hora &amp;local de cada destinatario:</translation>
    </message>
    <message>
        <source>Local time of day</source>
        <translation>Hora local del día</translation>
    </message>
    <message>
        <source>where that time has passed, the next day</source>
        <translation>donde esa hora ya pasó, al día siguiente</translation>
    </message>
    <message>
        <source>where that time has passed, at once</source>
        <translation>donde esa hora ya pasó, enseguida</translation>
    </message>
    <message>
        <source>Where the local time has passed</source>
        <translation>Donde la hora local ya pasó</translation>
    </message>
    <message>
        <source>Each recipient gets it at this time in their own time zone: from their time_zone field, else their phone number&apos;s country and area, else the campaign&apos;s zone. The quiet hours then apply in each recipient&apos;s zone.</source>
        <translation>Cada destinatario lo recibe a esta hora en su propia zona horaria: la de su campo time_zone, si no la del país y la zona de su teléfono, si no la de la campaña. Las horas de silencio se aplican entonces en la zona de cada destinatario.</translation>
    </message>
    <message>
        <source>Local time:</source>
        <translation>Hora local:</translation>
    </message>
</context>
<context>
    <name>cm::CampaignModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
</context>
<context>
    <name>cm::CampaignStore</name>
    <message>
        <source>save the campaign “%1”</source>
        <translation>guardar la campaña «%1»</translation>
    </message>
    <message>
        <source>change the campaign&apos;s state</source>
        <translation>cambiar el estado de la campaña</translation>
    </message>
    <message>
        <source>save the campaign&apos;s recipients</source>
        <translation>guardar los destinatarios de la campaña</translation>
    </message>
    <message>
        <source>save the send results</source>
        <translation>guardar los resultados del envío</translation>
    </message>
    <message>
        <source>save the delivery events</source>
        <translation>guardar los eventos de entrega</translation>
    </message>
    <message>
        <source>save the report</source>
        <translation>guardar el informe</translation>
    </message>
    <message>
        <source>save the groups of “%1”</source>
        <translation>guardar los grupos de «%1»</translation>
    </message>
    <message>
        <source>“%1” can no longer be changed: its send has started. Clone it to change a copy.</source>
        <translation>«%1» ya no se puede cambiar: su envío ha empezado. Clónela para cambiar una copia.</translation>
    </message>
    <message>
        <source>schedule the campaign</source>
        <translation>programar la campaña</translation>
    </message>
    <message>
        <source>Only a draft or a scheduled campaign can be scheduled; this one has started.</source>
        <translation>Solo se puede programar un borrador o una campaña programada; esta ya ha empezado.</translation>
    </message>
    <message>
        <source>cancel the campaign</source>
        <translation>cancelar la campaña</translation>
    </message>
    <message>
        <source>Only a draft, a scheduled or a paused campaign can be cancelled; this one has finished.</source>
        <translation>Solo se puede cancelar un borrador, una campaña programada o una pausada; esta ya ha terminado.</translation>
    </message>
    <message>
        <source>That campaign no longer exists.</source>
        <translation>Esa campaña ya no existe.</translation>
    </message>
    <message>
        <source>record when the send continues</source>
        <translation>registrar cuándo continúa el envío</translation>
    </message>
    <message>
        <source>campaign “%1”</source>
        <translation>campaña «%1»</translation>
    </message>
    <message>
        <source>The provider holds this send: move or cancel it there (Reschedule…, Cancel campaign).</source>
        <translation>El proveedor guarda este envío: muévalo o cancélelo allí (Reprogramar…, Cancelar campaña).</translation>
    </message>
    <message>
        <source>The provider holds this send: cancel it there first (Cancel campaign does).</source>
        <translation>El proveedor guarda este envío: cancélelo allí primero (Cancelar campaña lo hace).</translation>
    </message>
    <message>
        <source>Cancelled before it was sent.</source>
        <translation>Cancelado antes de enviarse.</translation>
    </message>
</context>
<context>
    <name>cm::CampaignsPane</name>
    <message>
        <source>Account:</source>
        <translation>Cuenta:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Plantilla:</translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation>Remitente:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Cuándo:</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>Destinatarios:</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <source>No campaigns yet.
A campaign sends a template to a group through an account, now or at a time you choose.</source>
        <translation>Aún no hay campañas.
Una campaña envía una plantilla a un grupo a través de una cuenta, ahora o cuando usted elija.</translation>
    </message>
    <message>
        <source>Open report</source>
        <translation>Abrir informe</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Scheduled for %1 (your time)</source>
        <translation>Programada para el %1 (su hora)</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Finished %1</source>
        <translation>Terminada el %1</translation>
    </message>
    <message>
        <source>Sending since %1</source>
        <translation>Enviándose desde el %1</translation>
    </message>
    <message>
        <source>Not scheduled</source>
        <translation>Sin programar</translation>
    </message>
    <message>
        <source>Chosen when the campaign is sent.</source>
        <translation>Se eligen al enviar la campaña.</translation>
    </message>
    <message>
        <source>%1 in all: %2</source>
        <translation>%1 en total: %2</translation>
    </message>
    <message>
        <source>New campaign…</source>
        <translation>Nueva campaña…</translation>
    </message>
    <message>
        <source>Send…</source>
        <translation>Enviar…</translation>
    </message>
    <message>
        <source>Retry failed</source>
        <translation>Reintentar fallidos</translation>
    </message>
    <message>
        <source>A campaign named “%1” exists already. Choose another name.</source>
        <translation>Ya existe una campaña llamada «%1». Elija otro nombre.</translation>
    </message>
    <message>
        <source>Campaign “%1” saved as a draft.</source>
        <translation>Campaña «%1» guardada como borrador.</translation>
    </message>
    <message>
        <source>“%1” would reach nobody. %2</source>
        <translation>«%1» no llegaría a nadie. %2</translation>
    </message>
    <message>
        <source>Send “%1” now?</source>
        <translation>¿Enviar «%1» ahora?</translation>
    </message>
    <message>
        <source>Send campaign</source>
        <translation>Enviar la campaña</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>No recipient of this campaign failed.</source>
        <translation>Ningún destinatario de esta campaña falló.</translation>
    </message>
    <message>
        <source>Test send…</source>
        <translation>Envío de prueba…</translation>
    </message>
    <message>
        <source>Test send</source>
        <translation>Envío de prueba</translation>
    </message>
    <message>
        <source>Send this campaign&apos;s text, personalised for the first contact of its group, to (separate several with commas):</source>
        <translation>Enviar el texto de esta campaña, personalizado para el primer contacto de su grupo, a (separe varios con comas):</translation>
    </message>
    <message>
        <source>Groups:</source>
        <translation>Grupos:</translation>
    </message>
    <message>
        <source>Quiet hours:</source>
        <translation>Horas de silencio:</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Clone…</source>
        <translation>Clonar…</translation>
    </message>
    <message>
        <source>Clone campaign</source>
        <translation>Clonar campaña</translation>
    </message>
    <message>
        <source>Name of the copy:</source>
        <translation>Nombre de la copia:</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>Cancel campaign…</source>
        <translation>Cancelar campaña…</translation>
    </message>
    <message>
        <source>Send now…</source>
        <translation>Enviar ahora…</translation>
    </message>
    <message>
        <source>Resume sending</source>
        <translation>Reanudar el envío</translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation>Programar…</translation>
    </message>
    <message>
        <source>leaving out the contacts of %1</source>
        <translation>excluyendo los contactos de %1</translation>
    </message>
    <message>
        <source>Sends only between %1 (%2); pauses outside it.</source>
        <translation>Envía solo entre %1 (%2); fuera de esa franja se pausa.</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>A cualquier hora</translation>
    </message>
    <message>
        <source>Paused for quiet hours; continues at %1</source>
        <translation>En pausa por las horas de silencio; continúa a las %1</translation>
    </message>
    <message>
        <source>To be scheduled for %1 (your time) once checked: press Schedule…</source>
        <translation>Se programará para el %1 (su hora) tras la comprobación: pulse Programar…</translation>
    </message>
    <message>
        <source>Campaign “%1” saved.</source>
        <translation>Campaña «%1» guardada.</translation>
    </message>
    <message>
        <source>Cloned as the draft “%1”: change it with Edit…, then send it.</source>
        <translation>Clonada como el borrador «%1»: cámbiela con Editar… y después envíela.</translation>
    </message>
    <message>
        <source>Cancel “%1”? The recipients not sent yet will not get it; the ones sent stay in the report.</source>
        <translation>¿Cancelar «%1»? Los destinatarios a los que aún no se ha enviado no la recibirán; los enviados siguen en el informe.</translation>
    </message>
    <message>
        <source>Cancel “%1”? It will not be sent; you can clone it later.</source>
        <translation>¿Cancelar «%1»? No se enviará; puede clonarla más tarde.</translation>
    </message>
    <message>
        <source>Cancel campaign</source>
        <translation>Cancelar campaña</translation>
    </message>
    <message>
        <source>“%1” cancelled; nothing more of it is sent.</source>
        <translation>«%1» cancelada; ya no se envía nada más de ella.</translation>
    </message>
    <message>
        <source>Schedule “%1” for %2?</source>
        <translation>¿Programar «%1» para el %2?</translation>
    </message>
    <message>
        <source>It sends only between %1, %2 time.</source>
        <translation>Solo envía entre %1, hora de %2.</translation>
    </message>
    <message>
        <source>Schedule campaign</source>
        <translation>Programar campaña</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Programar</translation>
    </message>
    <message>
        <source>“%1” is scheduled for %2. It goes out then while Campaign Manager is open, or through campaignctl run-due.</source>
        <translation>«%1» está programada para el %2. Saldrá entonces si Campaign Manager está abierto, o mediante campaignctl run-due.</translation>
    </message>
    <message>
        <source>Resolve unknown…</source>
        <translation>Resolver desconocidos…</translation>
    </message>
    <message>
        <source>Resolve unknown recipients</source>
        <translation>Resolver destinatarios desconocidos</translation>
    </message>
    <message>
        <source>The provider may or may not have these messages: the answer to their request was lost. Check in the provider&apos;s own panel, then say what happened. Recipients marked as not sent can be retried.</source>
        <translation>El proveedor puede tener o no estos mensajes: la respuesta a su petición se perdió. Compruébelo en el panel del propio proveedor y diga qué pasó. Los destinatarios marcados como no enviados se pueden reintentar.</translation>
    </message>
    <message>
        <source>They were sent</source>
        <translation>Se enviaron</translation>
    </message>
    <message>
        <source>They were not sent</source>
        <translation>No se enviaron</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) recorded as sent.</source>
        <translation>
            <numerusform>%n destinatario registrado como enviado.</numerusform>
            <numerusform>%n destinatarios registrados como enviados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) recorded as not sent; Retry failed sends them.</source>
        <translation>
            <numerusform>%n destinatario registrado como no enviado; Reintentar fallidos se lo envía.</numerusform>
            <numerusform>%n destinatarios registrados como no enviados; Reintentar fallidos se los envía.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix this before sending “%1”: %2</source>
        <translation>Corrija esto antes de enviar «%1»: %2</translation>
    </message>
    <message>
        <source>Reschedule campaign</source>
        <translation>Reprogramar campaña</translation>
    </message>
    <message>
        <source>Its provider holds “%1”. New time (YYYY-MM-DD HH:MM, %2 time):</source>
        <translation>Su proveedor guarda «%1». Nueva hora (AAAA-MM-DD HH:MM, hora de %2):</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Reprogramar…</translation>
    </message>
    <message>
        <source>Held by %1 for %2 (your time); it goes out then even if Campaign Manager is closed</source>
        <translation>Guardado por %1 para el %2 (su hora); sale entonces aunque Campaign Manager esté cerrado</translation>
    </message>
    <message>
        <source>%1 will hold it and send it at that time, even if Campaign Manager is closed. Until then you can reschedule or cancel it here.</source>
        <translation>%1 lo guardará y lo enviará a esa hora, aunque Campaign Manager esté cerrado. Hasta entonces puede reprogramarlo o cancelarlo aquí.</translation>
    </message>
    <message>
        <source>Send the campaign to a few addresses of your own</source>
        <translation>Enviar la campaña a unas pocas direcciones propias</translation>
    </message>
    <message>
        <source>Ask the provider</source>
        <translation>Preguntar al proveedor</translation>
    </message>
    <message>
        <source>Paused; continues by itself at %1</source>
        <translation>En pausa; continúa sola el %1</translation>
    </message>
    <message>
        <source>the default of the account “%1”</source>
        <translation>el predeterminado de la cuenta “%1”</translation>
    </message>
    <message>
        <source>segment “%1”</source>
        <translation>segmento “%1”</translation>
    </message>
    <message>
        <source>It sends only between %1, in each recipient&apos;s time zone.</source>
        <translation>Solo envía entre %1, en la zona horaria de cada destinatario.</translation>
    </message>
    <message>
        <source>Local time:</source>
        <translation>Hora local:</translation>
    </message>
    <message>
        <source>A/B test:</source>
        <translation>Prueba A/B:</translation>
    </message>
    <message>
        <source>A/B test…</source>
        <translation>Prueba A/B…</translation>
    </message>
    <message>
        <source>Send variants of this campaign to a share of its audience each, then the best one to the rest</source>
        <translation>Envíe variantes de esta campaña a una parte de su audiencia cada una, y luego la mejor al resto</translation>
    </message>
    <message>
        <source>Pick winner…</source>
        <translation>Elegir ganadora…</translation>
    </message>
    <message>
        <source>At %1 in each recipient&apos;s time zone; where it has passed, at once</source>
        <translation>A las %1 en la zona horaria de cada destinatario; donde ya pasó, enseguida</translation>
    </message>
    <message>
        <source>At %1 in each recipient&apos;s time zone; where it has passed, the next day</source>
        <translation>A las %1 en la zona horaria de cada destinatario; donde ya pasó, al día siguiente</translation>
    </message>
    <message>
        <source>A/B test: stopped with the campaign</source>
        <translation>Prueba A/B: detenida con la campaña</translation>
    </message>
</context>
<context>
    <name>cm::Cli</name>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 necesita un valor.</translation>
    </message>
    <message>
        <source>Unknown command “%1”. Run campaignctl --help for the list.</source>
        <translation>Orden desconocida «%1». Ejecute campaignctl --help para ver la lista.</translation>
    </message>
    <message>
        <source>Give exactly one name.</source>
        <translation>Indique exactamente un nombre.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Argumento inesperado «%1».</translation>
    </message>
    <message>
        <source>--secret-stdin was given, but standard input was empty.</source>
        <translation>Se indicó --secret-stdin, pero la entrada estándar estaba vacía.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>PROVEEDOR</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>USUARIO</translation>
    </message>
    <message>
        <source>BASE URL</source>
        <translation>URL BASE</translation>
    </message>
    <message>
        <source>There is no account named “%1”. See campaignctl accounts list.</source>
        <translation>No hay ninguna cuenta llamada «%1». Consulte campaignctl accounts list.</translation>
    </message>
    <message>
        <source>The connection works. %1</source>
        <translation>La conexión funciona. %1</translation>
    </message>
    <message>
        <source>Balance: %1 %2</source>
        <translation>Saldo: %1 %2</translation>
    </message>
    <message>
        <source>Can do: %1</source>
        <translation>Puede: %1</translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation>Un grupo necesita un nombre.</translation>
    </message>
    <message>
        <source>A group named “%1” exists already. Choose another name.</source>
        <translation>Ya existe un grupo llamado «%1». Elija otro nombre.</translation>
    </message>
    <message>
        <source>Group “%1” created.</source>
        <translation>Grupo «%1» creado.</translation>
    </message>
    <message>
        <source>CONTACTS</source>
        <translation>CONTACTOS</translation>
    </message>
    <message>
        <source>ACCOUNT</source>
        <translation>CUENTA</translation>
    </message>
    <message>
        <source>REMOTE ID</source>
        <translation>ID REMOTO</translation>
    </message>
    <message>
        <source>CHANNEL</source>
        <translation>CANAL</translation>
    </message>
    <message>
        <source>SUBJECT OR TEXT</source>
        <translation>ASUNTO O TEXTO</translation>
    </message>
    <message>
        <source>There is no campaign named “%1”. See campaignctl campaigns list.</source>
        <translation>No hay ninguna campaña llamada «%1». Consulte campaignctl campaigns list.</translation>
    </message>
    <message>
        <source>“%1” has no report yet. Run campaignctl reports show “%1” --refresh once it is sent.</source>
        <translation>«%1» aún no tiene informe. Ejecute campaignctl reports show «%1» --refresh cuando se haya enviado.</translation>
    </message>
    <message>
        <source>not reported by %1</source>
        <translation>%1 no lo informa</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>%1, updated %2</source>
        <translation>%1, actualizado el %2</translation>
    </message>
    <message>
        <source>COUNTER</source>
        <translation>CONTADOR</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALOR</translation>
    </message>
    <message>
        <source>Name the account with --account.</source>
        <translation>Indique la cuenta con --account.</translation>
    </message>
    <message>
        <source>Choose --push or --pull, not both.</source>
        <translation>Elija --push o --pull, no ambos.</translation>
    </message>
    <message>
        <source>There is no group named “%1”. See campaignctl groups list.</source>
        <translation>No hay ningún grupo llamado «%1». Consulte campaignctl groups list.</translation>
    </message>
    <message>
        <source>--setting takes KEY=VALUE, not “%1”.</source>
        <translation>--setting espera CLAVE=VALOR, no «%1».</translation>
    </message>
    <message>
        <source>Use: campaignctl accounts add|edit|list|verify|remove …</source>
        <translation>Uso: campaignctl accounts add|edit|list|verify|remove …</translation>
    </message>
    <message>
        <source>Give the import&apos;s number, as contacts import printed it.</source>
        <translation>Indique el número de la importación, tal como lo mostró contacts import.</translation>
    </message>
    <message>
        <source>Name the group with --group; it is created if it does not exist.</source>
        <translation>Indique el grupo con --group; se crea si no existe.</translation>
    </message>
    <message>
        <source>--on-duplicate takes skip or update.</source>
        <translation>--on-duplicate admite skip o update.</translation>
    </message>
    <message>
        <source>--delimiter takes one character, such as ; or tab.</source>
        <translation>--delimiter admite un solo carácter, como ; o tab.</translation>
    </message>
    <message>
        <source>--map takes CSVCOLUMN=FIELD, not “%1”.</source>
        <translation>--map espera COLUMNACSV=CAMPO, no «%1».</translation>
    </message>
    <message>
        <source>Import %1: %2</source>
        <translation>Importación %1: %2</translation>
    </message>
    <message>
        <source>Undo it with: campaignctl contacts undo-import %1</source>
        <translation>Para deshacerla: campaignctl contacts undo-import %1</translation>
    </message>
    <message>
        <source>Name the group with --group.</source>
        <translation>Indique el grupo con --group.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) written to “%1”.</source>
        <translation>
            <numerusform>%n contacto escrito en «%1».</numerusform>
            <numerusform>%n contactos escritos en «%1».</numerusform>
        </translation>
    </message>
    <message>
        <source>--header takes auto, yes or no.</source>
        <translation>--header admite auto, yes o no.</translation>
    </message>
    <message>
        <source>The first line holds a contact, not column names, so it was imported and the columns were numbered (%1). If it does name the columns, import again with --header yes.</source>
        <translation>La primera línea contiene un contacto, no nombres de columna, así que se importó y las columnas se numeraron (%1). Si sí nombra las columnas, vuelva a importar con --header yes.</translation>
    </message>
    <message>
        <source>--search needs a word: a name, an email address, a phone number or a city.</source>
        <translation>--search necesita una palabra: un nombre, un correo, un teléfono o una ciudad.</translation>
    </message>
    <message>
        <source>No contact of “%1” matches “%2”; no file was written.</source>
        <translation>Ningún contacto de «%1» coincide con «%2»; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Use: campaignctl contacts list|add|delete|import|export|undo-import …</source>
        <translation>Uso: campaignctl contacts list|add|delete|import|export|undo-import …</translation>
    </message>
    <message>
        <source>Use: campaignctl groups rename NAME NEW_NAME</source>
        <translation>Uso: campaignctl groups rename NOMBRE NOMBRE_NUEVO</translation>
    </message>
    <message>
        <source>Name the group to merge into with --into.</source>
        <translation>Indique con --into el grupo en el que fusionar.</translation>
    </message>
    <message>
        <source>Group “%1” renamed to “%2”.</source>
        <translation>Grupo «%1» renombrado a «%2».</translation>
    </message>
    <message>
        <source>“%1” has %2 contacts. Add --yes to delete the group and its contacts.</source>
        <translation>«%1» tiene %2 contactos. Añada --yes para borrar el grupo y sus contactos.</translation>
    </message>
    <message>
        <source>Group “%1” deleted.</source>
        <translation>Grupo «%1» borrado.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” merged into “%2”: %n contact(s) moved, %3 already there.</source>
        <translation>
            <numerusform>«%1» fusionado en «%2»: %n contacto movido, %3 ya estaban.</numerusform>
            <numerusform>«%1» fusionado en «%2»: %n contactos movidos, %3 ya estaban.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the email addresses or phone numbers to delete.</source>
        <translation>Indique los correos o teléfonos que borrar.</translation>
    </message>
    <message>
        <source>--field takes KEY=VALUE, not “%1”.</source>
        <translation>--field espera CLAVE=VALOR, no «%1».</translation>
    </message>
    <message>
        <source>Contact %1 added to “%2”.</source>
        <translation>Contacto %1 añadido a «%2».</translation>
    </message>
    <message>
        <source>“%1” has no contact %2; nothing was deleted.</source>
        <translation>«%1» no tiene el contacto %2; no se borró nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) deleted.</source>
        <translation>
            <numerusform>%n contacto borrado.</numerusform>
            <numerusform>%n contactos borrados.</numerusform>
        </translation>
    </message>
    <message>
        <source>--sort takes email, phone, first_name, last_name, city, country or id, with :desc for the reverse order.</source>
        <translation>--sort admite email, phone, first_name, last_name, city, country o id, con :desc para el orden inverso.</translation>
    </message>
    <message>
        <source>--limit takes a number of contacts (0: all of them).</source>
        <translation>--limit espera un número de contactos (0: todos).</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>CORREO</translation>
    </message>
    <message>
        <source>PHONE</source>
        <translation>TELÉFONO</translation>
    </message>
    <message>
        <source>FIRST NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>LAST NAME</source>
        <translation>APELLIDO</translation>
    </message>
    <message>
        <source>CITY</source>
        <translation>CIUDAD</translation>
    </message>
    <message>
        <source>COUNTRY</source>
        <translation>PAÍS</translation>
    </message>
    <message>
        <source>… %1 of %2 shown; --limit 0 shows them all.</source>
        <translation>… se muestran %1 de %2; --limit 0 los muestra todos.</translation>
    </message>
    <message>
        <source>Give exactly one file.</source>
        <translation>Indique exactamente un archivo.</translation>
    </message>
    <message>
        <source>Give the email addresses or phone numbers.</source>
        <translation>Indique los correos o teléfonos.</translation>
    </message>
    <message>
        <source>campaignctl</source>
        <translation>campaignctl</translation>
    </message>
    <message>
        <source>%1 added, %2 listed already.</source>
        <translation>%1 añadidos, %2 ya estaban en la lista.</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) removed from the suppression list.</source>
        <translation>
            <numerusform>%n dirección quitada de la lista de exclusión.</numerusform>
            <numerusform>%n direcciones quitadas de la lista de exclusión.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) written to “%1”.</source>
        <translation>
            <numerusform>%n dirección escrita en «%1».</numerusform>
            <numerusform>%n direcciones escritas en «%1».</numerusform>
        </translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>DIRECCIÓN</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>MOTIVO</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>ORIGEN</translation>
    </message>
    <message>
        <source>ADDED</source>
        <translation>AÑADIDO</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>WHEN</source>
        <translation>CUÁNDO</translation>
    </message>
    <message>
        <source>RECIPIENTS</source>
        <translation>DESTINATARIOS</translation>
    </message>
    <message>
        <source>There is no template named “%1”. See campaignctl templates list.</source>
        <translation>No hay ninguna plantilla llamada «%1». Vea campaignctl templates list.</translation>
    </message>
    <message>
        <source>A campaign named “%1” exists already. Choose another name.</source>
        <translation>Ya existe una campaña llamada «%1». Elija otro nombre.</translation>
    </message>
    <message>
        <source>“%1” has no failed recipients.</source>
        <translation>«%1» no tiene destinatarios fallidos.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <source>COUNT</source>
        <translation>NÚMERO</translation>
    </message>
    <message>
        <source>unknown: %1</source>
        <translation>desconocido: %1</translation>
    </message>
    <message>
        <source>Give the name and the new name.</source>
        <translation>Indique el nombre y el nombre nuevo.</translation>
    </message>
    <message>
        <source>Give the sending window as HH:MM-HH:MM, e.g. 09:00-20:00.</source>
        <translation>Indique la franja de envío como HH:MM-HH:MM, p. ej. 09:00-20:00.</translation>
    </message>
    <message>
        <source>Campaign “%1” created: %2 recipients (%3 left out: no address for the channel, suppressed, in an excluded group or twice).</source>
        <translation>Campaña «%1» creada: %2 destinatarios (%3 excluidos: sin dirección para el canal, suprimidos, en un grupo excluido o repetidos).</translation>
    </message>
    <message>
        <source>Scheduled for %1 (%2); campaignctl run-due or the open app sends it then.</source>
        <translation>Programada para el %1 (%2); la enviará entonces campaignctl run-due o la aplicación abierta.</translation>
    </message>
    <message>
        <source>Give the text with --body TEXT or --body-file FILE (one of them).</source>
        <translation>Indique el texto con --body TEXTO o --body-file ARCHIVO (solo uno de ellos).</translation>
    </message>
    <message>
        <source>Cannot read “%1”; check the path.</source>
        <translation>No se puede leer «%1»; compruebe la ruta.</translation>
    </message>
    <message>
        <source>A template named “%1” exists already. Choose another name.</source>
        <translation>Ya existe una plantilla llamada «%1». Elija otro nombre.</translation>
    </message>
    <message numerus="yes">
        <source>Template “%1” added: %2, %n part(s) before personalisation.</source>
        <translation>
            <numerusform>Plantilla «%1» añadida: %2, %n parte antes de personalizar.</numerusform>
            <numerusform>Plantilla «%1» añadida: %2, %n partes antes de personalizar.</numerusform>
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
        <translation>Plantilla «%1» añadida.</translation>
    </message>
    <message>
        <source>Template “%1” deleted.</source>
        <translation>Plantilla «%1» eliminada.</translation>
    </message>
    <message>
        <source>Name the contact to render for: --contact EMAIL_OR_PHONE.</source>
        <translation>Indique el contacto para el que generar el texto: --contact CORREO_O_TELÉFONO.</translation>
    </message>
    <message>
        <source>No contact “%1” in %2.</source>
        <translation>No hay ningún contacto «%1» en %2.</translation>
    </message>
    <message>
        <source>the group “%1”</source>
        <translation>el grupo «%1»</translation>
    </message>
    <message>
        <source>any group</source>
        <translation>ningún grupo</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Asunto: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n character(s)</source>
        <translation>
            <numerusform>%1, %n carácter</numerusform>
            <numerusform>%1, %n caracteres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n part(s)</source>
        <translation>
            <numerusform>%n parte</numerusform>
            <numerusform>%n partes</numerusform>
        </translation>
    </message>
    <message>
        <source>Unicode because of: %1</source>
        <translation>Unicode a causa de: %1</translation>
    </message>
    <message>
        <source>This contact has no value for: %1</source>
        <translation>Este contacto no tiene valor para: %1</translation>
    </message>
    <message>
        <source>Give the time with --at &quot;YYYY-MM-DD HH:MM&quot; [--tz ZONE], or --now to unschedule.</source>
        <translation>Indique la hora con --at &quot;AAAA-MM-DD HH:MM&quot; [--tz ZONA], o --now para desprogramar.</translation>
    </message>
    <message>
        <source>“%1” cloned as the draft “%2”.</source>
        <translation>«%1» clonada como el borrador «%2».</translation>
    </message>
    <message>
        <source>“%1” is being sent; stop the send first.</source>
        <translation>«%1» se está enviando; detenga antes el envío.</translation>
    </message>
    <message>
        <source>“%1” cancelled; nothing more of it is sent.</source>
        <translation>«%1» cancelada; ya no se envía nada más de ella.</translation>
    </message>
    <message>
        <source>“%1” is %2; only a draft or a scheduled campaign can be scheduled.</source>
        <translation>«%1» está en estado «%2»; solo se puede programar un borrador o una campaña programada.</translation>
    </message>
    <message>
        <source>“%1” is scheduled for %2 (%3); campaignctl run-due or the open app sends it then.</source>
        <translation>«%1» está programada para el %2 (%3); la enviará entonces campaignctl run-due o la aplicación abierta.</translation>
    </message>
    <message>
        <source>“%1” is a draft again; send it with campaignctl campaigns send.</source>
        <translation>«%1» vuelve a ser un borrador; envíela con campaignctl campaigns send.</translation>
    </message>
    <message>
        <source>Nothing is due.</source>
        <translation>No hay nada pendiente.</translation>
    </message>
    <message>
        <source>Recipients marked unknown may have been sent: check them at the provider (campaignctl campaigns status lists them), then campaignctl campaigns resolve NAME --as sent|failed.</source>
        <translation>Puede que se haya enviado a los destinatarios marcados como desconocidos: compruébelo en el proveedor (campaignctl campaigns status los lista) y después use campaignctl campaigns resolve NOMBRE --as sent|failed.</translation>
    </message>
    <message>
        <source>Say what happened to the unknown recipients: --as sent or --as failed.</source>
        <translation>Diga qué pasó con los destinatarios desconocidos: --as sent o --as failed.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) of “%1” recorded as sent.</source>
        <translation>
            <numerusform>%n destinatario de «%1» registrado como enviado.</numerusform>
            <numerusform>%n destinatarios de «%1» registrados como enviados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) of “%1” recorded as not sent; campaignctl campaigns retry sends them.</source>
        <translation>
            <numerusform>%n destinatario de «%1» registrado como no enviado; campaignctl campaigns retry se lo envía.</numerusform>
            <numerusform>%n destinatarios de «%1» registrados como no enviados; campaignctl campaigns retry se los envía.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: campaignctl reports export NAME FILE [--delimiter C] [--bom]</source>
        <translation>Uso: campaignctl reports export NOMBRE ARCHIVO [--delimiter C] [--bom]</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) of “%1” written to “%2”.</source>
        <translation>
            <numerusform>%n destinatario de «%1» escrito en «%2».</numerusform>
            <numerusform>%n destinatarios de «%1» escritos en «%2».</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: campaignctl reports retarget NAME --who clicked|opened|failed|… --group NEW_GROUP</source>
        <translation>Uso: campaignctl reports retarget NOMBRE --who clicked|opened|failed|… --group GRUPO_NUEVO</translation>
    </message>
    <message>
        <source>--who takes a recipient state (delivered, failed, bounced, accepted, unknown) or what they did (opened, clicked, unsubscribed, complained).</source>
        <translation>--who admite un estado del destinatario (delivered, failed, bounced, accepted, unknown) o lo que hizo (opened, clicked, unsubscribed, complained).</translation>
    </message>
    <message>
        <source>No contact in the workspace matches this filter.</source>
        <translation>Ningún contacto del espacio de trabajo coincide con este filtro.</translation>
    </message>
    <message numerus="yes">
        <source>Group “%1” made with %n contact(s); send them a follow-up from Campaigns.</source>
        <translation>
            <numerusform>Grupo «%1» creado con %n contacto; envíele un seguimiento desde Campañas.</numerusform>
            <numerusform>Grupo «%1» creado con %n contactos; envíeles un seguimiento desde Campañas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use: campaignctl reports show NAME [--refresh] | export NAME FILE | retarget NAME …</source>
        <translation>Uso: campaignctl reports show NOMBRE [--refresh] | export NOMBRE ARCHIVO | retarget NOMBRE …</translation>
    </message>
    <message>
        <source>Use: campaignctl reports compare NAME [NAME…]</source>
        <translation>Uso: campaignctl reports compare NOMBRE [NOMBRE…]</translation>
    </message>
    <message>
        <source>CAMPAIGN</source>
        <translation>CAMPAÑA</translation>
    </message>
    <message>
        <source>SENT</source>
        <translation>ENVIADOS</translation>
    </message>
    <message>
        <source>DELIVERY</source>
        <translation>ENTREGA</translation>
    </message>
    <message>
        <source>OPEN</source>
        <translation>APERTURA</translation>
    </message>
    <message>
        <source>CLICK</source>
        <translation>CLIC</translation>
    </message>
    <message>
        <source>BOUNCE</source>
        <translation>REBOTE</translation>
    </message>
    <message>
        <source>UNSUBSCRIBE</source>
        <translation>BAJAS</translation>
    </message>
    <message>
        <source>COST/DELIVERED</source>
        <translation>COSTE/ENTREGADO</translation>
    </message>
    <message>
        <source>Its provider holds “%1”: give a new time with --at, or cancel it.</source>
        <translation>Su proveedor guarda «%1»: indique una nueva hora con --at, o cancélelo.</translation>
    </message>
    <message>
        <source>Use: campaignctl suppressions list|add|remove|import|export|sync …</source>
        <translation>Uso: campaignctl suppressions list|add|remove|import|export|sync …</translation>
    </message>
    <message>
        <source>Use: campaignctl suppressions sync --account NAME</source>
        <translation>Uso: campaignctl suppressions sync --account NOMBRE</translation>
    </message>
    <message>
        <source>Say which account with --account NAME.</source>
        <translation>Indique la cuenta con --account NOMBRE.</translation>
    </message>
    <message>
        <source>Use: campaignctl templates list|add|render|delete|push|pull …</source>
        <translation>Uso: campaignctl templates list|add|render|delete|push|pull …</translation>
    </message>
    <message>
        <source>Use: campaignctl groups list|create|sync|validate …</source>
        <translation>Uso: campaignctl groups list|create|sync|validate …</translation>
    </message>
    <message>
        <source>--option takes KEY=VALUE, not “%1”.</source>
        <translation>--option lleva CLAVE=VALOR, no «%1».</translation>
    </message>
    <message>
        <source>“%1” is not linked to a group at a provider that can delete it; without --remote it is deleted here only.</source>
        <translation>“%1” no está enlazado a un grupo de un proveedor que pueda borrarlo; sin --remote se borra solo aquí.</translation>
    </message>
    <message>
        <source>Use: campaignctl conversations list|show|reply …</source>
        <translation>Uso: campaignctl conversations list|show|reply …</translation>
    </message>
    <message>
        <source>Give the user&apos;s number.</source>
        <translation>Indique el número del usuario.</translation>
    </message>
    <message>
        <source>Give the user&apos;s number and the answer.</source>
        <translation>Indique el número del usuario y la respuesta.</translation>
    </message>
    <message>
        <source>Say which business number with --from NUMBER (conversations list shows it).</source>
        <translation>Indique qué número de empresa con --from NÚMERO (conversations list lo muestra).</translation>
    </message>
    <message>
        <source>open until %1</source>
        <translation>abierta hasta %1</translation>
    </message>
    <message>
        <source>closed: templates only</source>
        <translation>cerrada: solo plantillas</translation>
    </message>
    <message>
        <source>FROM</source>
        <translation>DE</translation>
    </message>
    <message>
        <source>TO</source>
        <translation>PARA</translation>
    </message>
    <message>
        <source>CONTACT</source>
        <translation>CONTACTO</translation>
    </message>
    <message>
        <source>MESSAGES</source>
        <translation>MENSAJES</translation>
    </message>
    <message>
        <source>SESSION</source>
        <translation>SESIÓN</translation>
    </message>
    <message>
        <source>LAST</source>
        <translation>ÚLTIMO</translation>
    </message>
    <message>
        <source>The session is open until %1: you can answer with conversations reply.</source>
        <translation>La sesión está abierta hasta %1: puede responder con conversations reply.</translation>
    </message>
    <message>
        <source>Answered: %1</source>
        <translation>Respondido: %1</translation>
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
        <translation>Uso: campaignctl [--db RUTA] [--json] [--lang CÓDIGO] ORDEN …

Órdenes:
%1

Opciones:
  --db RUTA        la base de datos del espacio de trabajo (por defecto: la de la aplicación, en su carpeta de datos)
  --json           salida para máquinas: un único documento JSON en la salida estándar
  --lang CÓDIGO    el idioma de los mensajes: en, tr, es o pl (por defecto: el del sistema)
  --help           esta ayuda; campaignctl ORDEN --help (o campaignctl help ORDEN) muestra las
                   subórdenes de la orden y sus opciones
  --version        la versión de campaignctl

Un secreto nunca es un argumento: --secret-stdin lo lee de la entrada estándar, y CM_SECRET_&lt;CUENTA&gt;
en el entorno se usa en lugar del llavero.
Código de salida: 0 éxito, 1 la operación falló, 2 uso incorrecto.</translation>
    </message>
    <message>
        <source>provider accounts and their credentials</source>
        <translation>cuentas de proveedores y sus credenciales</translation>
    </message>
    <message>
        <source>contact groups, here and at a provider</source>
        <translation>grupos de contactos, aquí y en un proveedor</translation>
    </message>
    <message>
        <source>the contacts of a group: list, add, delete, import, export</source>
        <translation>los contactos de un grupo: listar, añadir, borrar, importar, exportar</translation>
    </message>
    <message>
        <source>addresses never sent to: opt-outs, bounces, blocks</source>
        <translation>direcciones a las que nunca se envía: bajas, rebotes, bloqueos</translation>
    </message>
    <message>
        <source>create, check, schedule and send campaigns</source>
        <translation>crear, comprobar, programar y enviar campañas</translation>
    </message>
    <message>
        <source>what came of a campaign: counters, exports, follow-up groups</source>
        <translation>el resultado de una campaña: contadores, exportaciones, grupos de seguimiento</translation>
    </message>
    <message>
        <source>send what is due, then exit (for cron)</source>
        <translation>enviar lo pendiente y salir (para cron)</translation>
    </message>
    <message>
        <source>campaignctl %1: %2</source>
        <translation>campaignctl %1: %2</translation>
    </message>
    <message>
        <source>Options for every command: [--db PATH] [--json] [--lang CODE]; see campaignctl --help.</source>
        <translation>Opciones para todas las órdenes: [--db RUTA] [--json] [--lang CÓDIGO]; vea campaignctl --help.</translation>
    </message>
    <message>
        <source>SMS, email, call and WhatsApp templates: add, render, share with a provider</source>
        <translation>plantillas de SMS, correo, llamada y WhatsApp: añadir, generar el texto, compartir con un proveedor</translation>
    </message>
    <message>
        <source>the workspace&apos;s own settings</source>
        <translation>los ajustes propios del espacio de trabajo</translation>
    </message>
    <message>
        <source>WhatsApp conversations: read and answer</source>
        <translation>conversaciones de WhatsApp: leer y responder</translation>
    </message>
    <message>
        <source>Name the provider with --provider (%1).</source>
        <translation>Indique el proveedor con --provider (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s): %1</source>
        <translation>
            <numerusform>%n destinatario: %1</numerusform>
            <numerusform>%n destinatarios: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was accepted.</source>
        <translation>No se aceptó nada.</translation>
    </message>
    <message>
        <source>  conversations list --account NAME   # WhatsApp conversations, where the provider keeps them
  conversations show NUMBER --account NAME --from NUMBER
  conversations reply NUMBER TEXT --account NAME --from NUMBER   # within the 24-hour session only</source>
        <translation>  conversations list --account NOMBRE   # conversaciones de WhatsApp, donde el proveedor las guarda
  conversations show NÚMERO --account NOMBRE --from NÚMERO
  conversations reply NÚMERO TEXTO --account NOMBRE --from NÚMERO   # solo dentro de la sesión de 24 horas</translation>
    </message>
    <message>
        <source>The session is closed: only an approved template can be sent (a WhatsApp campaign).</source>
        <translation>La sesión está cerrada: solo se puede enviar una plantilla aprobada (una campaña de WhatsApp).</translation>
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
        <translation>  groups list [--account NOMBRE]
  groups create NOMBRE [--account CUENTA]
  groups list --account NOMBRE --remote
  groups sync NOMBRE --account CUENTA [--push|--pull]
  groups validate NOMBRE --account CUENTA   # el proveedor comprueba los correos; los erróneos, a la lista de exclusión
  groups rename NOMBRE NOMBRE_NUEVO
  groups delete NOMBRE [--yes] [--remote]   # --remote: antes, también en el grupo enlazado del proveedor
  groups merge NOMBRE --into DESTINO</translation>
    </message>
    <message>
        <source>  suppressions list [--search TEXT]
  suppressions add ADDRESS… [--channel sms|email|voice|all] [--reason opt_out|block|bounce|complaint]
                   [--region CC]
  suppressions remove ADDRESS…
  suppressions import FILE [--region CC]
  suppressions export FILE [--delimiter C] [--bom]
  suppressions sync --account NAME     # with the account&apos;s opt-out list, both ways</source>
        <translation>  suppressions list [--search TEXTO]
  suppressions add DIRECCIÓN… [--channel sms|email|voice|all] [--reason opt_out|block|bounce|complaint]
                   [--region PAÍS]
  suppressions remove DIRECCIÓN…
  suppressions import ARCHIVO [--region PAÍS]
  suppressions export ARCHIVO [--delimiter C] [--bom]
  suppressions sync --account NOMBRE   # con la lista de bajas de la cuenta, en ambos sentidos</translation>
    </message>
    <message>
        <source>Give the channel: --channel sms, email, voice (a call) or whatsapp.</source>
        <translation>Indique el canal: --channel sms, email, voice (una llamada) o whatsapp.</translation>
    </message>
    <message>
        <source>  workspace show                      # the workspace&apos;s file, id and settings
  workspace region [CODE]             # the region of phone numbers written without a country
                                      # code (TR, ES, PL, US…): shows it, or sets it</source>
        <translation>  workspace show                      # el archivo, el ID y los ajustes del espacio de trabajo
  workspace region [CÓDIGO]           # la región de los teléfonos escritos sin prefijo
                                      # de país (TR, ES, PL, US…): la muestra o la cambia</translation>
    </message>
    <message>
        <source>Unknown workspace command “%1”.</source>
        <translation>Orden de workspace desconocida «%1».</translation>
    </message>
    <message>
        <source>Phone numbers without a country code are now read as %1 numbers.</source>
        <translation>Los teléfonos sin prefijo de país se leen ahora como números de %1.</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>Id: %1</source>
        <translation>ID: %1</translation>
    </message>
    <message>
        <source>Phone region: %1</source>
        <translation>Región de los teléfonos: %1</translation>
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
        <translation>  contacts list --group NOMBRE [--search PALABRAS] [--sort CAMPO[:desc]] [--limit N]
  contacts add --group NOMBRE [--email E] [--phone T] [--first-name X] [--last-name X] [--city X]
               [--country PP] [--field CLAVE=VALOR]… [--region PP]
  contacts delete --group NOMBRE DIRECCIÓN…
  contacts import ARCHIVO --group NOMBRE [--region PP] [--delimiter C] [--encoding NOMBRE]
                  [--map COLUMNACSV=CAMPO]… [--on-duplicate skip|update] [--empty-cells keep|clear]
                  [--header auto|yes|no] [--title-line auto|yes|no] [--sheet NOMBRE] [--report INFORME.csv]
                  (ARCHIVO: .csv, o un libro de Excel .xlsx)
  contacts export ARCHIVO --group NOMBRE [--search PALABRAS] [--delimiter C] [--encoding NOMBRE] [--bom]
                  (ARCHIVO.xlsx: un libro de Excel; si no, CSV)
  contacts undo-import ID_IMPORTACIÓN</translation>
    </message>
    <message>
        <source>--empty-cells takes keep (an empty cell leaves the field as it is) or clear.</source>
        <translation>--empty-cells admite keep (una celda vacía deja el campo como está) o clear.</translation>
    </message>
    <message>
        <source>--empty-cells clear changes what an update writes; use it with --on-duplicate update.</source>
        <translation>--empty-cells clear cambia lo que escribe una actualización; úselo con --on-duplicate update.</translation>
    </message>
    <message>
        <source>--title-line takes auto, yes or no.</source>
        <translation>--title-line admite auto, yes o no.</translation>
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
        <translation>Indique --secret-stdin y --mailbox-secret-stdin por separado: ambas leen la entrada estándar.</translation>
    </message>
    <message>
        <source>--mailbox-secret-stdin was given, but standard input was empty.</source>
        <translation>Se indicó --mailbox-secret-stdin, pero la entrada estándar estaba vacía.</translation>
    </message>
    <message>
        <source>saved rules over contacts (country, fields, what they opened…) to send to</source>
        <translation>reglas guardadas sobre los contactos (país, campos, qué abrieron…) a las que enviar</translation>
    </message>
    <message>
        <source>Name the account, the groups or segments and the template: --account, --group or --segment, --template.</source>
        <translation>Indique la cuenta, los grupos o segmentos y la plantilla: --account, --group o --segment, --template.</translation>
    </message>
    <message>
        <source>There is no segment named “%1”. See campaignctl segments list.</source>
        <translation>No hay ningún segmento llamado “%1”. Consulte campaignctl segments list.</translation>
    </message>
    <message>
        <source>Give the segment&apos;s rule: --rule &apos;country = ES and opened any campaign&apos;.</source>
        <translation>Indique la regla del segmento: --rule &apos;country = ES and opened any campaign&apos;.</translation>
    </message>
    <message>
        <source>--limit takes a number of contacts.</source>
        <translation>--limit recibe un número de contactos.</translation>
    </message>
    <message>
        <source>No segments yet. Create one with campaignctl segments create NAME --rule RULE.</source>
        <translation>Aún no hay segmentos. Cree uno con campaignctl segments create NOMBRE --rule REGLA.</translation>
    </message>
    <message numerus="yes">
        <source>Segment “%1” created: %n contact(s) match it now.</source>
        <translation>
            <numerusform>Segmento “%1” creado: ahora lo cumple %n contacto.</numerusform>
            <numerusform>Segmento “%1” creado: ahora lo cumplen %n contactos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Segment “%1” deleted.</source>
        <translation>Segmento “%1” eliminado.</translation>
    </message>
    <message>
        <source>Segment “%1” saved.</source>
        <translation>Segmento “%1” guardado.</translation>
    </message>
    <message>
        <source>The rule of “%1” no longer reads: %2</source>
        <translation>La regla de “%1” ya no se entiende: %2</translation>
    </message>
    <message>
        <source>The segment “%1” cannot be counted: %2</source>
        <translation>No se puede contar el segmento “%1”: %2</translation>
    </message>
    <message>
        <source>Segment “%1”: %2</source>
        <translation>Segmento “%1”: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) match it now.</source>
        <translation>
            <numerusform>Ahora lo cumple %n contacto.</numerusform>
            <numerusform>Ahora lo cumplen %n contactos.</numerusform>
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
        <translation>  segments create NOMBRE --rule REGLA    # p. ej. --rule &apos;country = ES and not opened &quot;March newsletter&quot;&apos;
  segments edit NOMBRE [--rule REGLA] [--name NUEVO]
  segments list
  segments show NOMBRE [--limit N]     # la regla, el recuento y los primeros contactos que la cumplen
  segments count NOMBRE
  segments delete NOMBRE
  segments export NOMBRE ARCHIVO [--delimiter C] [--bom]   # los contactos que la cumplen ahora: CSV o .xlsx
El lenguaje de reglas se describe en el README y en la guía (Grupos).</translation>
    </message>
    <message>
        <source>Use: campaignctl segments create|edit|list|show|count|delete|export …</source>
        <translation>Uso: campaignctl segments create|edit|list|show|count|delete|export …</translation>
    </message>
    <message>
        <source>automated series: welcome and follow-up messages that run by themselves</source>
        <translation>series automáticas: mensajes de bienvenida y de seguimiento que se envían solos</translation>
    </message>
    <message>
        <source>  run-due                             # sends what is due (scheduled, paused by its window, series steps)</source>
        <translation>  run-due                             # envía lo que toca (programado, en pausa por su franja, pasos de series)</translation>
    </message>
    <message>
        <source>  series create NAME --file FILE      # the entry and the steps, in the format the README describes
  series edit NAME --file FILE        # says whom the change affects, then saves it
  series list
  series show NAME [--contact EMAIL_OR_PHONE] [--as-file]   # the steps and their reports; a contact&apos;s timeline
  series start|pause|resume|stop|delete NAME
campaignctl run-due sends the series&apos; due steps along with the campaigns.</source>
        <translation>  series create NAME --file FILE      # la entrada y los pasos, en el formato que describe el README
  series edit NAME --file FILE        # dice a quién afecta el cambio y lo guarda
  series list
  series show NAME [--contact EMAIL_OR_PHONE] [--as-file]   # los pasos y sus informes; la cronología de un contacto
  series start|pause|resume|stop|delete NAME
campaignctl run-due envía los pasos pendientes de las series junto con las campañas.</translation>
    </message>
    <message>
        <source>Use: campaignctl series create|edit|list|show|start|pause|resume|stop|delete …</source>
        <translation>Uso: campaignctl series create|edit|list|show|start|pause|resume|stop|delete …</translation>
    </message>
    <message>
        <source>Give the series&apos; file: --file welcome.series (its format is in the README).</source>
        <translation>Indique el archivo de la serie: --file welcome.series (su formato está en el README).</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>No se puede leer «%1»: %2</translation>
    </message>
    <message>
        <source>No series yet. Write one in a file and run campaignctl series create NAME --file FILE.</source>
        <translation>Aún no hay series. Escriba una en un archivo y ejecute campaignctl series create NAME --file FILE.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminados</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Salieron</translation>
    </message>
    <message>
        <source>There is already a series named “%1”; choose another name, or edit it.</source>
        <translation>Ya hay una serie llamada «%1»; elija otro nombre o edítela.</translation>
    </message>
    <message numerus="yes">
        <source>Series “%1” created with %n step(s). Start it with campaignctl series start.</source>
        <translation>
            <numerusform>Serie «%1» creada con %n paso. Iníciela con campaignctl series start.</numerusform>
            <numerusform>Serie «%1» creada con %n pasos. Iníciela con campaignctl series start.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no series named “%1”. See campaignctl series list.</source>
        <translation>No hay ninguna serie llamada «%1». Vea campaignctl series list.</translation>
    </message>
    <message>
        <source>Series “%1” saved.</source>
        <translation>Serie «%1» guardada.</translation>
    </message>
    <message>
        <source>Series “%1” started.</source>
        <translation>Serie «%1» iniciada.</translation>
    </message>
    <message>
        <source>Series “%1” paused: nothing is sent until it resumes.</source>
        <translation>Serie «%1» en pausa: no se envía nada hasta que se reanude.</translation>
    </message>
    <message>
        <source>Series “%1” resumed.</source>
        <translation>Serie «%1» reanudada.</translation>
    </message>
    <message>
        <source>Series “%1” stopped.</source>
        <translation>Serie «%1» detenida.</translation>
    </message>
    <message>
        <source>Series “%1” deleted.</source>
        <translation>Serie «%1» eliminada.</translation>
    </message>
    <message>
        <source>“%1” is not in the series “%2”.</source>
        <translation>«%1» no está en la serie «%2».</translation>
    </message>
    <message>
        <source>%1 entered “%2” on %3.</source>
        <translation>%1 entró en «%2» el %3.</translation>
    </message>
    <message>
        <source>sent (%1%2%3)</source>
        <translation>enviado (%1%2%3)</translation>
    </message>
    <message>
        <source>being sent</source>
        <translation>enviándose</translation>
    </message>
    <message>
        <source>, opened</source>
        <translation>, abierto</translation>
    </message>
    <message>
        <source>, clicked</source>
        <translation>, con clic</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>omitido: %1</translation>
    </message>
    <message>
        <source>left the series: %1</source>
        <translation>salió de la serie: %1</translation>
    </message>
    <message>
        <source>waits for %1, due %2</source>
        <translation>espera %1, previsto %2</translation>
    </message>
    <message>
        <source>finished the series</source>
        <translation>terminó la serie</translation>
    </message>
    <message>
        <source>left: %1</source>
        <translation>salió: %1</translation>
    </message>
    <message>
        <source>Series “%1” (%2), entry: %3</source>
        <translation>Serie «%1» (%2), entrada: %3</translation>
    </message>
    <message>
        <source>%1 waiting, %2 finished, %3 left.</source>
        <translation>%1 en espera, %2 terminados, %3 salieron.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitidos</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregados</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abiertos</translation>
    </message>
    <message>
        <source>Clicked</source>
        <translation>Con clic</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n message(s) may or may not have been sent; see campaignctl campaigns reconcile|resolve &quot;%1&quot;.</source>
        <translation>
            <numerusform>«%1»: %n mensaje puede haberse enviado o no; vea campaignctl campaigns reconcile|resolve &quot;%1&quot;.</numerusform>
            <numerusform>«%1»: %n mensajes pueden haberse enviado o no; vea campaignctl campaigns reconcile|resolve &quot;%1&quot;.</numerusform>
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
  campaigns create NOMBRE --account CUENTA (--group GRUPO | --segment SEGMENTO)… --template PLANTILLA
                   [--sender ID] [--exclude-group GRUPO]… [--exclude-segment SEGMENTO]…
                   [--at &quot;AAAA-MM-DD HH:MM&quot; [--tz ZONA]] [--window HH:MM-HH:MM]
                   [--option CLAVE=VALOR]… [--in-app]  # las propias del proveedor para el canal, p. ej. tags=spring
                   [--variant &apos;CLAVE=VALOR;…&apos;]…  # una prueba A/B: las variantes B, C, D difieren de la campaña (A)
                                               # en plantilla, asunto, remitente o cuenta
                   [--test-share PCT] [--winner-by delivery|open|click|cost_delivered|cost_click]
                   [--wait DURACIÓN]   # cada variante al PCT% (10), la ganadora al resto tras 4h
                   [--local-time HH:MM [--if-passed tomorrow|now]]  # a la hora de cada destinatario
                   # el canal es el de la plantilla: SMS, correo, una llamada (voice) o WhatsApp
  campaigns schedule NOMBRE --at &quot;AAAA-MM-DD HH:MM&quot; [--tz ZONA]  # o --now: vuelve a borrador
                   [--in-app]        # no se entrega a un proveedor que guarda envíos programados
  campaigns check NOMBRE              # la comprobación previa al envío: destinatarios, partes, coste, campos que faltan
  campaigns send NOMBRE [--test-to DIRECCIÓN_O_TELÉFONO]…  # reanuda un envío interrumpido; nunca dos veces
                   # con una prueba A/B: sus variantes; la ganadora va al resto al acabar la espera
  campaigns winner NOMBRE [--pick VARIANTE]  # la clasificación de la prueba A/B, o la ganadora elegida a mano
  campaigns status NOMBRE
  campaigns retry NOMBRE              # vuelve a enviar a los destinatarios fallidos
  campaigns reconcile NOMBRE          # pregunta al proveedor cuáles de los destinatarios desconocidos tiene
  campaigns resolve NOMBRE --as sent|failed  # qué pasó con los destinatarios desconocidos
  campaigns cancel NOMBRE
  campaigns clone NOMBRE NOMBRE_NUEVO</translation>
    </message>
    <message>
        <source>Use: campaignctl campaigns list|create|check|schedule|send|status|retry|reconcile|resolve|cancel|clone|winner …</source>
        <translation>Uso: campaignctl campaigns list|create|check|schedule|send|status|retry|reconcile|resolve|cancel|clone|winner …</translation>
    </message>
    <message>
        <source>--local-time takes the time of day each recipient gets it, such as 09:30.</source>
        <translation>--local-time toma la hora del día a la que cada destinatario lo recibe, como 09:30.</translation>
    </message>
    <message>
        <source>--if-passed takes tomorrow or now: when a zone&apos;s local time has passed on the day of the send.</source>
        <translation>--if-passed toma tomorrow o now: cuando la hora local de una zona ya pasó el día del envío.</translation>
    </message>
    <message>
        <source>--test-share, --winner-by and --wait belong to an A/B test: add its variants with --variant.</source>
        <translation>--test-share, --winner-by y --wait son de una prueba A/B: añada sus variantes con --variant.</translation>
    </message>
    <message>
        <source>--variant takes KEY=VALUE pairs separated by &apos;;&apos; (template, subject, sender, account), not “%1”.</source>
        <translation>--variant toma pares CLAVE=VALOR separados por &apos;;&apos; (template, subject, sender, account), no «%1».</translation>
    </message>
    <message>
        <source>A variant differs in template, subject, sender or account, not “%1”.</source>
        <translation>Una variante difiere en plantilla, asunto, remitente o cuenta, no en «%1».</translation>
    </message>
    <message>
        <source>--test-share takes a percentage of the audience for each variant, such as 10.</source>
        <translation>--test-share toma un porcentaje de la audiencia para cada variante, como 10.</translation>
    </message>
    <message>
        <source>--winner-by takes delivery, open, click, cost_delivered or cost_click, not “%1”.</source>
        <translation>--winner-by toma delivery, open, click, cost_delivered o cost_click, no «%1».</translation>
    </message>
    <message>
        <source>--wait takes how long to wait for the winner, such as 4h, 90m or 1d (30 days at most).</source>
        <translation>--wait toma cuánto esperar a la ganadora, como 4h, 90m o 1d (30 días como mucho).</translation>
    </message>
    <message>
        <source>“%1” has no A/B test.</source>
        <translation>«%1» no tiene prueba A/B.</translation>
    </message>
    <message>
        <source>VARIANT</source>
        <translation>VARIANTE</translation>
    </message>
    <message>
        <source>TEMPLATE</source>
        <translation>PLANTILLA</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>ASUNTO</translation>
    </message>
    <message>
        <source>SENDER</source>
        <translation>REMITENTE</translation>
    </message>
    <message>
        <source>COUNTED</source>
        <translation>CONTADOS</translation>
    </message>
    <message>
        <source>  reports show NAME [--refresh] [--variants]  # --variants: an A/B test&apos;s variants side by side
  reports export NAME FILE [--delimiter C] [--bom]   # per recipient: state, events, clicked links
  reports retarget NAME --who clicked|opened|failed|… --group NEW_GROUP
  reports compare NAME [NAME…]        # delivery, open, click, bounce, unsubscribe rates and cost</source>
        <translation>  reports show NOMBRE [--refresh] [--variants]  # --variants: las variantes de una prueba A/B lado a lado
  reports export NOMBRE ARCHIVO [--delimiter C] [--bom]   # por destinatario: estado, eventos, enlaces
  reports retarget NOMBRE --who clicked|opened|failed|… --group GRUPO_NUEVO
  reports compare NOMBRE [NOMBRE…]    # tasas de entrega, apertura, clic, rebote, bajas y coste</translation>
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
  templates add NOMBRE --channel sms|email|voice|whatsapp [--subject TEXTO] (--body TEXTO | --body-file ARCHIVO)
                [--text-file ARCHIVO] [--transactional]
  templates add NOMBRE --language CÓDIGO [--subject TEXTO] (--body TEXTO | --body-file ARCHIVO) [--text-file ARCHIVO]
                # la versión de la plantilla para los contactos cuyo campo language es CÓDIGO (es, o es-MX)
  templates render NOMBRE --contact CORREO_O_TELÉFONO [--group NOMBRE]
  templates delete NOMBRE [--language CÓDIGO]  # la plantilla, o solo la versión de ese idioma
  templates push NOMBRE --account CUENTA   # una plantilla de correo a las plantillas del proveedor
  templates pull --account CUENTA          # las plantillas del proveedor, aquí como plantillas de correo</translation>
    </message>
    <message>
        <source>“%1” has no “%2” version.</source>
        <translation>«%1» no tiene versión «%2».</translation>
    </message>
    <message>
        <source>The “%1” version of “%2” deleted.</source>
        <translation>Versión «%1» de «%2» eliminada.</translation>
    </message>
    <message>
        <source>--language takes a language code such as es, tr or pt-BR, as the contacts&apos; language field holds it.</source>
        <translation>--language toma un código de idioma como es, tr o pt-BR, como lo tiene el campo language de los contactos.</translation>
    </message>
    <message>
        <source>“%1” has a “%2” version: contacts whose language field is %2 get it.</source>
        <translation>«%1» tiene una versión «%2»: la reciben los contactos cuyo campo language es %2.</translation>
    </message>
</context>
<context>
    <name>cm::ComparisonDialog</name>
    <message>
        <source>Compare campaigns</source>
        <translation>Comparar campañas</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Apertura</translation>
    </message>
    <message>
        <source>Click</source>
        <translation>Clic</translation>
    </message>
    <message>
        <source>Bounce</source>
        <translation>Rebote</translation>
    </message>
    <message>
        <source>Unsubscribe</source>
        <translation>Bajas</translation>
    </message>
    <message>
        <source>Cost per delivered</source>
        <translation>Coste por entregado</translation>
    </message>
    <message>
        <source>Rates of the chosen campaigns</source>
        <translation>Tasas de las campañas elegidas</translation>
    </message>
    <message>
        <source>not reported by %1</source>
        <translation>%1 no lo informa</translation>
    </message>
    <message>
        <source>Delivery and bounce are shares of what was sent; open, click and unsubscribe of what was delivered (unique people). From each campaign&apos;s latest report.</source>
        <translation>La entrega y el rebote son proporciones de lo enviado; la apertura, el clic y la baja, de lo entregado (personas únicas). Del último informe de cada campaña.</translation>
    </message>
</context>
<context>
    <name>cm::Composer</name>
    <message>
        <source>Unknown time zone “%1”; use a name such as Europe/Istanbul or America/New_York.</source>
        <translation>Zona horaria desconocida «%1»; use un nombre como Europe/Madrid o America/New_York.</translation>
    </message>
    <message>
        <source>Give the date and time as YYYY-MM-DD HH:MM.</source>
        <translation>Indique la fecha y la hora como AAAA-MM-DD HH:MM.</translation>
    </message>
    <message>
        <source>%1 %2 does not exist in %3 (the clocks skip it); choose another time.</source>
        <translation>%1 %2 no existe en %3 (los relojes se lo saltan); elija otra hora.</translation>
    </message>
    <message>
        <source>“%1” is not a date and time; write it as YYYY-MM-DD HH:MM, e.g. 2026-12-01 09:30.</source>
        <translation>«%1» no es una fecha y hora; escríbala como AAAA-MM-DD HH:MM, p. ej. 2026-12-01 09:30.</translation>
    </message>
    <message>
        <source>Choose when to send.</source>
        <translation>Elija cuándo enviar.</translation>
    </message>
    <message>
        <source>That time has passed; choose a time in the future, or send now.</source>
        <translation>Esa hora ya ha pasado; elija una hora futura o envíe ahora.</translation>
    </message>
    <message>
        <source>A campaign needs a name.</source>
        <translation>La campaña necesita un nombre.</translation>
    </message>
    <message>
        <source>Choose a template; write one in Templates first if there is none.</source>
        <translation>Elija una plantilla; si no hay ninguna, escriba una antes en Plantillas.</translation>
    </message>
    <message>
        <source>Choose the account to send with; add one in Accounts if there is none.</source>
        <translation>Elija la cuenta con la que enviar; si no hay ninguna, añada una en Cuentas.</translation>
    </message>
    <message>
        <source>%1 cannot send %2; choose an account whose provider can.</source>
        <translation>%1 no puede enviar %2; elija una cuenta cuyo proveedor pueda.</translation>
    </message>
    <message>
        <source>A group cannot be both sent to and left out; untick it on one side.</source>
        <translation>Un grupo no puede ser a la vez destinatario y excluido; desmárquelo en un lado.</translation>
    </message>
    <message>
        <source>One of the chosen groups no longer exists; choose the groups again.</source>
        <translation>Uno de los grupos elegidos ya no existe; vuelva a elegir los grupos.</translation>
    </message>
    <message>
        <source>The sending window must not start and end at the same time.</source>
        <translation>La franja de envío no puede empezar y terminar a la misma hora.</translation>
    </message>
    <message>
        <source>A template needs a name.</source>
        <translation>La plantilla necesita un nombre.</translation>
    </message>
    <message>
        <source>Write the text of the SMS.</source>
        <translation>Escriba el texto del SMS.</translation>
    </message>
    <message>
        <source>Write the body of the email.</source>
        <translation>Escriba el cuerpo del correo.</translation>
    </message>
    <message>
        <source>An email needs a subject.</source>
        <translation>El correo necesita un asunto.</translation>
    </message>
    <message>
        <source>A marketing email must let people unsubscribe: insert {{unsubscribe_url}} in the body, or mark the email as transactional.</source>
        <translation>Un correo de marketing debe permitir darse de baja: inserte {{unsubscribe_url}} en el cuerpo o marque el correo como transaccional.</translation>
    </message>
    <message>
        <source>“%1” is not an email address; the from address must be one, such as news@example.com.</source>
        <translation>«%1» no es una dirección de correo; el remitente debe serlo, como news@example.com.</translation>
    </message>
    <message>
        <source>The sender “%1” is not a number and not a name of at most 11 letters, digits and spaces: networks cut or refuse it.</source>
        <translation>El remitente «%1» no es un número ni un nombre de hasta 11 letras, cifras y espacios: las operadoras lo cortan o lo rechazan.</translation>
    </message>
    <message>
        <source>%1 sends one content to the whole list, so it cannot put each contact&apos;s %2 in: remove them or give each a default, such as {{first_name|default:&quot;there&quot;}}.</source>
        <translation>%1 envía un solo contenido a toda la lista, así que no puede poner el %2 de cada contacto: quítelos o dé a cada uno un valor por defecto, como {{first_name|default:&quot;there&quot;}}.</translation>
    </message>
    <message>
        <source>A campaign of the channel %1 cannot use the %2 template “%3”; choose one written for it.</source>
        <translation>Una campaña del canal %1 no puede usar la plantilla «%3» (%2); elija una escrita para ese canal.</translation>
    </message>
    <message>
        <source>Write the text the call reads.</source>
        <translation>Escriba el texto que lee la llamada.</translation>
    </message>
    <message>
        <source>Write the template&apos;s variables, one a line.</source>
        <translation>Escriba las variables de la plantilla, una por línea.</translation>
    </message>
    <message>
        <source>%1 needs a sender for %2: give the campaign one (Edit…, or --sender).</source>
        <translation>%1 necesita un remitente para %2: asígneselo a la campaña (Editar… o --sender).</translation>
    </message>
    <message>
        <source>%1 has no unsubscribe page of its own: set the account&apos;s unsubscribe_url setting to the page {{unsubscribe_url}} should open (Accounts → Edit…).</source>
        <translation>%1 no tiene página de baja propia: defina el ajuste unsubscribe_url de la cuenta con la página que debe abrir {{unsubscribe_url}} (Cuentas → Editar…).</translation>
    </message>
    <message>
        <source>%1 sends one content to the whole list: %2 is empty for everyone, not each contact&apos;s own %3.</source>
        <translation>%1 envía un solo contenido a toda la lista: %2 queda vacío para todos, en lugar del %3 propio de cada contacto.</translation>
    </message>
    <message>
        <source>%1 sends one content to the whole list: %2 reads “%3” for everyone, not each contact&apos;s own %4.</source>
        <translation>%1 envía un solo contenido a toda la lista: %2 dice «%3» para todos, en lugar del %4 propio de cada contacto.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 contacts need %2 parts because their details make the text longer.</source>
        <translation>
            <numerusform>%n de %1 contactos necesita %2 partes porque sus datos alargan el texto.</numerusform>
            <numerusform>%n de %1 contactos necesitan %2 partes porque sus datos alargan el texto.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 contacts need %2 parts because their details contain %3.</source>
        <translation>
            <numerusform>%n de %1 contactos necesita %2 partes porque sus datos contienen %3.</numerusform>
            <numerusform>%n de %1 contactos necesitan %2 partes porque sus datos contienen %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody in this group has a phone number.</source>
        <translation>Nadie de este grupo tiene número de teléfono.</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) with a phone number: %1 SMS parts in all.</source>
        <translation>
            <numerusform>%n contacto con teléfono: %1 partes de SMS en total.</numerusform>
            <numerusform>%n contactos con teléfono: %1 partes de SMS en total.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: about %2</source>
        <translation>%1: unos %2</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n carácter</numerusform>
            <numerusform>%n caracteres</numerusform>
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
            <numerusform>%n parte</numerusform>
            <numerusform>%n partes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left in this part</source>
        <translation>
            <numerusform>Queda %n en esta parte</numerusform>
            <numerusform>Quedan %n en esta parte</numerusform>
        </translation>
    </message>
    <message>
        <source>as sent to %1</source>
        <translation>tal como se envía a %1</translation>
    </message>
    <message>
        <source>with fields at typical length</source>
        <translation>con los campos en su longitud típica</translation>
    </message>
    <message>
        <source>The template itself is GSM-7; what is filled in for %1 makes it Unicode (%2).</source>
        <translation>La plantilla es GSM-7; lo que se rellena para %1 la vuelve Unicode (%2).</translation>
    </message>
    <message>
        <source>%1: no price per part set (add one under Prices when you edit the account)</source>
        <translation>%1: sin precio por parte (añádalo en Precios al editar la cuenta)</translation>
    </message>
    <message>
        <source>%1 sends one content to the whole list, so it cannot choose a part of an {{#if …}} for each contact: remove the conditions, or send through an account that sends each recipient their own message.</source>
        <translation>%1 envía un solo contenido a toda la lista, así que no puede elegir una parte de un {{#if …}} para cada contacto: quite las condiciones o envíe con una cuenta que mande a cada destinatario su propio mensaje.</translation>
    </message>
    <message>
        <source>with fields at typical length and the longest part of each {{#if …}}</source>
        <translation>con los campos de longitud típica y la parte más larga de cada {{#if …}}</translation>
    </message>
    <message>
        <source>Choose at least one group or segment to send to.</source>
        <translation>Elija al menos un grupo o segmento al que enviar.</translation>
    </message>
    <message>
        <source>A segment cannot be both sent to and left out; untick it on one side.</source>
        <translation>Un segmento no puede recibir el envío y quedar excluido a la vez; desmárquelo en un lado.</translation>
    </message>
    <message>
        <source>One of the chosen segments no longer exists; choose the segments again.</source>
        <translation>Uno de los segmentos elegidos ya no existe; vuelva a elegirlos.</translation>
    </message>
    <message>
        <source>The rule of the segment “%1” no longer reads: %2 Edit it in Groups.</source>
        <translation>La regla del segmento “%1” ya no se entiende: %2 Edítela en Grupos.</translation>
    </message>
    <message>
        <source>A marketing email must let everyone unsubscribe: put {{unsubscribe_url}} outside the {{#if …}}, or in each of its parts and its {{else}}.</source>
        <translation>Un correo de marketing debe permitir que todos se den de baja: ponga {{unsubscribe_url}} fuera del {{#if …}} o en cada una de sus partes y en su {{else}}.</translation>
    </message>
    <message>
        <source>%1 in each recipient&apos;s time zone is outside the quiet hours (%2); choose a time between them.</source>
        <translation>Las %1 en la zona horaria de cada destinatario quedan fuera de las horas permitidas (%2); elija una hora entre ellas.</translation>
    </message>
    <message>
        <source>The language “%1” has two versions; keep one.</source>
        <translation>El idioma «%1» tiene dos versiones; deje una.</translation>
    </message>
    <message>
        <source>In the “%1” version: %2</source>
        <translation>En la versión «%1»: %2</translation>
    </message>
    <message>
        <source>%1 sends one content to the whole list, so it cannot give each contact their language&apos;s version: send through an account that sends each recipient their own message, or a template without language versions.</source>
        <translation>%1 envía un solo contenido a toda la lista, así que no puede dar a cada contacto la versión de su idioma: envíe con una cuenta que mande a cada destinatario su propio mensaje, o una plantilla sin versiones de idioma.</translation>
    </message>
</context>
<context>
    <name>cm::ContactDialog</name>
    <message>
        <source>Edit contact</source>
        <translation>Editar contacto</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nombre@ejemplo.com</translation>
    </message>
    <message>
        <source>+90 532 123 45 67</source>
        <translation>+34 612 34 56 78</translation>
    </message>
    <message>
        <source>TR</source>
        <translation>ES</translation>
    </message>
    <message>
        <source>Two letters, ISO 3166: TR, ES, PL…</source>
        <translation>Dos letras, ISO 3166: TR, ES, PL…</translation>
    </message>
    <message>
        <source>A phone number written without a country code is read as this country&apos;s.</source>
        <translation>Un teléfono escrito sin prefijo de país se lee como de este país.</translation>
    </message>
    <message>
        <source>without a country code, read as</source>
        <translation>sin prefijo de país, se lee como</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Correo:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Apellido:</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>C&amp;iudad:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>P&amp;aís:</translation>
    </message>
    <message>
        <source>Custom field</source>
        <translation>Campo personalizado</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Campos personalizados</translation>
    </message>
    <message>
        <source>&amp;Add field</source>
        <translation>&amp;Añadir campo</translation>
    </message>
    <message>
        <source>&amp;Remove field</source>
        <translation>&amp;Quitar campo</translation>
    </message>
    <message>
        <source>Custom fields (used in templates as {{name}}):</source>
        <translation>Campos personalizados (en las plantillas como {{nombre}}):</translation>
    </message>
</context>
<context>
    <name>cm::ContactImportService</name>
    <message>
        <source>“%1” cannot be read: %2.</source>
        <translation>No se puede leer «%1»: %2.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <source>Import cancelled; the group was left as it was.</source>
        <translation>Importación cancelada; el grupo se ha quedado como estaba.</translation>
    </message>
    <message>
        <source>Line %1: no email address and no phone number.</source>
        <translation>Línea %1: sin correo electrónico ni teléfono.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not an email address.</source>
        <translation>Línea %1: «%2» no es una dirección de correo.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a valid phone number (numbers without a country code are read as %3).</source>
        <translation>Línea %1: «%2» no es un teléfono válido (los números sin prefijo de país se leen como de %3).</translation>
    </message>
    <message>
        <source>Importing “%1”</source>
        <translation>Importando «%1»</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 skipped, %4 invalid.</source>
        <translation>%1 nuevos, %2 actualizados, %3 omitidos, %4 no válidos.</translation>
    </message>
    <message>
        <source>Import %1 undone: what it added is gone, what it changed is as it was.</source>
        <translation>Importación %1 deshecha: lo que añadió ya no está y lo que cambió vuelve a ser como era.</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2.</source>
        <translation>No se puede escribir «%1»: %2.</translation>
    </message>
    <message>
        <source>The encoding “%1” is not one this computer can write. Choose another.</source>
        <translation>Este ordenador no puede escribir la codificación «%1». Elija otra.</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exportación cancelada; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>A contact cannot be written in %1 (its text has characters that encoding lacks). Choose UTF-8.</source>
        <translation>Un contacto no se puede escribir en %1 (tiene caracteres que esa codificación no tiene). Elija UTF-8.</translation>
    </message>
    <message>
        <source>Exporting to “%1”</source>
        <translation>Exportando a «%1»</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) written to “%1”.</source>
        <translation>
            <numerusform>%n contacto escrito en «%1».</numerusform>
            <numerusform>%n contactos escritos en «%1».</numerusform>
        </translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Columna %1</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>A contact needs an email address or a phone number.</source>
        <translation>Un contacto necesita un correo o un teléfono.</translation>
    </message>
    <message>
        <source>“%1” is not an email address. Write it as name@example.com.</source>
        <translation>«%1» no es un correo. Escríbalo como nombre@ejemplo.com.</translation>
    </message>
    <message>
        <source>“%1” is not a phone number of %2. Write it with its country code, such as +90 532 123 45 67.</source>
        <translation>«%1» no es un teléfono de %2. Escríbalo con el prefijo del país, como +34 612 34 56 78.</translation>
    </message>
    <message>
        <source>any country</source>
        <translation>ningún país</translation>
    </message>
    <message>
        <source>Importing the suppression list “%1”</source>
        <translation>Importando la lista de exclusión «%1»</translation>
    </message>
    <message>
        <source>Exporting the suppression list to “%1”</source>
        <translation>Exportando la lista de exclusión a «%1»</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) written to “%1”.</source>
        <translation>
            <numerusform>%n dirección escrita en «%1».</numerusform>
            <numerusform>%n direcciones escritas en «%1».</numerusform>
        </translation>
    </message>
    <message>
        <source>rows</source>
        <translation>filas</translation>
    </message>
    <message>
        <source>contacts</source>
        <translation>contactos</translation>
    </message>
    <message>
        <source>line</source>
        <translation>línea</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motivo</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importados</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>actualizados</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitidos</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>no válidos</translation>
    </message>
    <message>
        <source>with a warning</source>
        <translation>con un aviso</translation>
    </message>
    <message>
        <source>The email address was not one either: the line has no usable address.</source>
        <translation>La dirección de correo tampoco es válida: la línea no tiene ninguna dirección utilizable.</translation>
    </message>
    <message>
        <source>%1 Imported by the email address; the number is kept as written in the field %2.</source>
        <translation>%1 Importado por la dirección de correo; el número se guarda tal como está escrito en el campo %2.</translation>
    </message>
    <message>
        <source>%1 Imported by the phone number; the address is kept as written in the field %2.</source>
        <translation>%1 Importado por el número de teléfono; la dirección se guarda tal como está escrita en el campo %2.</translation>
    </message>
    <message>
        <source>Line %1: another contact of the group has the phone number %2 (a shared line?); this one is imported by the email address, the number kept in the field %3.</source>
        <translation>Línea %1: otro contacto del grupo tiene el número de teléfono %2 (¿una línea compartida?); este se importa por la dirección de correo y el número se guarda en el campo %3.</translation>
    </message>
    <message>
        <source>Line %1: in the group already (the same email address or phone number); skipped. Import with duplicates updated to change it.</source>
        <translation>Línea %1: ya está en el grupo (la misma dirección de correo o el mismo teléfono); omitida. Importe actualizando los duplicados para cambiarlo.</translation>
    </message>
    <message>
        <source>Line %1: not updated: its phone number %2 is another contact&apos;s.</source>
        <translation>Línea %1: no actualizada: su número de teléfono %2 es de otro contacto.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>combined with an earlier line</source>
        <translation>combinadas con una línea anterior</translation>
    </message>
    <message>
        <source>Line %1 is a title (“%2”), not the names of the columns; skipped.</source>
        <translation>La línea %1 es un título (“%2”), no los nombres de las columnas; se omitió.</translation>
    </message>
    <message numerus="yes">
        <source>No column holds email addresses or phone numbers, by its name or by its first %n row(s). Name one with --map COLUMN=email or COLUMN=phone (columns: %1).</source>
        <translation>
            <numerusform>Ninguna columna contiene direcciones de correo o números de teléfono, ni por su nombre ni por su primera fila. Indique una con --map COLUMNA=email o COLUMNA=phone (columnas: %1).</numerusform>
            <numerusform>Ninguna columna contiene direcciones de correo o números de teléfono, ni por su nombre ni por sus primeras %n filas. Indique una con --map COLUMNA=email o COLUMNA=phone (columnas: %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: the same person as line %2, whom the group has already; skipped.</source>
        <translation>Línea %1: la misma persona que la línea %2, que el grupo ya tiene; se omitió.</translation>
    </message>
    <message>
        <source>Line %1: the same person as line %2; combined into one contact, the values of line %1 winning.</source>
        <translation>Línea %1: la misma persona que la línea %2; se combinaron en un contacto, con los valores de la línea %1.</translation>
    </message>
    <message numerus="yes">
        <source>The file mixes encodings: %n line(s) (%1) are in %2, the rest in %3. Each line was read in its own encoding; check the names of those lines.</source>
        <translation>
            <numerusform>El archivo mezcla codificaciones: %n línea (%1) está en %2, el resto en %3. Cada línea se leyó en su propia codificación; revise los nombres de esa línea.</numerusform>
            <numerusform>El archivo mezcla codificaciones: %n líneas (%1) están en %2, el resto en %3. Cada línea se leyó en su propia codificación; revise los nombres de esas líneas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) combined with an earlier line of the same person.</source>
        <translation>
            <numerusform>%n línea combinada con una línea anterior de la misma persona.</numerusform>
            <numerusform>%n líneas combinadas con una línea anterior de la misma persona.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a country we know (write an ISO code such as TR, or its name); kept as written, and its phone number read as %3&apos;s.</source>
        <translation>Línea %1: “%2” no es un país que conozcamos (escriba un código ISO como TR, o su nombre); se guardó tal cual y su teléfono se leyó como de %3.</translation>
    </message>
    <message>
        <source>Line %1: %2 fields, but the header has %3; the values past it are kept in the fields column_%4 and after.</source>
        <translation>Línea %1: %2 campos, pero la cabecera tiene %3; los valores de más se guardan en los campos column_%4 y siguientes.</translation>
    </message>
</context>
<context>
    <name>cm::ContactModel</name>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>The contacts cannot be read: %1</source>
        <translation>No se pueden leer los contactos: %1</translation>
    </message>
</context>
<context>
    <name>cm::ContactsPanel</name>
    <message>
        <source>This group has no contacts yet. Import a CSV or Excel file, add contacts one by one, or pull them from an account that keeps groups.</source>
        <translation>Este grupo aún no tiene contactos. Importe un archivo CSV o de Excel, añada contactos uno a uno o tráigalos de una cuenta que guarde grupos.</translation>
    </message>
</context>
<context>
    <name>cm::ConversationService</name>
    <message>
        <source>Reading the WhatsApp conversations</source>
        <translation>Leyendo las conversaciones de WhatsApp</translation>
    </message>
    <message>
        <source>Reading the WhatsApp conversation with %1</source>
        <translation>Leyendo la conversación de WhatsApp con %1</translation>
    </message>
    <message>
        <source>Answering %1 on WhatsApp</source>
        <translation>Respondiendo a %1 en WhatsApp</translation>
    </message>
    <message>
        <source>Write the answer first.</source>
        <translation>Escriba primero la respuesta.</translation>
    </message>
    <message>
        <source>That account no longer exists.</source>
        <translation>Esa cuenta ya no existe.</translation>
    </message>
    <message>
        <source>“%1” has no WhatsApp conversations; choose an account of %2.</source>
        <translation>«%1» no tiene conversaciones de WhatsApp; elija una cuenta de %2.</translation>
    </message>
</context>
<context>
    <name>cm::ConversationsDialog</name>
    <message>
        <source>Send answer</source>
        <translation>Enviar respuesta</translation>
    </message>
    <message>
        <source>WhatsApp conversations of “%1”</source>
        <translation>Conversaciones de WhatsApp de «%1»</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>Último mensaje</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Answer…</source>
        <translation>Respuesta…</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerrada</translation>
    </message>
    <message>
        <source>No conversations yet: they start when a WhatsApp template is sent (a campaign with Delivery: WhatsApp template) or someone writes to your number.</source>
        <translation>Aún no hay conversaciones: empiezan cuando se envía una plantilla de WhatsApp (una campaña con Entrega: plantilla de WhatsApp) o alguien escribe a su número.</translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>Recibido el %1</translation>
    </message>
    <message>
        <source>Read %1</source>
        <translation>Leído el %1</translation>
    </message>
    <message>
        <source>Failed %1</source>
        <translation>Falló el %1</translation>
    </message>
    <message>
        <source>Sent %1</source>
        <translation>Enviado el %1</translation>
    </message>
    <message>
        <source>Choose a conversation.</source>
        <translation>Elija una conversación.</translation>
    </message>
    <message>
        <source>The session is open until %1: you can answer in your own words.</source>
        <translation>La sesión está abierta hasta %1: puede responder con sus propias palabras.</translation>
    </message>
    <message>
        <source>The session is closed (the last message from %1 is over 24 hours old): only an approved template can be sent, as a campaign with Delivery: WhatsApp template.</source>
        <translation>La sesión está cerrada (el último mensaje de %1 tiene más de 24 horas): solo se puede enviar una plantilla aprobada, como campaña con Entrega: plantilla de WhatsApp.</translation>
    </message>
</context>
<context>
    <name>cm::CsvReader</name>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>This is not a text file (it contains binary data). Export the sheet as CSV and try again.</source>
        <translation>No es un archivo de texto (contiene datos binarios). Exporte la hoja como CSV e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The encoding “%1” is not one this computer can read. Choose another.</source>
        <translation>Este ordenador no puede leer la codificación «%1». Elija otra.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field never ends (a &quot; is missing).</source>
        <translation>Línea %1: un campo entre comillas no termina nunca (falta una &quot;).</translation>
    </message>
    <message numerus="yes">
        <source>Line %1: a field is longer than %n character(s).</source>
        <translation>
            <numerusform>Línea %1: un campo tiene más de %n carácter.</numerusform>
            <numerusform>Línea %1: un campo tiene más de %n caracteres.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: contains a NUL character; the file may be damaged.</source>
        <translation>Línea %1: contiene un carácter NUL; el archivo puede estar dañado.</translation>
    </message>
    <message>
        <source>Line %1: contains bytes that are not valid %2. Choose the file&apos;s encoding.</source>
        <translation>Línea %1: contiene bytes que no son %2 válido. Elija la codificación del archivo.</translation>
    </message>
    <message>
        <source>The file could not be read again after checking its encoding (%1). Try again, or choose the encoding.</source>
        <translation>No se pudo volver a leer el archivo tras comprobar su codificación (%1). Inténtelo de nuevo o elija la codificación.</translation>
    </message>
    <message>
        <source>Some lines of the file are in the encoding “%1”, which is not one this computer can read. Save the file as UTF-8 and try again.</source>
        <translation>Algunas líneas del archivo están en la codificación “%1”, que este equipo no puede leer. Guarde el archivo como UTF-8 e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Line %1: a stray &quot; at the start of field %2 was removed and the field read to the next delimiter; check the value.</source>
        <translation>Línea %1: se quitó una &quot; suelta al principio del campo %2 y el campo se leyó hasta el siguiente delimitador; revise el valor.</translation>
    </message>
</context>
<context>
    <name>cm::Database</name>
    <message>
        <source>“%1” is not a file. Choose a workspace file, or a new file name to start a workspace.</source>
        <translation>«%1» no es un archivo. Elija un archivo de espacio de trabajo, o un nombre de archivo nuevo para crear uno.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2. Check the file&apos;s permissions.</source>
        <translation>No se puede leer «%1»: %2. Compruebe los permisos del archivo.</translation>
    </message>
    <message>
        <source>“%1” is not a Campaign Manager workspace (it is not an SQLite database). It was not changed. Choose another file, or a new file name to start a workspace.</source>
        <translation>«%1» no es un espacio de trabajo de Campaign Manager (no es una base de datos SQLite). No se ha modificado. Elija otro archivo, o un nombre de archivo nuevo para crear un espacio de trabajo.</translation>
    </message>
    <message>
        <source>“%1” is read-only. Make it writable, or copy it to a folder you can write to and open the copy.</source>
        <translation>«%1» es de solo lectura. Hágalo modificable, o cópielo a una carpeta en la que pueda escribir y abra la copia.</translation>
    </message>
    <message>
        <source>Cannot create the workspace “%1”: the folder “%2” is missing or read-only. Choose a folder you can write to.</source>
        <translation>No se puede crear el espacio de trabajo «%1»: la carpeta «%2» no existe o es de solo lectura. Elija una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>Cannot create the workspace “%1”: %2.</source>
        <translation>No se puede crear el espacio de trabajo «%1»: %2.</translation>
    </message>
    <message>
        <source>open the workspace</source>
        <translation>abrir el espacio de trabajo</translation>
    </message>
    <message>
        <source>“%1” is a database of another application, not a Campaign Manager workspace. It was not changed. Choose a workspace file, or a new file name to start a workspace.</source>
        <translation>«%1» es una base de datos de otra aplicación, no un espacio de trabajo de Campaign Manager. No se ha modificado. Elija un archivo de espacio de trabajo, o un nombre de archivo nuevo para crear uno.</translation>
    </message>
    <message>
        <source>“%1” was saved by a newer Campaign Manager (workspace version %2; this version reads up to %3). It was not changed. Update Campaign Manager to open it.</source>
        <translation>«%1» se guardó con un Campaign Manager más reciente (versión del espacio de trabajo %2; esta versión lee hasta la %3). No se ha modificado. Actualice Campaign Manager para abrirlo.</translation>
    </message>
    <message>
        <source>The SQLite driver of this Qt build cannot be used.</source>
        <translation>El controlador SQLite de esta compilación de Qt no se puede usar.</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this build.</source>
        <translation>Falta la migración %1 en esta compilación.</translation>
    </message>
    <message>
        <source>upgrade the workspace to version %1</source>
        <translation>actualizar el espacio de trabajo a la versión %1</translation>
    </message>
    <message>
        <source>The disk is full: could not %1 in “%2”. Free some disk space and try again; nothing was changed.</source>
        <translation>El disco está lleno: no se pudo %1 en «%2». Libere espacio en el disco e inténtelo de nuevo; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Could not %1: “%2” is read-only. Make it writable, or copy it to a folder you can write to.</source>
        <translation>No se pudo %1: «%2» es de solo lectura. Hágalo modificable, o cópielo a una carpeta en la que pueda escribir.</translation>
    </message>
    <message>
        <source>“%1” is damaged (%2). It was not changed. Restore the workspace from a backup.</source>
        <translation>«%1» está dañado (%2). No se ha modificado. Restaure el espacio de trabajo desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>“%1” is not a Campaign Manager workspace (%2). It was not changed. Choose another file, or a new file name to start a workspace.</source>
        <translation>«%1» no es un espacio de trabajo de Campaign Manager (%2). No se ha modificado. Elija otro archivo, o un nombre de archivo nuevo para crear un espacio de trabajo.</translation>
    </message>
    <message>
        <source>Could not %1: “%2” is locked by another program. Close it and try again.</source>
        <translation>No se pudo %1: otro programa tiene bloqueado «%2». Ciérrelo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Could not %1: “%2” cannot be read or written (%3). Check the disk and the file&apos;s permissions.</source>
        <translation>No se pudo %1: «%2» no se puede leer ni escribir (%3). Compruebe el disco y los permisos del archivo.</translation>
    </message>
    <message>
        <source>Could not %1 in “%2”: %3.</source>
        <translation>No se pudo %1 en «%2»: %3.</translation>
    </message>
    <message>
        <source>The workspace “%1” cannot be read.</source>
        <translation>No se puede leer el espacio de trabajo «%1».</translation>
    </message>
    <message>
        <source>a row of %1 (%2) refers to a missing row of %3</source>
        <translation>una fila de %1 (%2) hace referencia a una fila inexistente de %3</translation>
    </message>
    <message>
        <source>“%1” was upgraded by a newer Campaign Manager while this one opened it (workspace version %2; this version reads up to %3). Update Campaign Manager to open it.</source>
        <translation>Una versión más reciente de Campaign Manager actualizó «%1» mientras esta lo abría (versión del espacio de trabajo %2; esta versión lee hasta la %3). Actualice Campaign Manager para abrirlo.</translation>
    </message>
</context>
<context>
    <name>cm::DemoWorkspace</name>
    <message>
        <source>create the demo workspace</source>
        <translation>crear el espacio de trabajo de demostración</translation>
    </message>
    <message>
        <source>Sandbox (demo)</source>
        <translation>Sandbox (demostración)</translation>
    </message>
    <message>
        <source>Newsletter subscribers</source>
        <translation>Suscriptores del boletín</translation>
    </message>
    <message>
        <source>Everyone who signed up for the monthly newsletter.</source>
        <translation>Todas las personas que se suscribieron al boletín mensual.</translation>
    </message>
    <message>
        <source>VIP customers İstanbul</source>
        <translation>Clientes VIP de Estambul</translation>
    </message>
    <message>
        <source>Gold and Silver card holders of the İstanbul stores.</source>
        <translation>Titulares de tarjetas Gold y Silver de las tiendas de Estambul.</translation>
    </message>
    <message>
        <source>Spring promo Europe &amp; Africa</source>
        <translation>Promoción de primavera Europa y África</translation>
    </message>
    <message>
        <source>Shoppers of the spring campaign in Spain, Poland, South Africa and the US.</source>
        <translation>Compradores de la campaña de primavera en España, Polonia, Sudáfrica y EE. UU.</translation>
    </message>
    <message>
        <source>Weekend flash sale (SMS)</source>
        <translation>Oferta relámpago de fin de semana (SMS)</translation>
    </message>
    <message>
        <source>Appointment reminder (SMS)</source>
        <translation>Recordatorio de cita (SMS)</translation>
    </message>
    <message>
        <source>Monthly newsletter</source>
        <translation>Boletín mensual</translation>
    </message>
    <message>
        <source>Welcome email</source>
        <translation>Correo de bienvenida</translation>
    </message>
    <message>
        <source>March newsletter</source>
        <translation>Boletín de marzo</translation>
    </message>
    <message>
        <source>Weekend flash sale</source>
        <translation>Oferta relámpago de fin de semana</translation>
    </message>
    <message>
        <source>Welcome series</source>
        <translation>Serie de bienvenida</translation>
    </message>
    <message>
        <source>New subscriber welcome</source>
        <translation>Bienvenida a nuevos suscriptores</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Nudge by SMS</source>
        <translation>Recordatorio por SMS</translation>
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
        <translation>Una plataforma de SMS con listas de contactos, envíos (deployments), estadísticas por hora, día, mes y año, y bajas. Su documentación no da direcciones: compruebe las rutas en los ajustes de la cuenta. Sin estado por mensaje ni saldo.</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>The address of the platform, such as https://sms.example.com (required: the provider documents none).</source>
        <translation>La dirección de la plataforma, como https://sms.example.com (obligatoria: el proveedor no documenta ninguna).</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Only for basic authentication; leave empty for a token.</source>
        <translation>Solo para autenticación básica; déjelo vacío si usa un token.</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Token de API</translation>
    </message>
    <message>
        <source>The token the platform issued for your company.</source>
        <translation>El token que la plataforma emitió para su empresa.</translation>
    </message>
    <message numerus="yes">
        <source>The token works; the first page has %n contact list(s).</source>
        <translation>
            <numerusform>El token funciona; la primera página tiene %n lista de contactos.</numerusform>
            <numerusform>El token funciona; la primera página tiene %n listas de contactos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform counts sends in the statistics of the deployment linked to their campaign: give that campaign&apos;s number in the campaign&apos;s option, or for every campaign in the account&apos;s advanced settings, as {&quot;campaign_pk&quot;: 12}, before sending.</source>
        <translation>La plataforma cuenta los envíos en las estadísticas del despliegue vinculado a su campaña: antes de enviar, indique el número de esa campaña en la opción de la campaña o, para todas las campañas, en los ajustes avanzados de la cuenta, como {&quot;campaign_pk&quot;: 12}.</translation>
    </message>
    <message>
        <source>Platform campaign</source>
        <translation>Campaña de la plataforma</translation>
    </message>
    <message>
        <source>The number of the platform&apos;s campaign to link these sends to (a deployment&apos;s linked campaign), such as 44; empty: the account&apos;s.</source>
        <translation>El número de la campaña de la plataforma a la que vincular estos envíos (la campaña vinculada de un despliegue), como 44; vacío: el de la cuenta.</translation>
    </message>
    <message>
        <source>Opted out at the provider: not sent.</source>
        <translation>Dado de baja en el proveedor: no enviado.</translation>
    </message>
</context>
<context>
    <name>cm::DispatchRun</name>
    <message numerus="yes">
        <source>Sending paused after %n recipient(s); send again to continue.</source>
        <translation>
            <numerusform>Envío en pausa tras %n destinatario; envíe de nuevo para continuar.</numerusform>
            <numerusform>Envío en pausa tras %n destinatarios; envíe de nuevo para continuar.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1”: %2 accepted, %3 failed, %4 unknown.</source>
        <translation>«%1»: %2 aceptados, %3 fallidos, %4 desconocidos.</translation>
    </message>
    <message>
        <source>“%1” was cancelled; nothing more of it is sent.</source>
        <translation>«%1» se ha cancelado; ya no se envía nada más de ella.</translation>
    </message>
    <message>
        <source>Outside the sending window: paused until %1 (%2), when it continues by itself.</source>
        <translation>Fuera de la franja de envío: en pausa hasta el %1 (%2), cuando continuará sola.</translation>
    </message>
    <message>
        <source>“%1” is with %2, to be sent on %3: %4 accepted, %5 failed, %6 unknown.</source>
        <translation>«%1» está en %2, para enviarse el %3: %4 aceptados, %5 fallidos, %6 desconocidos.</translation>
    </message>
    <message>
        <source>Stopped after this refusal; the recipients not tried yet are kept for the next send. %1</source>
        <translation>Detenido tras este rechazo; los destinatarios aún no intentados se guardan para el próximo envío. %1</translation>
    </message>
    <message>
        <source>%1 did not take “%2” to hold until its time, and nothing of it was sent. %3 It stays scheduled here: this app sends it on %4, while it is open or through campaignctl run-due.</source>
        <translation>%1 no aceptó guardar «%2» hasta su hora, y no se envió nada de ella. %3 Sigue programada aquí: esta aplicación la envía el %4, mientras esté abierta o mediante campaignctl run-due.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has sent its %n message(s) of today: paused until %2, when it continues by itself.</source>
        <translation>
            <numerusform>“%1” ha enviado su %n mensaje de hoy: en pausa hasta %2, cuando sigue solo.</numerusform>
            <numerusform>“%1” ha enviado sus %n mensajes de hoy: en pausa hasta %2, cuando sigue solo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The next recipients get it at their local time: it continues by itself at %1.</source>
        <translation>Los siguientes destinatarios lo reciben a su hora local: continúa solo el %1.</translation>
    </message>
</context>
<context>
    <name>cm::DispatchStore</name>
    <message>
        <source>prepare the campaign&apos;s recipients</source>
        <translation>preparar los destinatarios de la campaña</translation>
    </message>
    <message>
        <source>record the interrupted send</source>
        <translation>registrar el envío interrumpido</translation>
    </message>
    <message>
        <source>The send was interrupted while this was with the provider; it may have been sent.</source>
        <translation>El envío se interrumpió mientras esto estaba en el proveedor; puede que se haya enviado.</translation>
    </message>
    <message>
        <source>record the batch being sent</source>
        <translation>registrar el lote que se envía</translation>
    </message>
    <message>
        <source>record what the provider accepted</source>
        <translation>registrar lo que aceptó el proveedor</translation>
    </message>
    <message>
        <source>The provider&apos;s answer did not mention this recipient.</source>
        <translation>La respuesta del proveedor no mencionaba a este destinatario.</translation>
    </message>
    <message>
        <source>record the failed batch</source>
        <translation>registrar el lote fallido</translation>
    </message>
    <message>
        <source>retry the failed recipients</source>
        <translation>reintentar los destinatarios fallidos</translation>
    </message>
    <message>
        <source>record what happened to the unknown recipients</source>
        <translation>registrar qué pasó con los destinatarios desconocidos</translation>
    </message>
    <message>
        <source>Confirmed as sent by the user.</source>
        <translation>El usuario confirmó que se envió.</translation>
    </message>
    <message>
        <source>Confirmed as not sent by the user; retry to send it.</source>
        <translation>El usuario confirmó que no se envió; reinténtelo para enviarlo.</translation>
    </message>
    <message>
        <source>keep the campaign scheduled</source>
        <translation>mantener la campaña programada</translation>
    </message>
    <message>
        <source>Some of this send may have gone out; it is kept as it is.</source>
        <translation>Puede que parte de este envío ya haya salido; se deja como está.</translation>
    </message>
    <message>
        <source>Another send has taken this campaign over: %1.</source>
        <translation>Otro envío se ha hecho cargo de esta campaña: %1.</translation>
    </message>
    <message>
        <source>The batch is not waiting to be sent, or this send&apos;s hold on the campaign expired.</source>
        <translation>El lote no está esperando a enviarse, o la reserva de la campaña para este envío caducó.</translation>
    </message>
    <message>
        <source>record what the provider answered</source>
        <translation>registrar lo que respondió el proveedor</translation>
    </message>
    <message>
        <source>This send lost its hold on the campaign while the provider answered; %1 The answer was not recorded: the batch stays as that send recorded it.</source>
        <translation>Este envío perdió la reserva de la campaña mientras el proveedor respondía; %1 La respuesta no se registró: el lote queda como lo registró ese envío.</translation>
    </message>
    <message>
        <source>it is sent by %1 now.</source>
        <translation>ahora la envía %1.</translation>
    </message>
    <message>
        <source>another send took it over.</source>
        <translation>otro envío se hizo cargo de ella.</translation>
    </message>
    <message>
        <source>Another send has taken this campaign over.</source>
        <translation>Otro envío se ha hecho cargo de esta campaña.</translation>
    </message>
    <message>
        <source>take the campaign for this send</source>
        <translation>reservar la campaña para este envío</translation>
    </message>
    <message>
        <source>This campaign is being sent by %1; it was left alone.</source>
        <translation>Esta campaña la está enviando %1; no se ha tocado.</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>otro programa</translation>
    </message>
    <message>
        <source>renew this send&apos;s hold on the campaign</source>
        <translation>renovar la reserva de la campaña para este envío</translation>
    </message>
    <message>
        <source>This send lost its hold on the campaign (it was not renewed in time, and another send took it over).</source>
        <translation>Este envío perdió la reserva de la campaña (no se renovó a tiempo y otro envío se hizo cargo de ella).</translation>
    </message>
    <message>
        <source>release the campaign after its send</source>
        <translation>liberar la campaña tras su envío</translation>
    </message>
    <message>
        <source>This send lost its hold on the campaign before it began; send again.</source>
        <translation>Este envío perdió la reserva de la campaña antes de empezar; envíe de nuevo.</translation>
    </message>
    <message>
        <source>put off the recipients whose hours have passed</source>
        <translation>aplazar a los destinatarios cuyas horas han pasado</translation>
    </message>
</context>
<context>
    <name>cm::Dispatcher</name>
    <message>
        <source>Sending “%1”</source>
        <translation>Enviando «%1»</translation>
    </message>
    <message>
        <source>recipients</source>
        <translation>destinatarios</translation>
    </message>
    <message>
        <source>That campaign no longer exists.</source>
        <translation>Esa campaña ya no existe.</translation>
    </message>
    <message>
        <source>“%1” is %2; it is not sent again. Clone it to send it anew.</source>
        <translation>«%1» está %2; no se vuelve a enviar. Clónela para enviarla de nuevo.</translation>
    </message>
    <message>
        <source>“%1” has no account to send with. Choose one.</source>
        <translation>«%1» no tiene cuenta con la que enviar. Elija una.</translation>
    </message>
    <message>
        <source>“%1” has no template. Choose one.</source>
        <translation>«%1» no tiene plantilla. Elija una.</translation>
    </message>
    <message>
        <source>%1 cannot send %2; choose another account for “%3”.</source>
        <translation>%1 no puede enviar %2; elija otra cuenta para «%3».</translation>
    </message>
    <message>
        <source>“%1” has nobody to send to: its group has no contact with an address for %2 that is not on the suppression list.</source>
        <translation>«%1» no tiene a quién enviar: su grupo no tiene contactos con dirección para %2 fuera de la lista de exclusión.</translation>
    </message>
    <message>
        <source>Checking “%1”</source>
        <translation>Comprobando «%1»</translation>
    </message>
    <message>
        <source>The campaign needs a group and a template first.</source>
        <translation>La campaña necesita antes un grupo y una plantilla.</translation>
    </message>
    <message>
        <source>%1 recipients, %2 SMS parts in all.</source>
        <translation>%1 destinatarios, %2 partes de SMS en total.</translation>
    </message>
    <message>
        <source>%1 recipients.</source>
        <translation>%1 destinatarios.</translation>
    </message>
    <message>
        <source>Test-sending “%1”</source>
        <translation>Enviando prueba de «%1»</translation>
    </message>
    <message>
        <source>The campaign needs an account and a template first.</source>
        <translation>La campaña necesita antes una cuenta y una plantilla.</translation>
    </message>
    <message>
        <source>Give at least one address or number to send the test to.</source>
        <translation>Indique al menos una dirección o número al que enviar la prueba.</translation>
    </message>
    <message>
        <source>Test: %1</source>
        <translation>Prueba: %1</translation>
    </message>
    <message numerus="yes">
        <source>Test sent to %n address(es).</source>
        <translation>
            <numerusform>Prueba enviada a %n dirección.</numerusform>
            <numerusform>Prueba enviada a %n direcciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is being sent already.</source>
        <translation>«%1» ya se está enviando.</translation>
    </message>
    <message>
        <source>“%1” cannot be sent yet: %2</source>
        <translation>«%1» aún no se puede enviar: %2</translation>
    </message>
    <message>
        <source>%1 contacts left out: no address for the channel, on the suppression list, in an excluded group, or the same address twice.</source>
        <translation>%1 contactos excluidos: sin dirección para el canal, en la lista de supresión, en un grupo excluido o con la misma dirección dos veces.</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) to the provider, at most %1 recipients each.</source>
        <translation>
            <numerusform>%n petición al proveedor, con %1 destinatarios como máximo cada una.</numerusform>
            <numerusform>%n peticiones al proveedor, con %1 destinatarios como máximo cada una.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 contacts have no %2; their text has it empty.</source>
        <translation>%1 contactos no tienen %2; en su texto queda vacío.</translation>
    </message>
    <message>
        <source>Estimated cost with %1: %2.</source>
        <translation>Coste estimado con %1: %2.</translation>
    </message>
    <message>
        <source>Handing “%1” to its provider</source>
        <translation>Entregando «%1» a su proveedor</translation>
    </message>
    <message>
        <source>%1 holds “%2” until %3; reschedule it there to send it sooner.</source>
        <translation>%1 guarda «%2» hasta el %3; reprográmelo allí para enviarlo antes.</translation>
    </message>
    <message>
        <source>%1 cannot hold a scheduled send; this app sends it at its time.</source>
        <translation>%1 no puede guardar un envío programado; esta aplicación lo envía a su hora.</translation>
    </message>
    <message>
        <source>Only a scheduled campaign not yet handed over can be handed to %1.</source>
        <translation>Solo una campaña programada que aún no se entregó puede entregarse a %1.</translation>
    </message>
    <message>
        <source>“%1” is due in less than two minutes: send it now instead.</source>
        <translation>«%1» vence en menos de dos minutos: envíelo ahora.</translation>
    </message>
    <message>
        <source>%1 cannot keep “%2”&apos;s quiet hours; this app sends it at its time instead.</source>
        <translation>%1 no puede respetar las horas de silencio de «%2»; esta aplicación lo envía a su hora.</translation>
    </message>
    <message>
        <source>Cancelling “%1” at its provider</source>
        <translation>Cancelando «%1» en su proveedor</translation>
    </message>
    <message>
        <source>Rescheduling “%1” at its provider</source>
        <translation>Reprogramando «%1» en su proveedor</translation>
    </message>
    <message>
        <source>No provider holds that campaign&apos;s send.</source>
        <translation>Ningún proveedor guarda el envío de esa campaña.</translation>
    </message>
    <message>
        <source>Choose a time at least two minutes from now.</source>
        <translation>Elija una hora al menos dos minutos a partir de ahora.</translation>
    </message>
    <message>
        <source>“%1” was cancelled at %2; nothing of it is sent.</source>
        <translation>«%1» se canceló en %2; no se envía nada de ella.</translation>
    </message>
    <message>
        <source>“%1” now goes on %2.</source>
        <translation>«%1» sale ahora el %2.</translation>
    </message>
    <message>
        <source>%1 cannot move a send it holds. Cancel “%2” and schedule a copy of it (Clone) for the new time.</source>
        <translation>%1 no puede mover un envío que retiene. Cancele “%2” y programe una copia (Clonar) para la nueva hora.</translation>
    </message>
    <message>
        <source>The spam test did not run: %1</source>
        <translation>La prueba de spam no se ejecutó: %1</translation>
    </message>
    <message>
        <source>Spam test: %1 points; nothing matched.</source>
        <translation>Prueba de spam: %1 puntos; no coincidió ninguna regla.</translation>
    </message>
    <message>
        <source>Spam test: %1 points (%2).</source>
        <translation>Prueba de spam: %1 puntos (%2).</translation>
    </message>
    <message>
        <source>Many filters reject mail from 5 points: change what the rules above name.</source>
        <translation>Muchos filtros rechazan el correo a partir de 5 puntos: cambie lo que nombran las reglas de arriba.</translation>
    </message>
    <message>
        <source>%1 cannot hold this kind of send; this app sends “%2” at its time.</source>
        <translation>%1 no puede retener este tipo de envío; esta aplicación envía «%2» a su hora.</translation>
    </message>
    <message>
        <source>for %1, %2</source>
        <translation>para %1, %2</translation>
    </message>
    <message>
        <source>The cost of this kind of send is not estimated here; %1&apos;s report has it once it is sent.</source>
        <translation>El coste de este tipo de envío no se estima aquí; el informe de %1 lo tendrá una vez enviado.</translation>
    </message>
    <message>
        <source>%1 cannot cancel a send it holds.</source>
        <translation>%1 no puede cancelar un envío que retiene.</translation>
    </message>
    <message>
        <source>%1 takes no test sends; send the campaign to a small group of your own instead, or use an account of %2.</source>
        <translation>%1 no admite envíos de prueba; envíe la campaña a un pequeño grupo propio o use una cuenta de %2.</translation>
    </message>
    <message>
        <source>“%1” is being sent by %2; it was left alone.</source>
        <translation>«%1» la está enviando %2; no se ha tocado.</translation>
    </message>
    <message>
        <source>“%1” has no account to ask.</source>
        <translation>«%1» no tiene una cuenta a la que preguntar.</translation>
    </message>
    <message>
        <source>%1 cannot say which messages of a send it has; check in its panel, then resolve the unknown recipients yourself.</source>
        <translation>%1 no puede decir qué mensajes de un envío tiene; compruébelo en su panel y después resuelva usted mismo los destinatarios desconocidos.</translation>
    </message>
    <message>
        <source>Asking the provider about “%1”</source>
        <translation>Preguntando al proveedor por «%1»</translation>
    </message>
    <message>
        <source>No recipient is unknown: there is nothing to ask.</source>
        <translation>No hay destinatarios desconocidos: no hay nada que preguntar.</translation>
    </message>
    <message>
        <source>Found at %1 when asked.</source>
        <translation>Encontrado en %1 al preguntar.</translation>
    </message>
    <message>
        <source>%1 has %2 of the %3 unknown recipients of “%4”: they are accepted now. %5 stay unknown (%1 has no record of them yet); ask again later, or resolve them yourself.</source>
        <translation>%1 tiene %2 de los %3 destinatarios desconocidos de «%4»: ahora constan como aceptados. %5 siguen desconocidos (%1 aún no tiene registro de ellos); vuelva a preguntar más tarde o resuélvalos usted mismo.</translation>
    </message>
    <message>
        <source>one of its segments no longer exists.</source>
        <translation>uno de sus segmentos ya no existe.</translation>
    </message>
    <message>
        <source>its segment “%1” cannot be evaluated: %2</source>
        <translation>su segmento “%1” no se puede evaluar: %2</translation>
    </message>
    <message>
        <source>“%1” is an A/B test: sending it sends its variants first.</source>
        <translation>«%1» es una prueba A/B: al enviarla salen primero sus variantes.</translation>
    </message>
    <message>
        <source>“%1” waits for its A/B test&apos;s winner; pick one to send it to the rest now.</source>
        <translation>«%1» espera a la ganadora de su prueba A/B; elija una para enviarla al resto ahora.</translation>
    </message>
    <message>
        <source>A/B test: %1 variants to %2 contacts each now; the winner by %3 to the other %4 after %5.</source>
        <translation>Prueba A/B: %1 variantes a %2 contactos cada una ahora; la ganadora por %3 a los otros %4 tras %5.</translation>
    </message>
    <message>
        <source>Too few recipients for an A/B test of %1% each: send it without the test, or to a larger audience.</source>
        <translation>Muy pocos destinatarios para una prueba A/B del %1% cada una: envíela sin la prueba o a una audiencia mayor.</translation>
    </message>
    <message numerus="yes">
        <source>At %1 in each recipient&apos;s time zone, in %n zone(s):</source>
        <translation>
            <numerusform>A las %1 en la zona horaria de cada destinatario, en %n zona:</numerusform>
            <numerusform>A las %1 en la zona horaria de cada destinatario, en %n zonas:</numerusform>
        </translation>
    </message>
    <message>
        <source>  %1: %2 recipients at %3 (%4 here)</source>
        <translation>  %1: %2 destinatarios a las %3 (%4 aquí)</translation>
    </message>
    <message>
        <source>The last go at %1 (%2).</source>
        <translation>Los últimos salen el %1 (%2).</translation>
    </message>
</context>
<context>
    <name>cm::EmailCampaignsProvider</name>
    <message>
        <source>%1 cannot be said in any of the four US zones Email Campaigns takes (EST5EDT, CST6CDT, MST7MDT, PST8PDT); choose a time an hour earlier or later.</source>
        <translation>%1 no se puede expresar en ninguna de las cuatro zonas de EE. UU. que admite Email Campaigns (EST5EDT, CST6CDT, MST7MDT, PST8PDT); elija una hora antes o después.</translation>
    </message>
    <message>
        <source>This computer has no data for the US time zones Email Campaigns takes: install the tzdata package.</source>
        <translation>Este equipo no tiene datos de las zonas horarias de EE. UU. que admite Email Campaigns: instale el paquete tzdata.</translation>
    </message>
    <message>
        <source>Email Campaigns does not know it (404): it was deleted there, or belongs to another account.</source>
        <translation>Email Campaigns no lo conoce (404): se borró allí o pertenece a otra cuenta.</translation>
    </message>
    <message>
        <source>Email Campaigns refused the API token: copy it again from the provider&apos;s portal.</source>
        <translation>Email Campaigns rechazó el token de la API: cópielo de nuevo del portal del proveedor.</translation>
    </message>
    <message>
        <source>Email Campaigns</source>
        <translation>Email Campaigns</translation>
    </message>
    <message>
        <source>Email Campaigns (token API): bulk email to contact groups uploaded as CSV, started at a time in a US zone and cancelled there if need be; its results say who it was delivered to (no opens or clicks). Its From addresses must be registered first; this app does that.</source>
        <translation>Email Campaigns (API con token): correo masivo a grupos de contactos subidos como CSV, que empieza a una hora en una zona de EE. UU. y se cancela allí si hace falta; sus resultados dicen a quién se entregó (sin aperturas ni clics). Sus direcciones de remitente deben registrarse antes; esta aplicación lo hace.</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>The API&apos;s address from your provider, such as https://api.example.com (the paths start with /email/).</source>
        <translation>La dirección de la API que le dio su proveedor, como https://api.example.com (las rutas empiezan por /email/).</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Token de la API</translation>
    </message>
    <message>
        <source>The 40-character token from the provider&apos;s portal.</source>
        <translation>El token de 40 caracteres del portal del proveedor.</translation>
    </message>
    <message>
        <source>The token works. No From address is registered yet; a campaign&apos;s sender is registered when it is first used.</source>
        <translation>El token funciona. Aún no hay ninguna dirección de remitente registrada; el remitente de una campaña se registra la primera vez que se usa.</translation>
    </message>
    <message>
        <source>The token works. Registered From addresses: %1.</source>
        <translation>El token funciona. Direcciones de remitente registradas: %1.</translation>
    </message>
    <message>
        <source>Email Campaigns needs a From address: give the campaign a sender.</source>
        <translation>Email Campaigns necesita una dirección de remitente: indique un remitente en la campaña.</translation>
    </message>
    <message>
        <source>change a subscription</source>
        <translation>cambiar una suscripción</translation>
    </message>
    <message>
        <source>Email Campaigns has no unsubscribe link of its own: set the account&apos;s unsubscribe_url setting to the page {{unsubscribe_url}} should open.</source>
        <translation>Email Campaigns no tiene un enlace de baja propio: ponga en el ajuste unsubscribe_url de la cuenta la página que debe abrir {{unsubscribe_url}}.</translation>
    </message>
</context>
<context>
    <name>cm::EngagementChart</name>
    <message>
        <source>Opens and clicks over time</source>
        <translation>Aperturas y clics a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Links clicked</source>
        <translation>Enlaces en los que se hizo clic</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Aperturas</translation>
    </message>
    <message>
        <source>Opens and clicks per day</source>
        <translation>Aperturas y clics por día</translation>
    </message>
    <message>
        <source>Opens and clicks per hour</source>
        <translation>Aperturas y clics por hora</translation>
    </message>
    <message>
        <source>No opens or clicks with times reported yet</source>
        <translation>Aún no se han informado aperturas ni clics con su hora</translation>
    </message>
</context>
<context>
    <name>cm::ExperimentService</name>
    <message>
        <source>not yet</source>
        <translation>aún no</translation>
    </message>
    <message>
        <source>No variant has a %1 yet.</source>
        <translation>Ninguna variante tiene aún %1.</translation>
    </message>
    <message>
        <source>%1 leads on %2 (%3).</source>
        <translation>%1 va en cabeza en %2 (%3).</translation>
    </message>
    <message>
        <source>No other variant has a %1 yet.</source>
        <translation>Ninguna otra variante tiene aún %1.</translation>
    </message>
    <message>
        <source>%1 has %2.</source>
        <translation>%1 tiene %2.</translation>
    </message>
    <message>
        <source>Costs have no significance test: compare the counts too.</source>
        <translation>Los costes no tienen prueba de significación: compare también los recuentos.</translation>
    </message>
    <message>
        <source>The difference is significant (p = %1): it is unlikely to be chance.</source>
        <translation>La diferencia es significativa (p = %1): es poco probable que sea casualidad.</translation>
    </message>
    <message>
        <source>The difference is not significant (p = %1): it may be chance; a larger share or a longer wait tells more.</source>
        <translation>La diferencia no es significativa (p = %1): puede ser casualidad; una parte mayor o una espera más larga dirán más.</translation>
    </message>
    <message numerus="yes">
        <source>An A/B test has 2 to 4 variants; this one has %n.</source>
        <translation>
            <numerusform>Una prueba A/B tiene de 2 a 4 variantes; esta tiene %n.</numerusform>
            <numerusform>Una prueba A/B tiene de 2 a 4 variantes; esta tiene %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each variant&apos;s share must be at least 1%, and all of them together less than 100% (so that the winner has someone left to go to); %n variants of %1% make %2%.</source>
        <translation>
            <numerusform>La parte de cada variante debe ser al menos del 1% y todas juntas menos del 100% (para que a la ganadora le quede alguien); %n variante del %1% suma el %2%.</numerusform>
            <numerusform>La parte de cada variante debe ser al menos del 1% y todas juntas menos del 100% (para que a la ganadora le quede alguien); %n variantes del %1% suman el %2%.</numerusform>
        </translation>
    </message>
    <message>
        <source>The wait before the winner is picked must be between 0 minutes and 30 days.</source>
        <translation>La espera antes de elegir la ganadora debe estar entre 0 minutos y 30 días.</translation>
    </message>
    <message>
        <source>Not every variant&apos;s account reports the %1; pick another measure.</source>
        <translation>No todas las cuentas de las variantes informan de la %1; elija otra medida.</translation>
    </message>
    <message>
        <source>Variant %1 needs a %2 template.</source>
        <translation>La variante %1 necesita una plantilla de %2.</translation>
    </message>
    <message>
        <source>Variant %1 needs an account that sends %2.</source>
        <translation>La variante %1 necesita una cuenta que envíe %2.</translation>
    </message>
    <message>
        <source>Variant %1: %2</source>
        <translation>Variante %1: %2</translation>
    </message>
    <message>
        <source>Variant %1: only an email has a subject.</source>
        <translation>Variante %1: solo un correo tiene asunto.</translation>
    </message>
    <message>
        <source>Variant %1 is the same as another: change its template, subject, sender or account.</source>
        <translation>La variante %1 es igual que otra: cambie su plantilla, asunto, remitente o cuenta.</translation>
    </message>
    <message>
        <source>That campaign no longer exists.</source>
        <translation>Esa campaña ya no existe.</translation>
    </message>
    <message>
        <source>“%1” has started; its A/B test can no longer be changed.</source>
        <translation>«%1» ya empezó; su prueba A/B ya no se puede cambiar.</translation>
    </message>
    <message>
        <source>Sending “%1”</source>
        <translation>Enviando «%1»</translation>
    </message>
    <message>
        <source>“%1” waits for its A/B test until %2; pick the winner to send it to the rest now.</source>
        <translation>«%1» espera a su prueba A/B hasta el %2; elija la ganadora para enviarla al resto ahora.</translation>
    </message>
    <message>
        <source>“%1” has no A/B test.</source>
        <translation>«%1» no tiene prueba A/B.</translation>
    </message>
    <message>
        <source>The A/B test of “%1” has not started: send the campaign first.</source>
        <translation>La prueba A/B de «%1» no ha empezado: envíe primero la campaña.</translation>
    </message>
    <message>
        <source>The winner of “%1” was chosen already: %2.</source>
        <translation>La ganadora de «%1» ya se eligió: %2.</translation>
    </message>
    <message>
        <source>“%1” has no variant %2; its variants are %3.</source>
        <translation>«%1» no tiene variante %2; sus variantes son %3.</translation>
    </message>
    <message>
        <source>Sending the winner of “%1”</source>
        <translation>Enviando la ganadora de «%1»</translation>
    </message>
    <message>
        <source>Sending the A/B test of “%1”</source>
        <translation>Enviando la prueba A/B de «%1»</translation>
    </message>
    <message>
        <source>recipients</source>
        <translation>destinatarios</translation>
    </message>
    <message>
        <source>The A/B test of “%1” cannot start: %2</source>
        <translation>La prueba A/B de «%1» no puede empezar: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be sent yet: %2</source>
        <translation>«%1» aún no se puede enviar: %2</translation>
    </message>
    <message numerus="yes">
        <source>“%1” reaches %n contact(s): too few for a test of %2% each. Send it without the test, or to a larger audience.</source>
        <translation>
            <numerusform>«%1» llega a %n contacto: muy pocos para una prueba del %2% cada una. Envíela sin la prueba o a una audiencia mayor.</numerusform>
            <numerusform>«%1» llega a %n contactos: muy pocos para una prueba del %2% cada una. Envíela sin la prueba o a una audiencia mayor.</numerusform>
        </translation>
    </message>
    <message>
        <source>The A/B test of “%1” was started elsewhere.</source>
        <translation>La prueba A/B de «%1» se inició en otro lugar.</translation>
    </message>
    <message>
        <source>The A/B test of “%1” went to %2 contacts a variant (%3 variants); the winner by %4 goes to the other %5 at %6.</source>
        <translation>La prueba A/B de «%1» fue a %2 contactos por variante (%3 variantes); la ganadora por %4 va a los otros %5 el %6.</translation>
    </message>
    <message>
        <source>The winner of “%1” was chosen elsewhere.</source>
        <translation>La ganadora de «%1» se eligió en otro lugar.</translation>
    </message>
    <message>
        <source>picked by hand</source>
        <translation>elegida a mano</translation>
    </message>
    <message>
        <source>no variant had a %1 to compare, so A</source>
        <translation>ninguna variante tenía %1 que comparar, así que A</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>por %1</translation>
    </message>
    <message>
        <source>Variant %1 of “%2” won (%3) and went to the rest.</source>
        <translation>La variante %1 de «%2» ganó (%3) y fue al resto.</translation>
    </message>
    <message>
        <source>Variant %1: its template has versions in other languages, each with its own subject; test another template instead of a subject.</source>
        <translation>Variante %1: su plantilla tiene versiones en otros idiomas, cada una con su asunto; pruebe otra plantilla en vez de un asunto.</translation>
    </message>
    <message>
        <source>“%1”: a variant is still going out; the winner is picked at %2.</source>
        <translation>«%1»: una variante aún se está enviando; la ganadora se elige el %2.</translation>
    </message>
    <message>
        <source>Its A/B test runs: it cannot change until the winner is chosen (pick it to send it now), or cancel the campaign.</source>
        <translation>Su prueba A/B está en curso: no puede cambiar hasta que se elija la ganadora (elíjala para enviarla ya) o cancele la campaña.</translation>
    </message>
</context>
<context>
    <name>cm::ExperimentStore</name>
    <message>
        <source>save the A/B test</source>
        <translation>guardar la prueba A/B</translation>
    </message>
    <message>
        <source>The A/B test has started; it can no longer be changed.</source>
        <translation>La prueba A/B ya empezó; ya no se puede cambiar.</translation>
    </message>
    <message>
        <source>remove the A/B test</source>
        <translation>quitar la prueba A/B</translation>
    </message>
    <message>
        <source>The A/B test has started; it can no longer be removed.</source>
        <translation>La prueba A/B ya empezó; ya no se puede quitar.</translation>
    </message>
    <message>
        <source>start the A/B test</source>
        <translation>empezar la prueba A/B</translation>
    </message>
    <message>
        <source>The A/B test has started already.</source>
        <translation>La prueba A/B ya ha empezado.</translation>
    </message>
    <message>
        <source>record the A/B test&apos;s winner</source>
        <translation>registrar la ganadora de la prueba A/B</translation>
    </message>
    <message>
        <source>The A/B test is not waiting for a winner: it has not started, or its winner was chosen.</source>
        <translation>La prueba A/B no espera ganadora: no ha empezado o ya se eligió.</translation>
    </message>
</context>
<context>
    <name>cm::FallbackSecretStore</name>
    <message>
        <source>No system keychain is available (%1). Passwords and API keys are kept in memory until you quit, and you will be asked for them again next time.</source>
        <translation>No hay ningún llavero del sistema disponible (%1). Las contraseñas y claves de API se guardan en memoria hasta que salga, y se le volverán a pedir la próxima vez.</translation>
    </message>
</context>
<context>
    <name>cm::Flow</name>
    <message>
        <source>The provider kept answering with more pages after %1 of them; the list was not read.</source>
        <translation>El proveedor siguió respondiendo con más páginas después de %1; no se leyó la lista.</translation>
    </message>
    <message>
        <source>The provider answered page %1 with the page before it again; the list was not read.</source>
        <translation>El proveedor respondió a la página %1 otra vez con la página anterior; no se leyó la lista.</translation>
    </message>
</context>
<context>
    <name>cm::FreshMailProvider</name>
    <message>
        <source>FreshMail refused the API key or its signature: check the key and the secret under Settings → API in FreshMail.</source>
        <translation>FreshMail rechazó la clave de la API o su firma: revise la clave y el secreto en Ajustes → API de FreshMail.</translation>
    </message>
    <message>
        <source>The SMS has no text (error 1102).</source>
        <translation>El SMS no tiene texto (error 1102).</translation>
    </message>
    <message>
        <source>FreshMail sends at most %1 characters in 3 parts for this text (it has %2); shorten it.</source>
        <translation>FreshMail envía como mucho %1 caracteres en 3 partes para este texto (tiene %2); acórtelo.</translation>
    </message>
    <message>
        <source>FreshMail: email campaigns to subscriber lists, sent at once or at a time, with delivery, bounce, open, click and unsubscribe counts; test copies and SMS, one message at a time. Its block list can be written, not read.</source>
        <translation>FreshMail: campañas de correo a listas de suscriptores, enviadas al momento o a una hora, con recuentos de entregas, rebotes, aperturas, clics y bajas; copias de prueba y SMS, de uno en uno. Su lista de bloqueo se puede escribir, no leer.</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>Dirección de la API</translation>
    </message>
    <message>
        <source>Leave empty for https://api.freshmail.com.</source>
        <translation>Déjelo vacío para https://api.freshmail.com.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de la API</translation>
    </message>
    <message>
        <source>The 32-character key under Settings → API in FreshMail.</source>
        <translation>La clave de 32 caracteres en Ajustes → API de FreshMail.</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation>Secreto de la API</translation>
    </message>
    <message>
        <source>The 40-character secret shown with the key; it signs every request and never leaves this computer.</source>
        <translation>El secreto de 40 caracteres que se muestra con la clave; firma cada petición y nunca sale de este equipo.</translation>
    </message>
    <message>
        <source>The API key and secret work: FreshMail answered the signed ping.</source>
        <translation>La clave y el secreto funcionan: FreshMail respondió al ping firmado.</translation>
    </message>
    <message>
        <source>FreshMail documents no unsubscribe link of its own: set the account&apos;s unsubscribe_url setting to the page {{unsubscribe_url}} should open.</source>
        <translation>FreshMail no documenta un enlace de baja propio: ponga en el ajuste unsubscribe_url de la cuenta la página que debe abrir {{unsubscribe_url}}.</translation>
    </message>
    <message>
        <source>FreshMail takes 9-digit Polish numbers or 11 digits with the country code (error 1101).</source>
        <translation>FreshMail admite números polacos de 9 dígitos u 11 dígitos con el prefijo del país (error 1101).</translation>
    </message>
    <message>
        <source>%1 (Campaign Manager, %2)</source>
        <translation>%1 (Campaign Manager, %2)</translation>
    </message>
    <message>
        <source>Recipients of “%1”.</source>
        <translation>Destinatarios de “%1”.</translation>
    </message>
    <message>
        <source>FreshMail gave no list hash.</source>
        <translation>FreshMail no devolvió el hash de la lista.</translation>
    </message>
    <message>
        <source>FreshMail gave no campaign hash.</source>
        <translation>FreshMail no devolvió el hash de la campaña.</translation>
    </message>
    <message>
        <source>change a subscription outside a list</source>
        <translation>cambiar una suscripción fuera de una lista</translation>
    </message>
    <message>
        <source>say which emails it has</source>
        <translation>decir qué correos tiene</translation>
    </message>
</context>
<context>
    <name>cm::FunnelChart</name>
    <message>
        <source>Delivery and engagement funnel</source>
        <translation>Embudo de entrega e interacción</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
</context>
<context>
    <name>cm::GroupModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
</context>
<context>
    <name>cm::GroupStore</name>
    <message>
        <source>create the group “%1”</source>
        <translation>crear el grupo «%1»</translation>
    </message>
    <message>
        <source>rename the group to “%1”</source>
        <translation>cambiar el nombre del grupo a «%1»</translation>
    </message>
    <message>
        <source>delete the group</source>
        <translation>eliminar el grupo</translation>
    </message>
    <message>
        <source>add contacts to the group</source>
        <translation>añadir contactos al grupo</translation>
    </message>
    <message>
        <source>save the group</source>
        <translation>guardar el grupo</translation>
    </message>
    <message>
        <source>save the contact</source>
        <translation>guardar el contacto</translation>
    </message>
    <message>
        <source>add the contact</source>
        <translation>añadir el contacto</translation>
    </message>
    <message>
        <source>The group already has a contact with %1. Edit that contact instead.</source>
        <translation>El grupo ya tiene un contacto con %1. Edite ese contacto.</translation>
    </message>
    <message>
        <source>delete the contacts</source>
        <translation>borrar los contactos</translation>
    </message>
    <message>
        <source>move the contacts</source>
        <translation>mover los contactos</translation>
    </message>
    <message>
        <source>copy the contacts</source>
        <translation>copiar los contactos</translation>
    </message>
    <message>
        <source>merge the groups</source>
        <translation>fusionar los grupos</translation>
    </message>
    <message>
        <source>A group cannot be merged into itself. Choose another group.</source>
        <translation>Un grupo no se puede fusionar consigo mismo. Elija otro grupo.</translation>
    </message>
    <message>
        <source>A group named “%1” exists already. Choose another name.</source>
        <translation>Ya existe un grupo llamado «%1». Elija otro nombre.</translation>
    </message>
</context>
<context>
    <name>cm::GroupSyncService</name>
    <message>
        <source>“%1” pulled from “%2”: %3 new, %4 already here.</source>
        <translation>«%1» traído de «%2»: %3 nuevos, %4 ya estaban aquí.</translation>
    </message>
    <message>
        <source>Cancelled. What was sent before stays at the provider.</source>
        <translation>Cancelado. Lo que ya se envió se queda en el proveedor.</translation>
    </message>
    <message>
        <source>“%1” has no group named “%2”. Push the group there first, or choose another account.</source>
        <translation>«%1» no tiene ningún grupo llamado «%2». Envíe antes el grupo allí, o elija otra cuenta.</translation>
    </message>
    <message>
        <source>“%1” pushed to “%2”: %3 of %4 contacts accepted.</source>
        <translation>«%1» enviado a «%2»: se aceptaron %3 de %4 contactos.</translation>
    </message>
    <message>
        <source>That account no longer exists.</source>
        <translation>Esa cuenta ya no existe.</translation>
    </message>
    <message>
        <source>“%1” uses a provider this version does not know.</source>
        <translation>«%1» usa un proveedor que esta versión no conoce.</translation>
    </message>
    <message>
        <source>%1 cannot keep contact groups in step, so “%2” cannot be used for this.</source>
        <translation>%1 no puede mantener grupos de contactos sincronizados, así que «%2» no sirve para esto.</translation>
    </message>
    <message>
        <source>Pushing “%1” to “%2”</source>
        <translation>Enviando «%1» a «%2»</translation>
    </message>
    <message>
        <source>That group no longer exists.</source>
        <translation>Ese grupo ya no existe.</translation>
    </message>
    <message>
        <source>Pulling “%1” from “%2”</source>
        <translation>Trayendo «%1» de «%2»</translation>
    </message>
    <message>
        <source>Reading the groups at the provider</source>
        <translation>Leyendo los grupos del proveedor</translation>
    </message>
    <message>
        <source>Creating the group “%1”</source>
        <translation>Creando el grupo «%1»</translation>
    </message>
    <message>
        <source>Group “%1” created here and at “%2”.</source>
        <translation>Grupo «%1» creado aquí y en «%2».</translation>
    </message>
    <message>
        <source>%1 keeps no opt-out list, so “%2” has none to sync.</source>
        <translation>%1 no tiene lista de bajas, así que «%2» no tiene nada que sincronizar.</translation>
    </message>
    <message>
        <source>Syncing the suppression list with “%1”</source>
        <translation>Sincronizando la lista de supresión con «%1»</translation>
    </message>
    <message>
        <source>opt-out list of %1</source>
        <translation>lista de bajas de %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new from %1&apos;s opt-out list</source>
        <translation>
            <numerusform>%n nueva de la lista de bajas de %1</numerusform>
            <numerusform>%n nuevas de la lista de bajas de %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent to %1.</source>
        <translation>
            <numerusform>%n enviada a %1.</numerusform>
            <numerusform>%n enviadas a %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: </source>
        <translation>Detenido: </translation>
    </message>
    <message numerus="yes">
        <source>%n new from %1&apos;s opt-out list; it takes none from here.</source>
        <translation>
            <numerusform>%n nueva de la lista de bajas de %1; no acepta ninguna desde aquí.</numerusform>
            <numerusform>%n nuevas de la lista de bajas de %1; no acepta ninguna desde aquí.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 keeps no templates, so “%2” has none to exchange.</source>
        <translation>%1 no guarda plantillas, así que «%2» no tiene ninguna que intercambiar.</translation>
    </message>
    <message>
        <source>Sending the template “%1” to “%2”</source>
        <translation>Enviando la plantilla «%1» a «%2»</translation>
    </message>
    <message>
        <source>Only email templates can be kept at a provider: they are HTML there.</source>
        <translation>En un proveedor solo se pueden guardar plantillas de correo: allí son HTML.</translation>
    </message>
    <message>
        <source>That template no longer exists.</source>
        <translation>Esa plantilla ya no existe.</translation>
    </message>
    <message>
        <source>“%1” replaced template %2 of “%3”.</source>
        <translation>«%1» reemplazó la plantilla %2 de «%3».</translation>
    </message>
    <message>
        <source>“%1” is now template %2 of “%3”.</source>
        <translation>«%1» es ahora la plantilla %2 de «%3».</translation>
    </message>
    <message>
        <source>Bringing in the templates of “%1”</source>
        <translation>Trayendo las plantillas de «%1»</translation>
    </message>
    <message numerus="yes">
        <source>From “%1”: %n template(s) added</source>
        <translation>
            <numerusform>De «%1»: %n plantilla añadida</numerusform>
            <numerusform>De «%1»: %n plantillas añadidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated.</source>
        <translation>
            <numerusform>%n actualizada.</numerusform>
            <numerusform>%n actualizadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped after %n template(s).</source>
        <translation>
            <numerusform>Detenido tras %n plantilla.</numerusform>
            <numerusform>Detenido tras %n plantillas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the email addresses of “%1”</source>
        <translation>Comprobando las direcciones de correo de «%1»</translation>
    </message>
    <message>
        <source>“%1” has no email addresses to check.</source>
        <translation>«%1» no tiene direcciones de correo que comprobar.</translation>
    </message>
    <message>
        <source>Stopped waiting; the check goes on at %1 (job %2).</source>
        <translation>Se dejó de esperar; la comprobación sigue en %1 (trabajo %2).</translation>
    </message>
    <message>
        <source>%1 could not check the addresses (job %2).</source>
        <translation>%1 no pudo comprobar las direcciones (trabajo %2).</translation>
    </message>
    <message>
        <source>email check by %1</source>
        <translation>comprobación de correo de %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 checked %n address(es)</source>
        <translation>
            <numerusform>%1 comprobó %n dirección</numerusform>
            <numerusform>%1 comprobó %n direcciones</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 deliverable, %2 risky (%3 blocks those), %4 undeliverable (now on the suppression list); it cost %5.</source>
        <translation>%1 entregables, %2 arriesgadas (%3 las bloquea), %4 no entregables (ahora en la lista de supresión); costó %5.</translation>
    </message>
    <message>
        <source>Reading the templates at the provider</source>
        <translation>Leyendo las plantillas del proveedor</translation>
    </message>
    <message>
        <source>Reading the template&apos;s preview at the provider</source>
        <translation>Leyendo la vista previa de la plantilla en el proveedor</translation>
    </message>
    <message>
        <source>Renaming “%1” at “%2”</source>
        <translation>Cambiando el nombre de «%1» en «%2»</translation>
    </message>
    <message>
        <source>The group is called “%1” at “%2” too.</source>
        <translation>El grupo también se llama «%1» en «%2».</translation>
    </message>
    <message>
        <source>Deleting “%1” at “%2”</source>
        <translation>Borrando “%1” en “%2”</translation>
    </message>
    <message>
        <source>“%1” was deleted at “%2” and here.</source>
        <translation>“%1” se borró en “%2” y aquí.</translation>
    </message>
    <message>
        <source>%1 does not check email addresses; choose an account of %2.</source>
        <translation>%1 no comprueba direcciones de correo; elija una cuenta de %2.</translation>
    </message>
</context>
<context>
    <name>cm::GroupsPane</name>
    <message>
        <source>Contacts of the group</source>
        <translation>Contactos del grupo</translation>
    </message>
    <message>
        <source>Contact groups</source>
        <translation>Grupos de contactos</translation>
    </message>
    <message>
        <source>No groups yet.
Create one (Ctrl+N), then import contacts into it from a CSV file.</source>
        <translation>Aún no hay grupos.
Cree uno (Ctrl+N) y después importe contactos desde un archivo CSV.</translation>
    </message>
    <message>
        <source>New group…</source>
        <translation>Nuevo grupo…</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Nuevo grupo</translation>
    </message>
    <message>
        <source>Name of the new group:</source>
        <translation>Nombre del nuevo grupo:</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Cambiar nombre…</translation>
    </message>
    <message>
        <source>Rename group</source>
        <translation>Cambiar nombre del grupo</translation>
    </message>
    <message>
        <source>New name of “%1”:</source>
        <translation>Nuevo nombre de «%1»:</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contacto</numerusform>
            <numerusform>%n contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>created %1</source>
        <translation>creado el %1</translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation>Un grupo necesita un nombre.</translation>
    </message>
    <message>
        <source>A group named “%1” exists already. Choose another name.</source>
        <translation>Ya existe un grupo llamado «%1». Elija otro nombre.</translation>
    </message>
    <message>
        <source>Group “%1” created.</source>
        <translation>Grupo «%1» creado.</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Eliminar grupo</translation>
    </message>
    <message numerus="yes">
        <source>Delete the group “%1” and its %n contact(s)? Campaigns already sent keep their recipients.</source>
        <translation>
            <numerusform>¿Eliminar el grupo «%1» y su %n contacto? Las campañas ya enviadas conservan sus destinatarios.</numerusform>
            <numerusform>¿Eliminar el grupo «%1» y sus %n contactos? Las campañas ya enviadas conservan sus destinatarios.</numerusform>
        </translation>
    </message>
    <message>
        <source>Group “%1” deleted.</source>
        <translation>Grupo «%1» eliminado.</translation>
    </message>
    <message>
        <source>Push to account…</source>
        <translation>Enviar a una cuenta…</translation>
    </message>
    <message>
        <source>Pull from account…</source>
        <translation>Traer de una cuenta…</translation>
    </message>
    <message>
        <source>Linked to group %1 at “%2”, last synced %3</source>
        <translation>Vinculado al grupo %1 de «%2», sincronizado por última vez el %3</translation>
    </message>
    <message>
        <source>Push to account</source>
        <translation>Enviar a una cuenta</translation>
    </message>
    <message>
        <source>Pull from account</source>
        <translation>Traer de una cuenta</translation>
    </message>
    <message>
        <source>Send the contacts of “%1” to:</source>
        <translation>Enviar los contactos de «%1» a:</translation>
    </message>
    <message>
        <source>Bring the contacts of “%1” from:</source>
        <translation>Traer los contactos de «%1» desde:</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Exportar contactos</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV para Excel (*.csv)</translation>
    </message>
    <message>
        <source>Import finished: %1</source>
        <translation>Importación terminada: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more line(s) (campaignctl contacts import --json lists them all).</source>
        <translation>
            <numerusform>… y %n línea más (campaignctl contacts import --json las lista todas).</numerusform>
            <numerusform>… y %n líneas más (campaignctl contacts import --json las lista todas).</numerusform>
        </translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Deshacer importación</translation>
    </message>
    <message>
        <source>Merge into…</source>
        <translation>Fusionar en…</translation>
    </message>
    <message>
        <source>Merge groups</source>
        <translation>Fusionar grupos</translation>
    </message>
    <message>
        <source>Move the contacts of “%1” into:</source>
        <translation>Mover los contactos de «%1» a:</translation>
    </message>
    <message>
        <source>Suppression list…</source>
        <translation>Lista de exclusión…</translation>
    </message>
    <message>
        <source>Search contacts: name, email, phone, city…</source>
        <translation>Buscar contactos: nombre, correo, teléfono, ciudad…</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Buscar contactos</translation>
    </message>
    <message>
        <source>Every word must start a word of the name, email address, phone number (with its country code) or city. Accents do not matter.</source>
        <translation>Cada palabra debe iniciar una palabra del nombre, el correo, el teléfono (con prefijo de país) o la ciudad. Los acentos no importan.</translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation>Nuevo contacto…</translation>
    </message>
    <message>
        <source>Edit contact…</source>
        <translation>Editar contacto…</translation>
    </message>
    <message>
        <source>Delete contacts…</source>
        <translation>Borrar contactos…</translation>
    </message>
    <message>
        <source>Copy to group…</source>
        <translation>Copiar al grupo…</translation>
    </message>
    <message>
        <source>Copy contacts</source>
        <translation>Copiar contactos</translation>
    </message>
    <message numerus="yes">
        <source>Copy %n contact(s) to:</source>
        <translation>
            <numerusform>Copiar %n contacto a:</numerusform>
            <numerusform>Copiar %n contactos a:</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to group…</source>
        <translation>Mover al grupo…</translation>
    </message>
    <message>
        <source>Move contacts</source>
        <translation>Mover contactos</translation>
    </message>
    <message numerus="yes">
        <source>Move %n contact(s) to:</source>
        <translation>
            <numerusform>Mover %n contacto a:</numerusform>
            <numerusform>Mover %n contactos a:</numerusform>
        </translation>
    </message>
    <message>
        <source>Add to suppression list (opted out)</source>
        <translation>Añadir a la lista de exclusión (baja)</translation>
    </message>
    <message>
        <source>Export selected…</source>
        <translation>Exportar la selección…</translation>
    </message>
    <message>
        <source>selected-contacts.csv</source>
        <translation>contactos-seleccionados.csv</translation>
    </message>
    <message>
        <source>Export the contacts shown…</source>
        <translation>Exportar los contactos mostrados…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Sorting…</source>
        <translation>Ordenando…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>%1 of %2 match</source>
        <translation>%1 de %2 coinciden</translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation>Contacto guardado.</translation>
    </message>
    <message>
        <source>Contact added.</source>
        <translation>Contacto añadido.</translation>
    </message>
    <message>
        <source>Delete contacts</source>
        <translation>Borrar contactos</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n contact(s) from this group? Campaigns already sent keep their recipients.</source>
        <translation>
            <numerusform>¿Borrar %n contacto de este grupo? Las campañas ya enviadas conservan sus destinatarios.</numerusform>
            <numerusform>¿Borrar %n contactos de este grupo? Las campañas ya enviadas conservan sus destinatarios.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) deleted.</source>
        <translation>
            <numerusform>%n contacto borrado.</numerusform>
            <numerusform>%n contactos borrados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) moved to “%1”.</source>
        <translation>
            <numerusform>%n contacto movido a «%1».</numerusform>
            <numerusform>%n contactos movidos a «%1».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) copied to “%1”.</source>
        <translation>
            <numerusform>%n contacto copiado a «%1».</numerusform>
            <numerusform>%n contactos copiados a «%1».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) left out: “%1” has their email address or phone number already.</source>
        <translation>
            <numerusform>%n contacto quedó fuera: «%1» ya tiene su correo o teléfono.</numerusform>
            <numerusform>%n contactos quedaron fuera: «%1» ya tiene su correo o teléfono.</numerusform>
        </translation>
    </message>
    <message>
        <source>contacts of “%1”</source>
        <translation>contactos de «%1»</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) added to the suppression list; no campaign will reach them.</source>
        <translation>
            <numerusform>%n dirección añadida a la lista de exclusión; ninguna campaña le llegará.</numerusform>
            <numerusform>%n direcciones añadidas a la lista de exclusión; ninguna campaña les llegará.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show list</source>
        <translation>Mostrar la lista</translation>
    </message>
    <message>
        <source>There is no other group. Create one first (Ctrl+N).</source>
        <translation>No hay otro grupo. Cree uno primero (Ctrl+N).</translation>
    </message>
    <message numerus="yes">
        <source>Move the %n contact(s) of “%1” into “%2” and delete “%1”? Where both groups have a contact with the same email address or phone number, the one in “%2” is kept.</source>
        <translation>
            <numerusform>¿Mover el %n contacto de «%1» a «%2» y borrar «%1»? Si ambos grupos tienen un contacto con el mismo correo o teléfono, se conserva el de «%2».</numerusform>
            <numerusform>¿Mover los %n contactos de «%1» a «%2» y borrar «%1»? Si ambos grupos tienen un contacto con el mismo correo o teléfono, se conserva el de «%2».</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message numerus="yes">
        <source>“%1” merged into “%2”: %n contact(s) moved, %3 already there.</source>
        <translation>
            <numerusform>«%1» fusionado en «%2»: %n contacto movido, %3 ya estaban.</numerusform>
            <numerusform>«%1» fusionado en «%2»: %n contactos movidos, %3 ya estaban.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Guardar informe…</translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation>Guardar el informe de importación</translation>
    </message>
    <message>
        <source>import-report.csv</source>
        <translation>informe-importacion.csv</translation>
    </message>
    <message>
        <source>Import report saved to “%1”.</source>
        <translation>Informe de importación guardado en «%1».</translation>
    </message>
    <message>
        <source>Check email addresses…</source>
        <translation>Comprobar direcciones de correo…</translation>
    </message>
    <message>
        <source>Check email addresses</source>
        <translation>Comprobar direcciones de correo</translation>
    </message>
    <message>
        <source>Have this account check the addresses of “%1” (it charges for it):</source>
        <translation>Que esta cuenta compruebe las direcciones de «%1» (lo cobra):</translation>
    </message>
    <message>
        <source>“%1” is linked to a group at “%2”. Delete that group at %3 too? Its contacts there may stay in the account.</source>
        <translation>“%1” está enlazado a un grupo de “%2”. ¿Borrar también ese grupo en %3? Sus contactos pueden seguir en la cuenta.</translation>
    </message>
    <message>
        <source>Delete there too</source>
        <translation>Borrar también allí</translation>
    </message>
    <message>
        <source>No account checks email addresses. %1 accounts do; add one in Accounts.</source>
        <translation>Ninguna cuenta comprueba direcciones de correo. Las cuentas de %1 sí; añada una en Cuentas.</translation>
    </message>
    <message>
        <source>No account can take contact groups. Add an account whose provider keeps groups, such as %1, in Accounts.</source>
        <translation>Ninguna cuenta admite grupos de contactos. Añada en Cuentas una cuenta cuyo proveedor guarde grupos, como %1.</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Contact files (*.csv *.txt *.xlsx);;CSV files (*.csv *.txt);;Excel workbooks (*.xlsx);;All files (*)</source>
        <translation>Archivos de contactos (*.csv *.txt *.xlsx);;Archivos CSV (*.csv *.txt);;Libros de Excel (*.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Segments…</source>
        <translation>Segmentos…</translation>
    </message>
</context>
<context>
    <name>cm::HttpClient</name>
    <message>
        <source>“%1” is not a web address.</source>
        <translation>«%1» no es una dirección web.</translation>
    </message>
    <message>
        <source>“%1” is not an https address; plain http is allowed only for this computer.</source>
        <translation>«%1» no es una dirección https; http sin cifrar solo se admite para este ordenador.</translation>
    </message>
</context>
<context>
    <name>cm::HttpJob</name>
    <message numerus="yes">
        <source>No answer within %n second(s).</source>
        <translation>
            <numerusform>Sin respuesta en %n segundo.</numerusform>
            <numerusform>Sin respuesta en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer in time; the provider may have received the request. Check at the provider before sending again.</source>
        <translation>No hubo respuesta a tiempo; es posible que el proveedor haya recibido la solicitud. Compruébelo en el proveedor antes de volver a enviar.</translation>
    </message>
    <message>
        <source>The secure connection failed: %1. Check the base URL; the provider&apos;s certificate must be valid.</source>
        <translation>La conexión segura falló: %1. Compruebe la URL base; el certificado del proveedor debe ser válido.</translation>
    </message>
    <message>
        <source>The provider redirected the request to %1, which is not followed: check the account&apos;s base URL.</source>
        <translation>El proveedor redirigió la solicitud a %1, y la redirección no se sigue: compruebe la URL base de la cuenta.</translation>
    </message>
    <message>
        <source>The provider answered with a redirect to %1, which is not followed; it may have received the request. Check the account&apos;s base URL and check at the provider before sending again.</source>
        <translation>El proveedor respondió con una redirección a %1, que no se sigue; es posible que haya recibido la solicitud. Compruebe la URL base de la cuenta y compruébelo en el proveedor antes de volver a enviar.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer was larger than %1 MB and was cut off.</source>
        <translation>La respuesta del proveedor superaba los %1 MB y se cortó.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer was cut off: %1.</source>
        <translation>La respuesta del proveedor llegó cortada: %1.</translation>
    </message>
    <message>
        <source>The provider&apos;s answer was cut off; it may have received the request. Check at the provider before sending again.</source>
        <translation>La respuesta del proveedor llegó cortada; es posible que haya recibido la solicitud. Compruébelo en el proveedor antes de volver a enviar.</translation>
    </message>
</context>
<context>
    <name>cm::ImportDialog</name>
    <message>
        <source>&amp;Skip them</source>
        <translation>&amp;Omitirlos</translation>
    </message>
    <message>
        <source>Import “%1”</source>
        <translation>Importar «%1»</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Detectar</translation>
    </message>
    <message>
        <source>Comma ,</source>
        <translation>Coma ,</translation>
    </message>
    <message>
        <source>Semicolon ;</source>
        <translation>Punto y coma ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>Pipe |</source>
        <translation>Barra vertical |</translation>
    </message>
    <message>
        <source>Numbers written without a country code, such as 0532 612 48 37, are read as this country&apos;s.</source>
        <translation>Los números escritos sin prefijo de país, como 0532 612 48 37, se leen como de este país.</translation>
    </message>
    <message>
        <source>Preview and the field of each column</source>
        <translation>Vista previa y el campo de cada columna</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificación:</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Separador:</translation>
    </message>
    <message>
        <source>Contacts the group has already:</source>
        <translation>Contactos que el grupo ya tiene:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Choose what each column holds; the first rows are shown.</source>
        <translation>Elija qué contiene cada columna; se muestran las primeras filas.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2.</source>
        <translation>No se puede leer «%1»: %2.</translation>
    </message>
    <message>
        <source>Detect (%1)</source>
        <translation>Detectar (%1)</translation>
    </message>
    <message>
        <source>Detect (tab)</source>
        <translation>Detectar (tabulador)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Custom field “%1”</source>
        <translation>Campo propio «%1»</translation>
    </message>
    <message>
        <source>Ignore this column</source>
        <translation>Ignorar esta columna</translation>
    </message>
    <message>
        <source>Field of column “%1”</source>
        <translation>Campo de la columna «%1»</translation>
    </message>
    <message>
        <source>Choose the column with the email addresses or the phone numbers.</source>
        <translation>Elija la columna con los correos o los teléfonos.</translation>
    </message>
    <message>
        <source>&amp;First row names the columns</source>
        <translation>La &amp;primera fila nombra las columnas</translation>
    </message>
    <message>
        <source>Detected: a first row with an email address or a phone number in it holds a contact. Without column names, the columns are numbered.</source>
        <translation>Se detecta: una primera fila con una dirección de correo o un número de teléfono contiene un contacto. Sin nombres de columna, las columnas se numeran.</translation>
    </message>
    <message>
        <source>S&amp;kip the first line (a title)</source>
        <translation>O&amp;mitir la primera línea (un título)</translation>
    </message>
    <message>
        <source>&amp;Update them with the file&apos;s values (opt-outs and blocks stay as they are)</source>
        <translation>&amp;Actualizarlos con los valores del archivo (las bajas y los bloqueos no cambian)</translation>
    </message>
    <message>
        <source>Empty cells &amp;clear fields</source>
        <translation>Las celdas vacías &amp;borran campos</translation>
    </message>
    <message>
        <source>Without it, an update writes only the cells that hold something: an empty cell leaves the contact&apos;s value as it is. Columns the file does not have are never touched.</source>
        <translation>Sin ella, una actualización solo escribe las celdas que tienen algo: una celda vacía deja el valor del contacto como está. Las columnas que el archivo no tiene nunca se tocan.</translation>
    </message>
    <message>
        <source>S&amp;heet:</source>
        <translation>&amp;Hoja:</translation>
    </message>
    <message>
        <source>Phone numbers &amp;from:</source>
        <translation>Teléfonos &amp;de:</translation>
    </message>
    <message>
        <source>Detected: a first line with a single cell above a line of several is a title, such as “Customer list, November”.</source>
        <translation>Detectado: una primera línea de una sola celda sobre una línea de varias es un título, como “Lista de clientes, noviembre”.</translation>
    </message>
    <message>
        <source>S&amp;kip the first line (a title): “%1”</source>
        <translation>O&amp;mitir la primera línea (un título): “%1”</translation>
    </message>
</context>
<context>
    <name>cm::ImportStore</name>
    <message>
        <source>start the import</source>
        <translation>iniciar la importación</translation>
    </message>
    <message>
        <source>import the contacts</source>
        <translation>importar los contactos</translation>
    </message>
    <message>
        <source>finish the import</source>
        <translation>terminar la importación</translation>
    </message>
    <message>
        <source>undo an interrupted import</source>
        <translation>deshacer una importación interrumpida</translation>
    </message>
    <message>
        <source>There is no import %1.</source>
        <translation>No existe la importación %1.</translation>
    </message>
    <message>
        <source>undo the import</source>
        <translation>deshacer la importación</translation>
    </message>
    <message>
        <source>Import %1 is not one that can be undone (it is %2).</source>
        <translation>La importación %1 no se puede deshacer (está %2).</translation>
    </message>
</context>
<context>
    <name>cm::JobStatusWidget</name>
    <message>
        <source>Cancel this job</source>
        <translation>Cancelar este trabajo</translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>Cancelar trabajo</translation>
    </message>
    <message numerus="yes">
        <source> (+%n more)</source>
        <translation>
            <numerusform> (+%n más)</numerusform>
            <numerusform> (+%n más)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of about %2 %3</source>
        <translation>%1 de unas %2 %3</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 a second</source>
        <translation>%1 por segundo</translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>queda unos %n s</numerusform>
            <numerusform>quedan unos %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>queda unos %n min</numerusform>
            <numerusform>quedan unos %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cm::KeychainSecretStore</name>
    <message>
        <source>the system keychain</source>
        <translation>el llavero del sistema</translation>
    </message>
    <message>
        <source>The system keychain did not answer (it may be locked and waiting for a password prompt).</source>
        <translation>El llavero del sistema no respondió (puede estar bloqueado y esperando una contraseña).</translation>
    </message>
    <message>
        <source>The system keychain is locked.</source>
        <translation>El llavero del sistema está bloqueado.</translation>
    </message>
</context>
<context>
    <name>cm::MainWindow</name>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Campaign Manager</source>
        <translation>Campaign Manager</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Espacio de trabajo: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About Campaign Manager</source>
        <translation>&amp;Acerca de Campaign Manager</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apariencia</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <source>&amp;Workspace settings…</source>
        <translation>&amp;Ajustes del espacio de trabajo…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>This is a demo workspace: its account is the Sandbox, which sends nothing, and its contacts and campaigns are made up. Try anything here.</source>
        <translation>Este es un espacio de trabajo de demostración: su cuenta es el Sandbox, que no envía nada, y sus contactos y campañas son inventados. Pruebe lo que quiera.</translation>
    </message>
    <message>
        <source>Start with my own accounts</source>
        <translation>Empezar con mis propias cuentas</translation>
    </message>
    <message>
        <source>Campaign Manager starts again on a new, empty workspace (%1), where you add your own accounts and contacts. The demo workspace stays as it is.</source>
        <translation>Campaign Manager se reinicia en un espacio de trabajo nuevo y vacío (%1), donde añade sus propias cuentas y contactos. El de demostración se queda como está.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Campaign Manager could not be started again on %1.</source>
        <translation>No se pudo reiniciar Campaign Manager en %1.</translation>
    </message>
    <message>
        <source>Open the &amp;demo workspace</source>
        <translation>Abrir el espacio de trabajo de &amp;demostración</translation>
    </message>
    <message>
        <source>Start with my &amp;own accounts…</source>
        <translation>Empezar con mis &amp;propias cuentas…</translation>
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
        <translation>la memoria de esta sesión</translation>
    </message>
</context>
<context>
    <name>cm::MessageBanner</name>
    <message>
        <source>Close this message</source>
        <translation>Cerrar este mensaje</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Cerrar mensaje</translation>
    </message>
</context>
<context>
    <name>cm::Nrs360Provider</name>
    <message>
        <source>This computer&apos;s IP address is not on the account&apos;s allow list: add it in 360nrs under APIs, then try again.</source>
        <translation>La dirección IP de este equipo no está en la lista permitida de la cuenta: añádala en 360nrs en APIs y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The account has not enough credit: top it up in 360nrs.</source>
        <translation>La cuenta no tiene saldo suficiente: recárguela en 360nrs.</translation>
    </message>
    <message>
        <source>call of %1 s</source>
        <translation>llamada de %1 s</translation>
    </message>
    <message>
        <source>permanent</source>
        <translation>permanente</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>Your dashboard&apos;s API address, such as https://dashboard.360nrs.com/api/rest.</source>
        <translation>La dirección de la API de su panel, como https://dashboard.360nrs.com/api/rest.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>The user name you sign in to 360nrs with.</source>
        <translation>El nombre de usuario con el que entra en 360nrs.</translation>
    </message>
    <message>
        <source>API password</source>
        <translation>Contraseña de API</translation>
    </message>
    <message>
        <source>Not the sign-in password: set it in 360nrs under APIs → Change API password.</source>
        <translation>No es la contraseña de acceso: fíjela en 360nrs en APIs → Cambiar contraseña de API.</translation>
    </message>
    <message>
        <source>The user name and API password work from this computer&apos;s IP address.</source>
        <translation>El nombre de usuario y la contraseña de API funcionan desde la dirección IP de este equipo.</translation>
    </message>
    <message>
        <source>360nrs lists no sending %1.</source>
        <translation>360nrs no tiene el envío %1.</translation>
    </message>
    <message>
        <source>360nrs holds no scheduled messages of sending %1.</source>
        <translation>360nrs no guarda mensajes programados del envío %1.</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codificación</translation>
    </message>
    <message>
        <source>Automatic uses GSM unless the text needs Unicode; the Portuguese table fits ç, ã and õ in GSM.</source>
        <translation>Automática usa GSM salvo que el texto necesite Unicode; la tabla portuguesa cabe ç, ã y õ en GSM.</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automática</translation>
    </message>
    <message>
        <source>GSM</source>
        <translation>GSM</translation>
    </message>
    <message>
        <source>GSM Portuguese</source>
        <translation>GSM portugués</translation>
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
        <translation>Se muestra al instante en la pantalla; algunos teléfonos no lo guardan.</translation>
    </message>
    <message>
        <source>Expires after (hours)</source>
        <translation>Caduca tras (horas)</translation>
    </message>
    <message>
        <source>Track opens</source>
        <translation>Seguir aperturas</translation>
    </message>
    <message>
        <source>A tracking pixel tells who opened the email.</source>
        <translation>Un píxel de seguimiento indica quién abrió el correo.</translation>
    </message>
    <message>
        <source>Track clicks</source>
        <translation>Seguir clics</translation>
    </message>
    <message>
        <source>Links go through 360nrs, which counts who clicked.</source>
        <translation>Los enlaces pasan por 360nrs, que cuenta quién hizo clic.</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>Certificado</translation>
    </message>
    <message>
        <source>360nrs issues a certificate of delivery for each message, at an extra cost.</source>
        <translation>360nrs emite un certificado de entrega por mensaje, con coste adicional.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Comma-separated; they filter the statistics in the 360nrs dashboard.</source>
        <translation>Separadas por comas; filtran las estadísticas en el panel de 360nrs.</translation>
    </message>
    <message>
        <source>360nrs: SMS, email, voice calls (read aloud or an audio file), SMS with a landing page and WhatsApp templates, with campaign statistics, opens, clicks and a report of every event; scheduled sends that can be moved or cancelled; WhatsApp conversations; groups, contacts and a blacklist. The API answers only from the IP addresses registered in 360nrs.</source>
        <translation>360nrs: SMS, correo, llamadas de voz (texto leído o archivo de audio), SMS con página de destino y plantillas de WhatsApp, con estadísticas de campaña, aperturas, clics y un informe de cada evento; envíos programados que se pueden mover o cancelar; conversaciones de WhatsApp; grupos, contactos y lista negra. La API solo responde desde las direcciones IP registradas en 360nrs.</translation>
    </message>
    <message>
        <source>Landing page</source>
        <translation>Página de destino</translation>
    </message>
    <message>
        <source>Voice language</source>
        <translation>Idioma de la voz</translation>
    </message>
    <message>
        <source>The language the text is read in; Mandarin, Arabic and Hindi have a female voice only.</source>
        <translation>El idioma en que se lee el texto; mandarín, árabe e hindi solo tienen voz femenina.</translation>
    </message>
    <message>
        <source>English (United Kingdom)</source>
        <translation>Inglés (Reino Unido)</translation>
    </message>
    <message>
        <source>English (United States)</source>
        <translation>Inglés (Estados Unidos)</translation>
    </message>
    <message>
        <source>Spanish (Spain)</source>
        <translation>Español (España)</translation>
    </message>
    <message>
        <source>Spanish (Latin America)</source>
        <translation>Español (Latinoamérica)</translation>
    </message>
    <message>
        <source>Portuguese (Portugal)</source>
        <translation>Portugués (Portugal)</translation>
    </message>
    <message>
        <source>Portuguese (Brazil)</source>
        <translation>Portugués (Brasil)</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Alemán</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <source>Mandarin Chinese</source>
        <translation>Chino mandarín</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Árabe</translation>
    </message>
    <message>
        <source>Hindi</source>
        <translation>Hindi</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>Voz</translation>
    </message>
    <message>
        <source>A female or a male voice reads the text.</source>
        <translation>Una voz femenina o masculina lee el texto.</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femenina</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculina</translation>
    </message>
    <message>
        <source>Audio file</source>
        <translation>Archivo de audio</translation>
    </message>
    <message>
        <source>Caller numbers</source>
        <translation>Números de llamada</translation>
    </message>
    <message>
        <source>The number calls come from, by country, such as ES=612345678, PT=698765432; other countries get the account&apos;s default caller. 360nrs support sets them up.</source>
        <translation>El número desde el que llegan las llamadas, por país, p. ej. ES=612345678, PT=698765432; los demás países usan el número predeterminado de la cuenta. Los configura el soporte de 360nrs.</translation>
    </message>
    <message>
        <source>Call again if unanswered</source>
        <translation>Volver a llamar si no contesta</translation>
    </message>
    <message>
        <source>How many more times an unanswered call is tried, up to 5; set an expiry so that retries do not come at night.</source>
        <translation>Cuántas veces más se intenta una llamada no contestada, hasta 5; fije una caducidad para que los reintentos no lleguen de noche.</translation>
    </message>
    <message>
        <source>Hang up on answering machines</source>
        <translation>Colgar si contesta un contestador</translation>
    </message>
    <message>
        <source>360nrs detects an answering machine and ends the call instead of leaving the message.</source>
        <translation>360nrs detecta un contestador y termina la llamada en lugar de dejar el mensaje.</translation>
    </message>
    <message>
        <source>Not delivered (or called) after this many hours from the send; 0: the network&apos;s default.</source>
        <translation>No se entrega (ni se llama) pasadas estas horas desde el envío; 0: lo predeterminado de la red.</translation>
    </message>
    <message>
        <source>WhatsApp template id</source>
        <translation>Id. de la plantilla de WhatsApp</translation>
    </message>
    <message>
        <source>Automatic answer</source>
        <translation>Respuesta automática</translation>
    </message>
    <message>
        <source>What WhatsApp answers by itself to a recipient&apos;s first reply; empty: nothing.</source>
        <translation>Lo que WhatsApp responde por sí solo a la primera respuesta de un destinatario; vacío: nada.</translation>
    </message>
    <message>
        <source>The 360nrs template the link opens, as v2:ID or v1:ID (Templates ▸ Preview at account… lists them; Send to account… puts one of yours there). The link goes where the text has {LAND_URL}, or at its end.</source>
        <translation>La plantilla de 360nrs que abre el enlace, como v2:ID o v1:ID (Plantillas ▸ Vista previa en la cuenta… las lista; Enviar a la cuenta… pone allí una de las suyas). El enlace va donde el texto tiene {LAND_URL}, o al final.</translation>
    </message>
    <message>
        <source>The id of a WhatsApp template approved in 360nrs (the API cannot list them). Each line of the message fills one of its body variables, in order; lines starting header:, button:, reply: or location: (latitude, longitude, name, address) fill those. The campaign&apos;s sender is the WhatsApp number registered in 360nrs.</source>
        <translation>El id. de una plantilla de WhatsApp aprobada en 360nrs (la API no puede listarlas). Cada línea del mensaje rellena una de sus variables del cuerpo, en orden; las líneas que empiezan por header:, button:, reply: o location: (latitud, longitud, nombre, dirección) rellenan esos campos. El remitente de la campaña es el número de WhatsApp registrado en 360nrs.</translation>
    </message>
    <message>
        <source>The public web address (https://…) of the MP3 or WAV file the call plays; empty: the call reads the text aloud.</source>
        <translation>La dirección web pública (https://…) del archivo MP3 o WAV que reproduce la llamada; vacío: la llamada lee el texto en voz alta.</translation>
    </message>
</context>
<context>
    <name>cm::OutboxProvider</name>
    <message>
        <source>Outbox (outbox.rest), Türkiye: SMS, MMS and email with per-recipient status. No balance and no cancel of scheduled API sends.</source>
        <translation>Outbox (outbox.rest), Turquía: SMS, MMS y correo con estado por destinatario. Sin saldo y sin cancelación de envíos programados por la API.</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>URL base</translation>
    </message>
    <message>
        <source>Leave empty for https://outbox.rest. Change it only for a test server.</source>
        <translation>Déjelo vacío para usar https://outbox.rest. Cámbielo solo para un servidor de pruebas.</translation>
    </message>
    <message>
        <source>Auth key</source>
        <translation>Clave de autenticación (Auth key)</translation>
    </message>
    <message>
        <source>The API token from the Outbox panel (Settings → API), such as xxxxx-xxxxx-xxxxx-…</source>
        <translation>El token de API del panel de Outbox (Ajustes → API), como xxxxx-xxxxx-xxxxx-…</translation>
    </message>
    <message numerus="yes">
        <source>The auth key works; the account has %n group(s).</source>
        <translation>
            <numerusform>La clave funciona; la cuenta tiene %n grupo.</numerusform>
            <numerusform>La clave funciona; la cuenta tiene %n grupos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Outbox&apos;s answer does not list this recipient, so it may have been sent or not. Check at Outbox before sending to it again.</source>
        <translation>La respuesta de Outbox no incluye a este destinatario, así que puede que se le haya enviado o no. Compruébelo en Outbox antes de volver a enviárselo.</translation>
    </message>
</context>
<context>
    <name>cm::OverviewPane</name>
    <message>
        <source>Open the campaign and resolve its unknown recipients.</source>
        <translation>Abra la campaña y resuelva sus destinatarios desconocidos.</translation>
    </message>
    <message>
        <source>Open the report and refresh it again.</source>
        <translation>Abra el informe y vuelva a actualizarlo.</translation>
    </message>
    <message>
        <source>Open the account, then edit it or test its connection.</source>
        <translation>Abra la cuenta y edítela o pruebe su conexión.</translation>
    </message>
    <message>
        <source>Connection works (tested %1)</source>
        <translation>La conexión funciona (probada %1)</translation>
    </message>
    <message>
        <source>Connection test failed (%1): %2</source>
        <translation>La prueba de conexión falló (%1): %2</translation>
    </message>
    <message>
        <source>Balance: %1</source>
        <translation>Saldo: %1</translation>
    </message>
    <message>
        <source>Reading the report…</source>
        <translation>Leyendo el informe…</translation>
    </message>
    <message>
        <source>No report yet</source>
        <translation>Aún no hay informe</translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n enviado</numerusform>
            <numerusform>%n enviados</numerusform>
        </translation>
    </message>
    <message>
        <source>delivered %1</source>
        <translation>entregados %1</translation>
    </message>
    <message>
        <source>opened %1</source>
        <translation>abiertos %1</translation>
    </message>
    <message>
        <source>clicked %1</source>
        <translation>clics %1</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Programada</translation>
    </message>
    <message>
        <source>Recent campaign</source>
        <translation>Campaña reciente</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Nothing here yet.
Add an account (Accounts) and contacts (Groups), then write a template and a campaign: the overview then shows what is scheduled, how recent campaigns did and what needs attention.</source>
        <translation>Aún no hay nada aquí.
Añada una cuenta (Cuentas) y contactos (Grupos), luego escriba una plantilla y una campaña: el resumen mostrará lo programado, cómo fueron las campañas recientes y lo que requiere atención.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n cuenta</numerusform>
            <numerusform>%n cuentas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s) scheduled in the next %1 days</source>
        <translation>
            <numerusform>%n campaña programada en los próximos %1 días</numerusform>
            <numerusform>%n campañas programadas en los próximos %1 días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) need attention</source>
        <translation>
            <numerusform>%n elemento requiere atención</numerusform>
            <numerusform>%n elementos requieren atención</numerusform>
        </translation>
    </message>
    <message>
        <source>Open in Accounts</source>
        <translation>Abrir en Cuentas</translation>
    </message>
    <message>
        <source>Open in Reports</source>
        <translation>Abrir en Informes</translation>
    </message>
    <message>
        <source>Open in Campaigns</source>
        <translation>Abrir en Campañas</translation>
    </message>
    <message>
        <source>Not tested yet</source>
        <translation>Aún no se ha probado</translation>
    </message>
    <message>
        <source>Turned away for its rate limit at the last try</source>
        <translation>Rechazada por su límite de frecuencia en el último intento</translation>
    </message>
</context>
<context>
    <name>cm::OverviewService</name>
    <message numerus="yes">
        <source>“%1”: %n recipient(s) may or may not have been sent. Check with the provider or resolve them.</source>
        <translation>
            <numerusform>“%1”: %n destinatario puede haberse enviado o no. Compruébelo con el proveedor o resuélvalo.</numerusform>
            <numerusform>“%1”: %n destinatarios pueden haberse enviado o no. Compruébelo con el proveedor o resuélvalos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The report of “%1” could not be refreshed: %2</source>
        <translation>No se pudo actualizar el informe de “%1”: %2</translation>
    </message>
    <message numerus="yes">
        <source>Series “%1”: %n message(s) may or may not have been sent. Check with the provider or resolve them.</source>
        <translation>
            <numerusform>Serie «%1»: %n mensaje puede haberse enviado o no. Consulte al proveedor o resuélvalo.</numerusform>
            <numerusform>Serie «%1»: %n mensajes pueden haberse enviado o no. Consulte al proveedor o resuélvalos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cm::Pane</name>
    <message>
        <source>Filter…</source>
        <translation>Filtrar…</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>Filtrar la lista</translation>
    </message>
</context>
<context>
    <name>cm::PriceTable</name>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Price per part</source>
        <translation>Precio por parte</translation>
    </message>
    <message>
        <source>Prices per SMS part by country</source>
        <translation>Precios por parte de SMS por país</translation>
    </message>
    <message>
        <source>A country by its name or code (Türkiye, TR), and the price of one SMS part there. The empty last row adds one.</source>
        <translation>Un país por su nombre o código (Türkiye, TR) y el precio de una parte de SMS allí. La última fila vacía añade otra.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Price per part in any other country</source>
        <translation>Precio por parte en cualquier otro país</translation>
    </message>
    <message>
        <source>Currency of the prices</source>
        <translation>Moneda de los precios</translation>
    </message>
    <message>
        <source>Any other country:</source>
        <translation>Cualquier otro país:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Moneda:</translation>
    </message>
    <message>
        <source>Prices, row %1: “%2” is not a country; write its name or its code, such as Türkiye or TR.</source>
        <translation>Precios, fila %1: “%2” no es un país; escriba su nombre o su código, como Türkiye o TR.</translation>
    </message>
    <message>
        <source>Prices, row %1: “%2” is not a price; write a number such as 0.05.</source>
        <translation>Precios, fila %1: “%2” no es un precio; escriba un número como 0.05.</translation>
    </message>
    <message>
        <source>The price for any other country, “%1”, is not a number; write one such as 0.05.</source>
        <translation>El precio para cualquier otro país, “%1”, no es un número; escriba uno como 0.05.</translation>
    </message>
    <message>
        <source>The currency “%1” is not a currency code; write three letters, such as EUR or TRY.</source>
        <translation>La moneda “%1” no es un código de moneda; escriba tres letras, como EUR o TRY.</translation>
    </message>
</context>
<context>
    <name>cm::Provider</name>
    <message>
        <source>list groups</source>
        <translation>listar grupos</translation>
    </message>
    <message>
        <source>create groups</source>
        <translation>crear grupos</translation>
    </message>
    <message>
        <source>upload contacts</source>
        <translation>subir contactos</translation>
    </message>
    <message>
        <source>download contacts</source>
        <translation>descargar contactos</translation>
    </message>
    <message>
        <source>cancel a scheduled send</source>
        <translation>cancelar un envío programado</translation>
    </message>
    <message>
        <source>report per-recipient status</source>
        <translation>informar del estado por destinatario</translation>
    </message>
    <message>
        <source>report campaign statistics</source>
        <translation>informar de estadísticas de campaña</translation>
    </message>
    <message>
        <source>list opt-outs</source>
        <translation>listar bajas</translation>
    </message>
    <message>
        <source>block or unsubscribe a contact</source>
        <translation>bloquear o dar de baja un contacto</translation>
    </message>
    <message>
        <source>export a campaign&apos;s events</source>
        <translation>exportar los eventos de una campaña</translation>
    </message>
    <message>
        <source>reschedule messages</source>
        <translation>reprogramar mensajes</translation>
    </message>
    <message>
        <source>keep templates</source>
        <translation>guardar plantillas</translation>
    </message>
    <message>
        <source>validate email addresses</source>
        <translation>validar direcciones de correo</translation>
    </message>
    <message>
        <source>rename a group</source>
        <translation>cambiar el nombre de un grupo</translation>
    </message>
    <message>
        <source>test an email for spam</source>
        <translation>probar si un correo parece spam</translation>
    </message>
    <message>
        <source>delete groups</source>
        <translation>borrar grupos</translation>
    </message>
    <message>
        <source>list WhatsApp conversations</source>
        <translation>listar las conversaciones de WhatsApp</translation>
    </message>
    <message>
        <source>read a WhatsApp conversation</source>
        <translation>leer una conversación de WhatsApp</translation>
    </message>
    <message>
        <source>answer in a WhatsApp conversation</source>
        <translation>responder en una conversación de WhatsApp</translation>
    </message>
    <message>
        <source>say which messages it has</source>
        <translation>decir qué mensajes tiene</translation>
    </message>
</context>
<context>
    <name>cm::ProviderError</name>
    <message>
        <source> The provider said: “%1”.</source>
        <translation> El proveedor dijo: «%1».</translation>
    </message>
    <message>
        <source> The provider said: “%1” (%2).</source>
        <translation> El proveedor dijo: «%1» (%2).</translation>
    </message>
    <message>
        <source>“%1” was refused: the credentials are wrong or expired. Edit the account and enter them again.</source>
        <translation>«%1» fue rechazada: las credenciales son incorrectas o han caducado. Edite la cuenta y vuelva a introducirlas.</translation>
    </message>
    <message>
        <source>“%1” did not accept the request. Correct what it names and try again.</source>
        <translation>«%1» no aceptó la solicitud. Corrija lo que indica e inténtelo de nuevo.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is receiving too many requests; try again in %n second(s).</source>
        <translation>
            <numerusform>«%1» está recibiendo demasiadas solicitudes; inténtelo de nuevo dentro de %n segundo.</numerusform>
            <numerusform>«%1» está recibiendo demasiadas solicitudes; inténtelo de nuevo dentro de %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is receiving too many requests; try again in a minute.</source>
        <translation>«%1» está recibiendo demasiadas solicitudes; inténtelo de nuevo dentro de un minuto.</translation>
    </message>
    <message>
        <source>“%1” could not be reached or had a temporary problem. Check the connection and try again.</source>
        <translation>No se pudo contactar con «%1» o tuvo un problema temporal. Compruebe la conexión e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>“%1” refused the request.</source>
        <translation>«%1» rechazó la solicitud.</translation>
    </message>
    <message>
        <source>The provider of “%1” cannot do this: %2.</source>
        <translation>El proveedor de «%1» no puede hacer esto: %2.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Nothing was sent: %1</source>
        <translation>No se envió nada: %1</translation>
    </message>
</context>
<context>
    <name>cm::ProviderInfo</name>
    <message>
        <source>Group sync</source>
        <translation>Sincronizar grupos</translation>
    </message>
    <message>
        <source>Create groups</source>
        <translation>Crear grupos</translation>
    </message>
    <message>
        <source>Upload contacts</source>
        <translation>Subir contactos</translation>
    </message>
    <message>
        <source>Download contacts</source>
        <translation>Descargar contactos</translation>
    </message>
    <message>
        <source>Remote templates</source>
        <translation>Plantillas remotas</translation>
    </message>
    <message>
        <source>Scheduling at the provider</source>
        <translation>Programación en el proveedor</translation>
    </message>
    <message>
        <source>Cancel scheduled sends</source>
        <translation>Cancelar envíos programados</translation>
    </message>
    <message>
        <source>Per-recipient status</source>
        <translation>Estado por destinatario</translation>
    </message>
    <message>
        <source>Campaign statistics</source>
        <translation>Estadísticas de campaña</translation>
    </message>
    <message>
        <source>Opt-out list</source>
        <translation>Lista de bajas</translation>
    </message>
    <message>
        <source>Test sends</source>
        <translation>Envíos de prueba</translation>
    </message>
    <message>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Event export</source>
        <translation>Exportación de eventos</translation>
    </message>
    <message>
        <source>Email validation</source>
        <translation>Validación de correo</translation>
    </message>
    <message>
        <source>%1 takes no campaign options.</source>
        <translation>%1 no admite opciones de campaña.</translation>
    </message>
    <message>
        <source>%1 has no option “%2”; it has: %3.</source>
        <translation>%1 no tiene la opción «%2»; tiene: %3.</translation>
    </message>
    <message>
        <source>“%1” takes a whole number from %2 to %3.</source>
        <translation>«%1» lleva un número entero de %2 a %3.</translation>
    </message>
    <message>
        <source>“%1” takes one of: %2.</source>
        <translation>«%1» lleva uno de: %2.</translation>
    </message>
    <message>
        <source>“%1” takes true or false.</source>
        <translation>«%1» lleva true o false.</translation>
    </message>
    <message>
        <source>Rename groups</source>
        <translation>Cambiar nombre de grupos</translation>
    </message>
    <message>
        <source>Spam test</source>
        <translation>Prueba de spam</translation>
    </message>
    <message>
        <source>Delete groups</source>
        <translation>Borrar grupos</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin indicar</translation>
    </message>
    <message>
        <source>“%1” applies only with %2 %3.</source>
        <translation>«%1» solo se aplica con %2 %3.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> o </translation>
    </message>
    <message>
        <source>“%1” is not valid here. %2</source>
        <translation>«%1» no es válido aquí. %2</translation>
    </message>
    <message>
        <source>%1 needs “%2” (%3) here.</source>
        <translation>%1 necesita aquí «%2» (%3).</translation>
    </message>
    <message>
        <source>WhatsApp conversations</source>
        <translation>Conversaciones de WhatsApp</translation>
    </message>
    <message>
        <source>the text is %1 characters long; %2 takes at most %3 for a %4. Shorten the template.</source>
        <translation>el texto tiene %1 caracteres; %2 admite como máximo %3 (%4). Acorte la plantilla.</translation>
    </message>
    <message>
        <source>the text is empty.</source>
        <translation>el texto está vacío.</translation>
    </message>
    <message>
        <source>Sends: %1</source>
        <translation>Envía: %1</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audiencia</translation>
    </message>
    <message>
        <source>Scheduling</source>
        <translation>Programación</translation>
    </message>
    <message>
        <source>Move scheduled sends</source>
        <translation>Mover envíos programados</translation>
    </message>
    <message>
        <source>Sending windows</source>
        <translation>Franjas de envío</translation>
    </message>
    <message>
        <source>Reporting</source>
        <translation>Informes</translation>
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
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last event</source>
        <translation>Último evento</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Provider id</source>
        <translation>ID del proveedor</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
</context>
<context>
    <name>cm::ReportFiles</name>
    <message>
        <source>“%1” cannot be written: %2.</source>
        <translation>No se puede escribir «%1»: %2.</translation>
    </message>
    <message>
        <source>The report cannot be read: %1.</source>
        <translation>No se puede leer el informe: %1.</translation>
    </message>
</context>
<context>
    <name>cm::ReportService</name>
    <message>
        <source>%1 does not report delivery for campaigns.</source>
        <translation>%1 no informa de la entrega de campañas.</translation>
    </message>
    <message>
        <source>Refresh cancelled; the report keeps what was fetched.</source>
        <translation>Actualización cancelada; el informe conserva lo que se obtuvo.</translation>
    </message>
    <message numerus="yes">
        <source>Report of “%1” refreshed: %n new event(s).</source>
        <translation>
            <numerusform>Informe de «%1» actualizado: %n evento nuevo.</numerusform>
            <numerusform>Informe de «%1» actualizado: %n eventos nuevos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refreshing the report of “%1”</source>
        <translation>Actualizando el informe de «%1»</translation>
    </message>
    <message>
        <source>Refreshing a report</source>
        <translation>Actualizando un informe</translation>
    </message>
    <message>
        <source>“%1” has no account: choose one in the campaign first.</source>
        <translation>«%1» no tiene cuenta: elija una en la campaña primero.</translation>
    </message>
    <message>
        <source>That campaign no longer exists.</source>
        <translation>Esa campaña ya no existe.</translation>
    </message>
    <message>
        <source>“%1” uses a provider this version does not know.</source>
        <translation>«%1» usa un proveedor que esta versión no conoce.</translation>
    </message>
    <message>
        <source>%1 gave no campaign id for these sends, so it cannot report on them. %2</source>
        <translation>%1 no dio un identificador de campaña para estos envíos, así que no puede informar sobre ellos. %2</translation>
    </message>
</context>
<context>
    <name>cm::ReportsPane</name>
    <message>
        <source>All recipients</source>
        <translation>Todos los destinatarios</translation>
    </message>
    <message>
        <source>Recipients and their status</source>
        <translation>Destinatarios y su estado</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>actualizado el %1</translation>
    </message>
    <message>
        <source>No report yet. Refresh (F5) to ask the provider what happened.</source>
        <translation>Aún no hay informe. Actualice (F5) para preguntar al proveedor qué pasó.</translation>
    </message>
    <message>
        <source>No report yet: this campaign has not been sent.</source>
        <translation>Aún no hay informe: esta campaña no se ha enviado.</translation>
    </message>
    <message>
        <source>the provider</source>
        <translation>el proveedor</translation>
    </message>
    <message>
        <source>Not reported by %1</source>
        <translation>%1 no lo informa</translation>
    </message>
    <message>
        <source>Cost: not reported by %1</source>
        <translation>Coste: %1 no lo informa</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Cost: %1</source>
        <translation>Coste: %1</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exportar el informe</translation>
    </message>
    <message>
        <source>%1 report.csv</source>
        <translation>informe %1.csv</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV para Excel (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) written to “%1”.</source>
        <translation>
            <numerusform>%n destinatario escrito en «%1».</numerusform>
            <numerusform>%n destinatarios escritos en «%1».</numerusform>
        </translation>
    </message>
    <message>
        <source>Who: %1</source>
        <translation>Quién: %1</translation>
    </message>
    <message>
        <source>Show recipients by state or by what they did</source>
        <translation>Mostrar destinatarios por estado o por lo que hicieron</translation>
    </message>
    <message>
        <source>New group from these…</source>
        <translation>Nuevo grupo con estos…</translation>
    </message>
    <message>
        <source>New group from these recipients</source>
        <translation>Nuevo grupo con estos destinatarios</translation>
    </message>
    <message>
        <source>A new contact group with the contacts the table shows (%1):</source>
        <translation>Un nuevo grupo de contactos con los contactos que muestra la tabla (%1):</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No contact in the workspace matches this filter.</source>
        <translation>Ningún contacto del espacio de trabajo coincide con este filtro.</translation>
    </message>
    <message>
        <source>A group needs a name.</source>
        <translation>Un grupo necesita un nombre.</translation>
    </message>
    <message numerus="yes">
        <source>Group “%1” made with %n contact(s); send them a follow-up from Campaigns.</source>
        <translation>
            <numerusform>Grupo «%1» creado con %n contacto; envíele un seguimiento desde Campañas.</numerusform>
            <numerusform>Grupo «%1» creado con %n contactos; envíeles un seguimiento desde Campañas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compare…</source>
        <translation>Comparar…</translation>
    </message>
    <message>
        <source>Compare the selected campaigns (Ctrl+M); select several with Ctrl or Shift.</source>
        <translation>Compare las campañas seleccionadas (Ctrl+M); seleccione varias con Ctrl o Mayús.</translation>
    </message>
    <message>
        <source>PDF summary…</source>
        <translation>Resumen en PDF…</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Guardar el informe como PDF</translation>
    </message>
    <message>
        <source>%1 report.pdf</source>
        <translation>informe %1.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save chart…</source>
        <translation>Guardar gráfico…</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Guardar el gráfico</translation>
    </message>
    <message>
        <source>chart.png</source>
        <translation>grafico.png</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>Chart saved to “%1”.</source>
        <translation>Gráfico guardado en «%1».</translation>
    </message>
    <message>
        <source>“%1” cannot be written.</source>
        <translation>No se puede escribir «%1».</translation>
    </message>
    <message>
        <source>This campaign has no report yet: refresh it first.</source>
        <translation>Esta campaña aún no tiene informe: actualícelo primero.</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Informe: %1</translation>
    </message>
    <message>
        <source>report of %1</source>
        <translation>informe del %1</translation>
    </message>
    <message>
        <source>not reported by %1</source>
        <translation>%1 no lo informa</translation>
    </message>
    <message>
        <source>PDF summary saved to “%1”.</source>
        <translation>Resumen en PDF guardado en «%1».</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Embudo</translation>
    </message>
    <message>
        <source>Over time and links</source>
        <translation>En el tiempo y enlaces</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>No campaign has been sent yet.
Once one is, its delivery and engagement show here.</source>
        <translation>Aún no se ha enviado ninguna campaña.
Cuando se envíe una, aquí se verán su entrega y su interacción.</translation>
    </message>
    <message>
        <source>Refresh the selected report, or the list when it has the focus (%1)</source>
        <translation>Actualizar el informe seleccionado, o la lista cuando tiene el foco (%1)</translation>
    </message>
    <message>
        <source>The list of reports is up to date.</source>
        <translation>La lista de informes está al día.</translation>
    </message>
    <message>
        <source>Nothing to refresh: this campaign has no recipients yet.</source>
        <translation>Nada que actualizar: esta campaña aún no tiene destinatarios.</translation>
    </message>
    <message>
        <source>A/B test</source>
        <translation>Prueba A/B</translation>
    </message>
</context>
<context>
    <name>cm::RuleBuilder</name>
    <message>
        <source>Contacts matching all of these</source>
        <translation>Contactos que cumplen todas estas</translation>
    </message>
    <message>
        <source>Contacts matching any of these</source>
        <translation>Contactos que cumplen alguna de estas</translation>
    </message>
    <message>
        <source>How the conditions combine</source>
        <translation>Cómo se combinan las condiciones</translation>
    </message>
    <message>
        <source>Add &amp;condition</source>
        <translation>Añadir &amp;condición</translation>
    </message>
    <message>
        <source>Field or event</source>
        <translation>Campo o evento</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparación</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>value; for in: a, b, c</source>
        <translation>valor; para in: a, b, c</translation>
    </message>
    <message>
        <source>Group or campaign</source>
        <translation>Grupo o campaña</translation>
    </message>
    <message>
        <source>ever</source>
        <translation>alguna vez</translation>
    </message>
    <message>
        <source>in the last </source>
        <translation>en los últimos </translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>In the last days</source>
        <translation>En los últimos días</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Quitar esta condición</translation>
    </message>
    <message>
        <source>did</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>did not</source>
        <translation>no</translation>
    </message>
    <message>
        <source>is</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>no</translation>
    </message>
    <message>
        <source>any campaign</source>
        <translation>cualquier campaña</translation>
    </message>
    <message>
        <source>This rule uses brackets, not, mixes and with or, or names a group or campaign the lists do not have: edit it as text above, or start the rows again with Add condition.</source>
        <translation>Esta regla usa paréntesis o not, mezcla and con or, o nombra un grupo o campaña que las listas no tienen: edítela como texto arriba o empiece de nuevo las filas con Añadir condición.</translation>
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
        <translation>Simulador integrado: no envía nada; simula entregas, aperturas, clics, rebotes y bajas a lo largo del tiempo. Úselo para probar Campaign Manager y para ensayar una campaña.</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Any text. The sandbox refuses the key “invalid”, to show what a wrong key looks like.</source>
        <translation>Cualquier texto. El Sandbox rechaza la clave «invalid», para mostrar cómo se ve una clave incorrecta.</translation>
    </message>
    <message>
        <source>Sandbox account: nothing is sent; delivery and engagement are simulated.</source>
        <translation>Cuenta Sandbox: no se envía nada; la entrega y la interacción son simuladas.</translation>
    </message>
</context>
<context>
    <name>cm::SegmentRule</name>
    <message>
        <source>a condition, such as country = ES</source>
        <translation>una condición, como country = ES</translation>
    </message>
    <message>
        <source>and, or, or the end of the rule</source>
        <translation>and, or o el final de la regla</translation>
    </message>
    <message>
        <source>At %1: a text in quotes is not closed; add %2 at its end.</source>
        <translation>En %1: un texto entre comillas no está cerrado; añada %2 al final.</translation>
    </message>
    <message>
        <source>At %1: “%2” is not understood; compare with =, !=, &lt;, &gt;, contains, starts with, is empty or in (…).</source>
        <translation>En %1: “%2” no se entiende; compare con =, !=, &lt;, &gt;, contains, starts with, is empty o in (…).</translation>
    </message>
    <message>
        <source>the end of the rule</source>
        <translation>el final de la regla</translation>
    </message>
    <message>
        <source>At %1: expected %2, found %3.</source>
        <translation>En %1: se esperaba %2 y se encontró %3.</translation>
    </message>
    <message>
        <source>At %1: %2</source>
        <translation>En %1: %2</translation>
    </message>
    <message>
        <source>“)” to close the bracket</source>
        <translation>“)” para cerrar el paréntesis</translation>
    </message>
    <message>
        <source>a value after “%1” (a number, a word or a text in quotes)</source>
        <translation>un valor después de “%1” (un número, una palabra o un texto entre comillas)</translation>
    </message>
    <message>
        <source>a field, group, suppressed, or what contacts did (opened, clicked…)</source>
        <translation>un campo, group, suppressed o lo que hicieron los contactos (opened, clicked…)</translation>
    </message>
    <message>
        <source>“%1” is not a field name: use letters, digits and _, as in first_name.</source>
        <translation>“%1” no es un nombre de campo: use letras, cifras y _, como en first_name.</translation>
    </message>
    <message>
        <source>“empty” after “%1”</source>
        <translation>“empty” después de “%1”</translation>
    </message>
    <message>
        <source>=, !=, &lt;, &lt;=, &gt;, &gt;=, contains, starts with, in (…) or is empty after “%1”</source>
        <translation>=, !=, &lt;, &lt;=, &gt;, &gt;=, contains, starts with, in (…) o is empty después de “%1”</translation>
    </message>
    <message>
        <source>“(” and a list of values after “in”</source>
        <translation>“(” y una lista de valores después de “in”</translation>
    </message>
    <message>
        <source>“,” and another value, or “)” to end the list</source>
        <translation>“,” y otro valor, o “)” para terminar la lista</translation>
    </message>
    <message>
        <source>there is no group “%1”.</source>
        <translation>no hay ningún grupo “%1”.</translation>
    </message>
    <message>
        <source>there is no campaign “%1”.</source>
        <translation>no hay ninguna campaña “%1”.</translation>
    </message>
    <message>
        <source>a number of days after “in last”</source>
        <translation>un número de días después de “in last”</translation>
    </message>
    <message>
        <source>“days” after the number</source>
        <translation>“days” después del número</translation>
    </message>
    <message>
        <source>= or != and a group&apos;s name after “group”</source>
        <translation>= o != y el nombre de un grupo después de “group”</translation>
    </message>
</context>
<context>
    <name>cm::SegmentStore</name>
    <message>
        <source>A segment needs a name.</source>
        <translation>Un segmento necesita un nombre.</translation>
    </message>
    <message>
        <source>The rule of “%1” has a mistake. %2</source>
        <translation>La regla de “%1” tiene un error. %2</translation>
    </message>
    <message>
        <source>There is already a segment named “%1”; choose another name.</source>
        <translation>Ya hay un segmento llamado “%1”; elija otro nombre.</translation>
    </message>
    <message>
        <source>save the segment “%1”</source>
        <translation>guardar el segmento “%1”</translation>
    </message>
    <message>
        <source>There is no such segment.</source>
        <translation>No existe ese segmento.</translation>
    </message>
    <message>
        <source>“%1” is the audience of %2, not sent yet: change their audience first.</source>
        <translation>“%1” es la audiencia de %2, aún sin enviar: cambie primero su audiencia.</translation>
    </message>
    <message>
        <source>delete the segment “%1”</source>
        <translation>eliminar el segmento “%1”</translation>
    </message>
</context>
<context>
    <name>cm::SegmentsDialog</name>
    <message>
        <source>Segments</source>
        <translation>Segmentos</translation>
    </message>
    <message>
        <source>A segment is a rule over all your contacts, such as &lt;code&gt;country = ES and not opened &quot;March newsletter&quot;&lt;/code&gt;. Campaigns can be sent to it beside groups; it holds whoever matches when the send starts.</source>
        <translation>Un segmento es una regla sobre todos sus contactos, como &lt;code&gt;country = ES and not opened &quot;March newsletter&quot;&lt;/code&gt;. Las campañas pueden enviarse a él además de a grupos; incluye a quien cumpla la regla cuando empieza el envío.</translation>
    </message>
    <message>
        <source>Spanish customers</source>
        <translation>Clientes de España</translation>
    </message>
    <message>
        <source>country = ES and opened any campaign in last 90 days</source>
        <translation>country = ES and opened any campaign in last 90 days</translation>
    </message>
    <message>
        <source>Fields (email, phone, first_name, last_name, city, country, or a custom field) with =, !=, &lt;, &gt;, contains, starts with, in (…), is empty; group = NAME; suppressed; sent, delivered, opened, clicked, bounced, failed, unsubscribed &quot;Campaign&quot; or any campaign, in last N days; joined with and, or, not and brackets.</source>
        <translation>Campos (email, phone, first_name, last_name, city, country o un campo propio) con =, !=, &lt;, &gt;, contains, starts with, in (…), is empty; group = NOMBRE; suppressed; sent, delivered, opened, clicked, bounced, failed, unsubscribed &quot;Campaña&quot; o any campaign, in last N days; unidos con and, or, not y paréntesis.</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>The first contacts that match</source>
        <translation>Los primeros contactos que la cumplen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Rule:</source>
        <translation>&amp;Regla:</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>&amp;Copy into a new group</source>
        <translation>&amp;Copiar a un grupo nuevo</translation>
    </message>
    <message>
        <source>A group holding the contacts that match now, for a provider or to keep as they are.</source>
        <translation>Un grupo con los contactos que la cumplen ahora, para un proveedor o para conservarlos tal cual.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Write a rule to see who it holds.</source>
        <translation>Escriba una regla para ver a quién incluye.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>The contacts cannot be counted: %1</source>
        <translation>No se pueden contar los contactos: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) match now.</source>
        <translation>
            <numerusform>Ahora la cumple %n contacto.</numerusform>
            <numerusform>Ahora la cumplen %n contactos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n:</source>
        <translation>
            <numerusform>El primero:</numerusform>
            <numerusform>Los primeros %n:</numerusform>
        </translation>
    </message>
    <message>
        <source>Segment “%1” saved.</source>
        <translation>Segmento “%1” guardado.</translation>
    </message>
    <message>
        <source>Delete segment</source>
        <translation>Eliminar segmento</translation>
    </message>
    <message>
        <source>Delete the segment “%1”? Its contacts stay where they are.</source>
        <translation>¿Eliminar el segmento “%1”? Sus contactos se quedan donde están.</translation>
    </message>
    <message>
        <source>Segment “%1” deleted.</source>
        <translation>Segmento “%1” eliminado.</translation>
    </message>
    <message numerus="yes">
        <source>Group “%1” made with %n contact(s).</source>
        <translation>
            <numerusform>Grupo “%1” creado con %n contacto.</numerusform>
            <numerusform>Grupo “%1” creado con %n contactos.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>Export the segment</source>
        <translation>Exportar el segmento</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv);;Excel workbook (*.xlsx)</source>
        <translation>CSV para Excel (*.csv);;Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Conditions:</source>
        <translation>Condiciones:</translation>
    </message>
</context>
<context>
    <name>cm::SendLease</name>
    <message>
        <source>%1 on %2 (process %3), since %4, last seen %5</source>
        <translation>%1 en %2 (proceso %3), desde el %4, visto por última vez a las %5</translation>
    </message>
    <message>
        <source>another program</source>
        <translation>otro programa</translation>
    </message>
</context>
<context>
    <name>cm::SendParts</name>
    <message>
        <source>Its request got no clear answer, so it may have been sent: check at the provider before sending it again. %1</source>
        <translation>Su solicitud no obtuvo una respuesta clara, así que puede que se haya enviado: compruébelo en el proveedor antes de volver a enviarlo. %1</translation>
    </message>
    <message>
        <source>Not sent: an earlier request of the batch got no clear answer, so the rest were held back.</source>
        <translation>No enviado: una solicitud anterior del lote no obtuvo una respuesta clara, así que el resto se retuvo.</translation>
    </message>
    <message>
        <source>Not sent: the provider refused an earlier request of the batch. %1</source>
        <translation>No enviado: el proveedor rechazó una solicitud anterior del lote. %1</translation>
    </message>
    <message>
        <source>The send stopped while this was with the provider; it may have been sent.</source>
        <translation>El envío se detuvo mientras esto estaba en el proveedor; puede que se haya enviado.</translation>
    </message>
    <message>
        <source>Not sent: the send stopped before this request.</source>
        <translation>No enviado: el envío se detuvo antes de esta solicitud.</translation>
    </message>
</context>
<context>
    <name>cm::SeriesDialog</name>
    <message>
        <source>Joining the group</source>
        <translation>Al unirse al grupo</translation>
    </message>
    <message>
        <source>Matching the segment</source>
        <translation>Al cumplir el segmento</translation>
    </message>
    <message>
        <source>Not before</source>
        <translation>No antes de</translation>
    </message>
    <message>
        <source>Only contacts added after the series starts</source>
        <translation>Solo contactos añadidos después de iniciar la serie</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Edit series “%1”</source>
        <translation>Editar la serie «%1»</translation>
    </message>
    <message>
        <source>New series</source>
        <translation>Nueva serie</translation>
    </message>
    <message>
        <source>Welcome series</source>
        <translation>Serie de bienvenida</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Entry group</source>
        <translation>Grupo de entrada</translation>
    </message>
    <message>
        <source>Entry segment</source>
        <translation>Segmento de entrada</translation>
    </message>
    <message>
        <source>Otherwise the contacts already in the group (or matching the segment) enter too when the series starts.</source>
        <translation>Si no, los contactos que ya están en el grupo (o cumplen el segmento) también entran al iniciarse la serie.</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>My time zone (%1)</source>
        <translation>Mi zona horaria (%1)</translation>
    </message>
    <message>
        <source>The steps&apos; times of day and quiet hours are in this zone.</source>
        <translation>Las horas del día y las horas de silencio de los pasos están en esta zona.</translation>
    </message>
    <message>
        <source>Contacts enter from</source>
        <translation>Los contactos entran desde</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Add step…</source>
        <translation>Añadir paso…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Contacts enter:</source>
        <translation>Los contactos entran:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zona horaria:</translation>
    </message>
    <message>
        <source>“%1” has started: its steps can be edited and added, and steps nobody reached removed from the end. Contacts waiting for an edited step get the new version.</source>
        <translation>«%1» ya se inició: sus pasos se pueden editar y añadir, y los pasos a los que nadie llegó se pueden quitar del final. Los contactos que esperan un paso editado reciben la nueva versión.</translation>
    </message>
    <message>
        <source>That start time does not exist in the time zone.</source>
        <translation>Esa hora de inicio no existe en la zona horaria.</translation>
    </message>
    <message>
        <source>Change a running series</source>
        <translation>Cambiar una serie en marcha</translation>
    </message>
    <message>
        <source>Saving changes “%1” for the contacts in it:

%2</source>
        <translation>Guardar cambia «%1» para sus contactos:

%2</translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation>Guardar los cambios</translation>
    </message>
</context>
<context>
    <name>cm::SeriesFile</name>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>always</source>
        <translation>siempre</translation>
    </message>
    <message>
        <source>if the previous message was opened</source>
        <translation>si el mensaje anterior se abrió</translation>
    </message>
    <message>
        <source>if the previous message was not opened</source>
        <translation>si el mensaje anterior no se abrió</translation>
    </message>
    <message>
        <source>if a link of the previous message was clicked</source>
        <translation>si se hizo clic en un enlace del mensaje anterior</translation>
    </message>
    <message>
        <source>if no link of the previous message was clicked</source>
        <translation>si no se hizo clic en ningún enlace del mensaje anterior</translation>
    </message>
    <message>
        <source>if the previous message was delivered</source>
        <translation>si el mensaje anterior se entregó</translation>
    </message>
    <message>
        <source>if the previous message was not delivered</source>
        <translation>si el mensaje anterior no se entregó</translation>
    </message>
    <message>
        <source>if the previous message failed</source>
        <translation>si el mensaje anterior falló</translation>
    </message>
    <message>
        <source>if opened</source>
        <translation>si se abrió</translation>
    </message>
    <message>
        <source>if not opened</source>
        <translation>si no se abrió</translation>
    </message>
    <message>
        <source>if clicked</source>
        <translation>si hubo clic</translation>
    </message>
    <message>
        <source>if not clicked</source>
        <translation>si no hubo clic</translation>
    </message>
    <message>
        <source>if delivered</source>
        <translation>si se entregó</translation>
    </message>
    <message>
        <source>if not delivered</source>
        <translation>si no se entregó</translation>
    </message>
    <message>
        <source>if it failed</source>
        <translation>si falló</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En marcha</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenida</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Paso %1</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>en seguida</translation>
    </message>
    <message>
        <source>right after the previous step</source>
        <translation>justo después del paso anterior</translation>
    </message>
    <message>
        <source>%1 after entry</source>
        <translation>%1 después de la entrada</translation>
    </message>
    <message>
        <source>%1 after the previous step</source>
        <translation>%1 después del paso anterior</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>a las %1</translation>
    </message>
    <message>
        <source>not %1–%2</source>
        <translation>no de %1 a %2</translation>
    </message>
    <message>
        <source> (else leaves)</source>
        <translation> (si no, sale)</translation>
    </message>
    <message>
        <source> (else skipped)</source>
        <translation> (si no, se omite)</translation>
    </message>
    <message>
        <source>no time</source>
        <translation>nada de tiempo</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semana</numerusform>
            <numerusform>%n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>write “key: value” or “[step] NAME”, not “%1”.</source>
        <translation>escriba «clave: valor» o «[step] NOMBRE», no «%1».</translation>
    </message>
    <message>
        <source>write “entry: group NAME” or “entry: segment NAME”.</source>
        <translation>escriba «entry: group NOMBRE» o «entry: segment NOMBRE».</translation>
    </message>
    <message>
        <source>write “only-new: yes” or “only-new: no”.</source>
        <translation>escriba «only-new: yes» o «only-new: no».</translation>
    </message>
    <message>
        <source>“%1” is not a time zone; write one like Europe/Madrid.</source>
        <translation>«%1» no es una zona horaria; escriba una como Europe/Madrid.</translation>
    </message>
    <message>
        <source>“%1” is not a setting of a series; write entry, start, only-new or zone, then the steps, each from a “[step] NAME” line.</source>
        <translation>«%1» no es un ajuste de una serie; escriba entry, start, only-new o zone, y después los pasos, cada uno desde una línea «[step] NOMBRE».</translation>
    </message>
    <message>
        <source>“%1” is not a delay; write one like 0, 30m, 2h, 2d or 1w 2d, perhaps followed by “from entry”.</source>
        <translation>«%1» no es un retraso; escriba uno como 0, 30m, 2h, 2d o 1w 2d, quizá seguido de «from entry».</translation>
    </message>
    <message>
        <source>“%1” is not a time of day; write one like 09:30.</source>
        <translation>«%1» no es una hora del día; escriba una como 09:30.</translation>
    </message>
    <message>
        <source>“%1” are not quiet hours; write them like 21:00-08:00.</source>
        <translation>«%1» no son horas de silencio; escríbalas como 21:00-08:00.</translation>
    </message>
    <message>
        <source>“%1” is not a condition; write opened, not opened, clicked, not clicked, delivered, not delivered or failed.</source>
        <translation>«%1» no es una condición; escriba opened, not opened, clicked, not clicked, delivered, not delivered o failed.</translation>
    </message>
    <message>
        <source>write “otherwise: skip” or “otherwise: leave”.</source>
        <translation>escriba «otherwise: skip» u «otherwise: leave».</translation>
    </message>
    <message>
        <source>“%1” is not a setting of a step; write template, account, sender, after, at, quiet, if or otherwise.</source>
        <translation>«%1» no es un ajuste de un paso; escriba template, account, sender, after, at, quiet, if u otherwise.</translation>
    </message>
    <message>
        <source>say who enters the series, with “entry: group NAME” or “entry: segment NAME”.</source>
        <translation>diga quién entra en la serie, con «entry: group NOMBRE» o «entry: segment NOMBRE».</translation>
    </message>
    <message>
        <source>a series needs at least one step, from a “[step] NAME” line.</source>
        <translation>una serie necesita al menos un paso, desde una línea «[step] NOMBRE».</translation>
    </message>
    <message>
        <source>the step needs a “template:” and an “account:” line.</source>
        <translation>el paso necesita una línea «template:» y una «account:».</translation>
    </message>
    <message>
        <source>the first step has no previous message for “if:” to look at.</source>
        <translation>el primer paso no tiene mensaje anterior para que «if:» lo mire.</translation>
    </message>
    <message>
        <source>no longer in the workspace</source>
        <translation>ya no está en el espacio de trabajo</translation>
    </message>
    <message>
        <source>left the group</source>
        <translation>salió del grupo</translation>
    </message>
    <message>
        <source>on the suppression list</source>
        <translation>en la lista de exclusión</translation>
    </message>
    <message>
        <source>the series was stopped</source>
        <translation>la serie se detuvo</translation>
    </message>
    <message>
        <source>no address for %1</source>
        <translation>sin dirección para %1</translation>
    </message>
    <message>
        <source>another contact with the same address had it</source>
        <translation>otro contacto con la misma dirección ya lo recibió</translation>
    </message>
</context>
<context>
    <name>cm::SeriesModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminados</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Salieron</translation>
    </message>
</context>
<context>
    <name>cm::SeriesPane</name>
    <message>
        <source>Steps and their reports</source>
        <translation>Pasos y sus informes</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>The message now</source>
        <translation>El mensaje ahora</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>A contact&apos;s email address or phone number</source>
        <translation>El correo o el teléfono de un contacto</translation>
    </message>
    <message>
        <source>Contact for the timeline</source>
        <translation>Contacto para la cronología</translation>
    </message>
    <message>
        <source>Show timeline</source>
        <translation>Mostrar cronología</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>A contact&apos;s way through it</source>
        <translation>El recorrido de un contacto</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Series</translation>
    </message>
    <message>
        <source>No series yet.
A series sends messages by itself: a welcome email when someone joins a group, an SMS two days later to those who did not open it, and so on.</source>
        <translation>Aún no hay series.
Una serie envía mensajes sola: un correo de bienvenida cuando alguien se une a un grupo, un SMS dos días después a quienes no lo abrieron, etc.</translation>
    </message>
    <message>
        <source>New series…</source>
        <translation>Nueva serie…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>Stop…</source>
        <translation>Detener…</translation>
    </message>
    <message>
        <source>Send what is due now</source>
        <translation>Enviar ahora lo pendiente</translation>
    </message>
    <message>
        <source>Open file…</source>
        <translation>Abrir archivo…</translation>
    </message>
    <message>
        <source>Open a series file</source>
        <translation>Abrir un archivo de serie</translation>
    </message>
    <message>
        <source>Series (*.series *.txt);;All files (*)</source>
        <translation>Series (*.series *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save as file…</source>
        <translation>Guardar como archivo…</translation>
    </message>
    <message>
        <source>Save the series as a file</source>
        <translation>Guardar la serie como archivo</translation>
    </message>
    <message>
        <source>Series (*.series)</source>
        <translation>Series (*.series)</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>contacts matching the segment “%1”</source>
        <translation>contactos que cumplen el segmento «%1»</translation>
    </message>
    <message>
        <source>contacts joining the group “%1”</source>
        <translation>contactos que se unen al grupo «%1»</translation>
    </message>
    <message>
        <source> (only those added after it starts)</source>
        <translation> (solo los añadidos después de iniciarse)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 waiting, %4 finished, %5 left</source>
        <translation>%1 · %2 · %3 en espera, %4 terminados, %5 salieron</translation>
    </message>
    <message>
        <source>A draft: start it to let contacts in.</source>
        <translation>Un borrador: iníciela para que entren contactos.</translation>
    </message>
    <message>
        <source>Before it can start: %1</source>
        <translation>Antes de poder iniciarse: %1</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitidos</translation>
    </message>
    <message>
        <source>Left here</source>
        <translation>Salieron aquí</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregados</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Abiertos</translation>
    </message>
    <message>
        <source>Clicked</source>
        <translation>Con clic</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocidos</translation>
    </message>
    <message>
        <source>%1 through %2</source>
        <translation>%1 a través de %2</translation>
    </message>
    <message>
        <source>“%1” is not in this series.</source>
        <translation>«%1» no está en esta serie.</translation>
    </message>
    <message>
        <source>Waits for %1, due %2.</source>
        <translation>Espera %1, previsto %2.</translation>
    </message>
    <message>
        <source>Finished the series.</source>
        <translation>Terminó la serie.</translation>
    </message>
    <message>
        <source>Left the series: %1.</source>
        <translation>Salió de la serie: %1.</translation>
    </message>
    <message>
        <source>Entered %1. %2</source>
        <translation>Entró el %1. %2</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>skipped: %1</source>
        <translation>omitido: %1</translation>
    </message>
    <message>
        <source>left the series: %1</source>
        <translation>salió de la serie: %1</translation>
    </message>
    <message>
        <source>being sent</source>
        <translation>enviándose</translation>
    </message>
    <message>
        <source>, opened</source>
        <translation>, abierto</translation>
    </message>
    <message>
        <source>, clicked</source>
        <translation>, con clic</translation>
    </message>
    <message>
        <source>“%1” resumed: what fell due while it was paused goes now.</source>
        <translation>«%1» reanudada: lo que tocaba mientras estaba en pausa sale ahora.</translation>
    </message>
    <message>
        <source>“%1” started: contacts enter and its steps go as they fall due.</source>
        <translation>«%1» iniciada: los contactos entran y sus pasos salen cuando toca.</translation>
    </message>
    <message>
        <source>Paused: nothing of it is sent until it resumes.</source>
        <translation>En pausa: no se envía nada de ella hasta que se reanude.</translation>
    </message>
    <message>
        <source>Stop series</source>
        <translation>Detener la serie</translation>
    </message>
    <message numerus="yes">
        <source>Stop “%1”? The %n contact(s) waiting leave it, nobody else enters, and it cannot be started again. Its reports stay.</source>
        <translation>
            <numerusform>¿Detener «%1»? El %n contacto en espera sale, no entra nadie más y no se puede volver a iniciar. Sus informes se quedan.</numerusform>
            <numerusform>¿Detener «%1»? Los %n contactos en espera salen, no entra nadie más y no se puede volver a iniciar. Sus informes se quedan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete series</source>
        <translation>Eliminar la serie</translation>
    </message>
    <message>
        <source>Delete the series “%1”?</source>
        <translation>¿Eliminar la serie «%1»?</translation>
    </message>
    <message>
        <source>Cannot read “%1”: %2</source>
        <translation>No se puede leer «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be read as a series. %2</source>
        <translation>«%1» no se puede leer como serie. %2</translation>
    </message>
    <message>
        <source>Series “%1” read from the file, as a draft: check it, then start it.</source>
        <translation>Serie «%1» leída del archivo como borrador: revísela y luego iníciela.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>No se puede escribir «%1»: %2</translation>
    </message>
    <message>
        <source>Series written to “%1”.</source>
        <translation>Serie escrita en «%1».</translation>
    </message>
    <message>
        <source>Resolve unknown…</source>
        <translation>Resolver desconocidos…</translation>
    </message>
    <message>
        <source>Resolve unknown messages</source>
        <translation>Resolver los mensajes desconocidos</translation>
    </message>
    <message>
        <source>The provider may or may not have these messages of the series: the answer to their request was lost. Check in the provider&apos;s own panel, then say what happened. Messages that were not sent are sent again.</source>
        <translation>El proveedor puede tener o no estos mensajes de la serie: la respuesta a su petición se perdió. Compruébelo en el panel del proveedor y diga qué pasó. Los mensajes que no se enviaron se envían de nuevo.</translation>
    </message>
    <message>
        <source>Ask the provider</source>
        <translation>Preguntar al proveedor</translation>
    </message>
    <message>
        <source>They were sent</source>
        <translation>Se enviaron</translation>
    </message>
    <message>
        <source>They were not sent</source>
        <translation>No se enviaron</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Rebotado</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <translation>Baja</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) recorded as sent.</source>
        <translation>
            <numerusform>%n mensaje registrado como enviado.</numerusform>
            <numerusform>%n mensajes registrados como enviados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) recorded as not sent, and sent again.</source>
        <translation>
            <numerusform>%n mensaje registrado como no enviado y enviado de nuevo.</numerusform>
            <numerusform>%n mensajes registrados como no enviados y enviados de nuevo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cm::SeriesService</name>
    <message>
        <source>The segment of “%1” cannot be evaluated: %2</source>
        <translation>El segmento de «%1» no se puede evaluar: %2</translation>
    </message>
    <message>
        <source>it no longer exists.</source>
        <translation>ya no existe.</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n contact(s) entered.</source>
        <translation>
            <numerusform>«%1»: entró %n contacto.</numerusform>
            <numerusform>«%1»: entraron %n contactos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sent to %n</source>
        <translation>
            <numerusform>enviado a %n</numerusform>
            <numerusform>enviado a %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>skipped for %n</source>
        <translation>
            <numerusform>omitido para %n</numerusform>
            <numerusform>omitido para %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left the series</source>
        <translation>
            <numerusform>%n salió de la serie</numerusform>
            <numerusform>%n salieron de la serie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n contact(s) wait for a report that could not be refreshed; they go at the next run.</source>
        <translation>
            <numerusform>«%1»: %n contacto espera un informe que no se pudo actualizar; sale en la próxima ejecución.</numerusform>
            <numerusform>«%1»: %n contactos esperan un informe que no se pudo actualizar; salen en la próxima ejecución.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: choose a template.</source>
        <translation>%1: elija una plantilla.</translation>
    </message>
    <message>
        <source>%1: choose the account to send with.</source>
        <translation>%1: elija la cuenta con la que enviar.</translation>
    </message>
    <message>
        <source>%1: %2 cannot send %3; choose another account.</source>
        <translation>%1: %2 no puede enviar %3; elija otra cuenta.</translation>
    </message>
    <message>
        <source>There is no group named “%1”.</source>
        <translation>No hay ningún grupo llamado «%1».</translation>
    </message>
    <message>
        <source>There is no segment named “%1”.</source>
        <translation>No hay ningún segmento llamado «%1».</translation>
    </message>
    <message>
        <source>The start “%1” does not read: %2</source>
        <translation>El inicio «%1» no se entiende: %2</translation>
    </message>
    <message>
        <source>there is no template named “%1”.</source>
        <translation>no hay ninguna plantilla llamada «%1».</translation>
    </message>
    <message>
        <source>there is no account named “%1”.</source>
        <translation>no hay ninguna cuenta llamada «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%1 is removed: %n contact(s) waiting for it finish the series there.</source>
        <translation>
            <numerusform>Se quita %1: el %n contacto que lo espera termina ahí la serie.</numerusform>
            <numerusform>Se quita %1: los %n contactos que lo esperan terminan ahí la serie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 changes: %n contact(s) waiting for it get the new version</source>
        <translation>
            <numerusform>%1 cambia: el %n contacto que lo espera recibe la nueva versión</numerusform>
            <numerusform>%1 cambia: los %n contactos que lo esperan reciben la nueva versión</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n who already had it are not affected.</source>
        <translation>
            <numerusform>; %n que ya lo recibió no se ve afectado.</numerusform>
            <numerusform>; los %n que ya lo recibieron no se ven afectados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is added: contacts who reach it get it; the %n who finished the series already do not.</source>
        <translation>
            <numerusform>Se añade %1: los contactos que lleguen a él lo reciben; el %n que ya terminó la serie, no.</numerusform>
            <numerusform>Se añade %1: los contactos que lleguen a él lo reciben; los %n que ya terminaron la serie, no.</numerusform>
        </translation>
    </message>
    <message>
        <source>That series no longer exists.</source>
        <translation>Esa serie ya no existe.</translation>
    </message>
    <message>
        <source>“%1” is %2; only a draft starts.</source>
        <translation>«%1» está %2; solo se inicia un borrador.</translation>
    </message>
    <message>
        <source>“%1” cannot start yet. %2</source>
        <translation>«%1» aún no puede iniciarse. %2</translation>
    </message>
    <message>
        <source>“%1” is not running.</source>
        <translation>«%1» no está en marcha.</translation>
    </message>
    <message>
        <source>“%1” is not paused.</source>
        <translation>«%1» no está en pausa.</translation>
    </message>
    <message>
        <source>“%1” cannot resume yet. %2</source>
        <translation>«%1» aún no puede reanudarse. %2</translation>
    </message>
    <message>
        <source>“%1” is stopped already.</source>
        <translation>«%1» ya está detenida.</translation>
    </message>
    <message>
        <source>Running the series</source>
        <translation>Ejecutando las series</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>No series step is due.</source>
        <translation>Ningún paso de serie está pendiente.</translation>
    </message>
    <message>
        <source>“%1” waits: %2</source>
        <translation>«%1» espera: %2</translation>
    </message>
    <message>
        <source>“%1”, %2: %3.</source>
        <translation>«%1», %2: %3.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n contact(s) wait until their previous message has gone, for their condition to read it.</source>
        <translation>
            <numerusform>«%1»: %n contacto espera a que salga su mensaje anterior, para que su condición lo lea.</numerusform>
            <numerusform>«%1»: %n contactos esperan a que salga su mensaje anterior, para que su condición lo lea.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The steps of “%1” keep their places once it has started: edit a step where it is rather than move it, or those waiting for it would get another step&apos;s message.</source>
        <translation>Los pasos de «%1» conservan su lugar una vez iniciada: edite un paso donde está en lugar de moverlo, o quienes lo esperan recibirían el mensaje de otro paso.</translation>
    </message>
    <message>
        <source>“%1” is stopped, but some of its steps&apos; sends could not be cancelled: %2</source>
        <translation>«%1» se detuvo, pero algunos envíos de sus pasos no se pudieron cancelar: %2</translation>
    </message>
</context>
<context>
    <name>cm::SeriesStore</name>
    <message>
        <source>A series needs a name.</source>
        <translation>Una serie necesita un nombre.</translation>
    </message>
    <message>
        <source>Choose who enters “%1”: a group&apos;s contacts or a segment&apos;s.</source>
        <translation>Elija quién entra en «%1»: los contactos de un grupo o los de un segmento.</translation>
    </message>
    <message>
        <source>“%1” needs at least one step.</source>
        <translation>«%1» necesita al menos un paso.</translation>
    </message>
    <message>
        <source>The first step of “%1” has no previous message for its condition to look at.</source>
        <translation>El primer paso de «%1» no tiene mensaje anterior para su condición.</translation>
    </message>
    <message>
        <source>%1 of “%2” needs a template and an account.</source>
        <translation>%1 de «%2» necesita una plantilla y una cuenta.</translation>
    </message>
    <message>
        <source>There is already a series named “%1”; choose another name.</source>
        <translation>Ya hay una serie llamada «%1»; elija otro nombre.</translation>
    </message>
    <message>
        <source>That series no longer exists.</source>
        <translation>Esa serie ya no existe.</translation>
    </message>
    <message>
        <source>save the series “%1”</source>
        <translation>guardar la serie «%1»</translation>
    </message>
    <message>
        <source>“%1” has started: its entry and time zone stay as they are; only its steps can change.</source>
        <translation>«%1» ya se inició: su entrada y su zona horaria se quedan como están; solo pueden cambiar sus pasos.</translation>
    </message>
    <message>
        <source>save the steps of “%1”</source>
        <translation>guardar los pasos de «%1»</translation>
    </message>
    <message>
        <source>Contacts have already reached the steps removed from “%1”; they stay. Edit them instead, or stop the series.</source>
        <translation>Hay contactos que ya llegaron a los pasos quitados de «%1»; se quedan. Edítelos o detenga la serie.</translation>
    </message>
    <message>
        <source>change the series</source>
        <translation>cambiar la serie</translation>
    </message>
    <message>
        <source>stop the series</source>
        <translation>detener la serie</translation>
    </message>
    <message>
        <source>delete the series</source>
        <translation>eliminar la serie</translation>
    </message>
    <message>
        <source>This series has sent messages; stop it instead, and its reports stay.</source>
        <translation>Esta serie ya envió mensajes; deténgala y sus informes se quedan.</translation>
    </message>
    <message>
        <source>add contacts to the series “%1”</source>
        <translation>añadir contactos a la serie «%1»</translation>
    </message>
    <message>
        <source>move a contact along the series</source>
        <translation>avanzar un contacto en la serie</translation>
    </message>
</context>
<context>
    <name>cm::SettingsStore</name>
    <message>
        <source>save the workspace setting “%1”</source>
        <translation>guardar el ajuste «%1» del espacio de trabajo</translation>
    </message>
    <message>
        <source>“%1” is not a region code: use two letters, such as TR, ES, PL or US.</source>
        <translation>«%1» no es un código de región: use dos letras, como TR, ES, PL o US.</translation>
    </message>
</context>
<context>
    <name>cm::SmtpProvider</name>
    <message>
        <source>The connection ended after the message went out, before the server answered: it may have it. (%1)</source>
        <translation>La conexión terminó después de enviar el mensaje y antes de que el servidor respondiera: puede que lo tenga. (%1)</translation>
    </message>
    <message>
        <source>The server refused it for now (%1): retry later. %2</source>
        <translation>El servidor lo rechazó por ahora (%1): vuelva a intentarlo más tarde. %2</translation>
    </message>
    <message>
        <source>The server refused it (%1): %2</source>
        <translation>El servidor lo rechazó (%1): %2</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>SMTP server</source>
        <translation>Servidor SMTP</translation>
    </message>
    <message>
        <source>Sends email through any mail server or relay (your company&apos;s, Amazon SES, Mailgun, Gmail): one message per recipient, with a text and an HTML version, several on one connection. Accepted by the server counts as sent; opens and clicks are not reported.</source>
        <translation>Envía correos a través de cualquier servidor de correo o relé (el de su empresa, Amazon SES, Mailgun, Gmail): un mensaje por destinatario, con versión de texto y HTML, varios por conexión. Lo que el servidor acepta cuenta como enviado; las aperturas y los clics no se informan.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>smtps://smtp.example.com:465 (TLS from the start) or smtp://smtp.example.com:587 (STARTTLS). Without encryption only to this computer.</source>
        <translation>smtps://smtp.example.com:465 (TLS desde el inicio) o smtp://smtp.example.com:587 (STARTTLS). Sin cifrado, solo a este equipo.</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>The login at the server; empty: the server takes mail without.</source>
        <translation>El usuario en el servidor; vacío: el servidor acepta correo sin él.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>The password of that login (kept in the keychain).</source>
        <translation>La contraseña de ese usuario (se guarda en el llavero).</translation>
    </message>
    <message>
        <source>From address</source>
        <translation>Dirección del remitente</translation>
    </message>
    <message>
        <source>The address the emails come from, unless the campaign gives one.</source>
        <translation>La dirección de la que salen los correos, salvo que la campaña indique otra.</translation>
    </message>
    <message>
        <source>From name</source>
        <translation>Nombre del remitente</translation>
    </message>
    <message>
        <source>The name shown beside it.</source>
        <translation>El nombre que se muestra junto a ella.</translation>
    </message>
    <message>
        <source>Example Shop</source>
        <translation>Tienda de ejemplo</translation>
    </message>
    <message>
        <source>Messages per minute</source>
        <translation>Mensajes por minuto</translation>
    </message>
    <message>
        <source>The relay&apos;s quota; empty: as fast as the server takes them.</source>
        <translation>La cuota del relé; vacío: tan rápido como el servidor los acepte.</translation>
    </message>
    <message>
        <source>Unsubscribe page</source>
        <translation>Página de baja</translation>
    </message>
    <message>
        <source>Where {{unsubscribe_url}} and the List-Unsubscribe header lead, with the recipient&apos;s address added.</source>
        <translation>Adonde llevan {{unsubscribe_url}} y la cabecera List-Unsubscribe, con la dirección del destinatario añadida.</translation>
    </message>
    <message>
        <source>Mailbox for bounces</source>
        <translation>Buzón de rebotes</translation>
    </message>
    <message>
        <source>Mailbox folder</source>
        <translation>Carpeta del buzón</translation>
    </message>
    <message>
        <source>Mailbox user</source>
        <translation>Usuario del buzón</translation>
    </message>
    <message>
        <source>Empty: the same user.</source>
        <translation>Vacío: el mismo usuario.</translation>
    </message>
    <message>
        <source>Sending works, but the mailbox %1 cannot be read: %2</source>
        <translation>El envío funciona, pero el buzón %1 no se puede leer: %2</translation>
    </message>
    <message>
        <source>Logged in to %1 (%2).</source>
        <translation>Sesión iniciada en %1 (%2).</translation>
    </message>
    <message>
        <source>Bounces and replies are read from %1.</source>
        <translation>Los rebotes y las respuestas se leen de %1.</translation>
    </message>
    <message>
        <source>An SMTP server sends email only.</source>
        <translation>Un servidor SMTP solo envía correo.</translation>
    </message>
    <message>
        <source>the mailbox %1 could not be read: %2</source>
        <translation>no se pudo leer el buzón %1: %2</translation>
    </message>
    <message>
        <source>Not sent: the send was stopped.</source>
        <translation>No enviado: el envío se detuvo.</translation>
    </message>
    <message>
        <source>Not sent: %1 refused the account or could not be reached (%2).</source>
        <translation>No enviado: %1 rechazó la cuenta o no se pudo alcanzar (%2).</translation>
    </message>
    <message>
        <source>Not sent: the connection to %1 was lost three times in a row.</source>
        <translation>No enviado: la conexión con %1 se perdió tres veces seguidas.</translation>
    </message>
    <message>
        <source>Give the account an unsubscribe page (where {{unsubscribe_url}} and the List-Unsubscribe header lead) and the relay&apos;s messages per minute. Bounces, complaints and replies are read from the mailbox for bounces, matched by the Message-ID each message went with.</source>
        <translation>Indique en la cuenta una página de baja (adonde llevan {{unsubscribe_url}} y la cabecera List-Unsubscribe) y los mensajes por minuto del relé. Los rebotes, las quejas y las respuestas se leen del buzón de rebotes y se asocian por el Message-ID de cada mensaje.</translation>
    </message>
    <message>
        <source>STARTTLS where the server offers it</source>
        <translation>STARTTLS si el servidor lo ofrece</translation>
    </message>
    <message>
        <source>Messages per day</source>
        <translation>Mensajes por día</translation>
    </message>
    <message>
        <source>The relay&apos;s daily quota: once it is used, the send pauses until midnight and then goes on by itself.</source>
        <translation>La cuota diaria del relé: al agotarse, el envío se pausa hasta medianoche y después sigue solo.</translation>
    </message>
    <message>
        <source>Not sent: %1 refused five recipients in a row (%2).</source>
        <translation>No enviado: %1 rechazó cinco destinatarios seguidos (%2).</translation>
    </message>
    <message>
        <source>Mailbox password</source>
        <translation>Contraseña del buzón</translation>
    </message>
    <message>
        <source>The password of the mailbox for bounces, when it is not the same (kept in the keychain).</source>
        <translation>La contraseña del buzón de rebotes, si no es la misma (se guarda en el llavero).</translation>
    </message>
    <message>
        <source>imaps://imap.example.com:993, where bounces, complaints and replies arrive; empty: none are read. It logs in with the mailbox password, or the same one.</source>
        <translation>imaps://imap.example.com:993, adonde llegan los rebotes, las quejas y las respuestas; vacío: no se lee ninguno. Inicia sesión con la contraseña del buzón o con la misma.</translation>
    </message>
    <message>
        <source>the SMTP adapter cannot be loaded (%1); reinstall Campaign Manager</source>
        <translation>no se puede cargar el adaptador SMTP (%1); reinstale Campaign Manager</translation>
    </message>
</context>
<context>
    <name>cm::StepDialog</name>
    <message>
        <source>At a time of day:</source>
        <translation>A una hora del día:</translation>
    </message>
    <message>
        <source>Not during quiet hours:</source>
        <translation>No en horas de silencio:</translation>
    </message>
    <message>
        <source>Edit step %1</source>
        <translation>Editar el paso %1</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Nuevo paso</translation>
    </message>
    <message>
        <source>Step %1</source>
        <translation>Paso %1</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>news@example.com for email; a sender name or number for SMS</source>
        <translation>news@example.com para correo; un nombre o número de remitente para SMS</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Retraso</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semanas</translation>
    </message>
    <message>
        <source>Unit of the delay</source>
        <translation>Unidad del retraso</translation>
    </message>
    <message>
        <source>after the previous step</source>
        <translation>después del paso anterior</translation>
    </message>
    <message>
        <source>after the contact entered</source>
        <translation>después de que entrara el contacto</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Contado desde</translation>
    </message>
    <message>
        <source>Time of day</source>
        <translation>Hora del día</translation>
    </message>
    <message>
        <source>In the series&apos; time zone (%1): once due, the step waits for the next such time.</source>
        <translation>En la zona horaria de la serie (%1): cuando toca, el paso espera a la siguiente hora así.</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>la suya</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Horas de silencio</translation>
    </message>
    <message>
        <source>Nothing of this step is sent between these times; what falls due then waits for their end.</source>
        <translation>Entre estas horas no se envía nada de este paso; lo que toque entonces espera a que terminen.</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condición</translation>
    </message>
    <message>
        <source>skip this step (the next one still comes)</source>
        <translation>omitir este paso (el siguiente llega igual)</translation>
    </message>
    <message>
        <source>leave the series</source>
        <translation>salir de la serie</translation>
    </message>
    <message>
        <source>Otherwise</source>
        <translation>Si no</translation>
    </message>
    <message>
        <source>The first step has no previous message to look at.</source>
        <translation>El primer paso no tiene mensaje anterior que mirar.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Plantilla:</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Cuenta:</translation>
    </message>
    <message>
        <source>Sender:</source>
        <translation>Remitente:</translation>
    </message>
    <message>
        <source>Send:</source>
        <translation>Enviar:</translation>
    </message>
    <message>
        <source>Only:</source>
        <translation>Solo:</translation>
    </message>
    <message>
        <source>Otherwise:</source>
        <translation>Si no:</translation>
    </message>
    <message>
        <source>Write a template first (Templates); a step sends one.</source>
        <translation>Escriba primero una plantilla (Plantillas); un paso envía una.</translation>
    </message>
    <message>
        <source>Add an account first (Accounts); a step is sent through one.</source>
        <translation>Añada primero una cuenta (Cuentas); un paso se envía a través de una.</translation>
    </message>
    <message>
        <source>Write the quiet hours as two times, like 21:00–08:00.</source>
        <translation>Escriba las horas de silencio como dos horas, por ejemplo 21:00–08:00.</translation>
    </message>
    <message>
        <source>A step waits at most a year after the one before it.</source>
        <translation>Un paso espera como mucho un año tras el anterior.</translation>
    </message>
</context>
<context>
    <name>cm::SuppressionDialog</name>
    <message>
        <source>Suppression list</source>
        <translation>Lista de exclusión</translation>
    </message>
    <message>
        <source>No campaign reaches these addresses, in any group: opt-outs, blocks, bounces and complaints, per channel.</source>
        <translation>Ninguna campaña llega a estas direcciones, en ningún grupo: bajas, bloqueos, rebotes y quejas, por canal.</translation>
    </message>
    <message>
        <source>Search addresses and sources…</source>
        <translation>Buscar direcciones y orígenes…</translation>
    </message>
    <message>
        <source>name@example.com or +90 532 123 45 67</source>
        <translation>nombre@ejemplo.com o +34 612 34 56 78</translation>
    </message>
    <message>
        <source>A phone number written without a country code is read as this country&apos;s.</source>
        <translation>Un teléfono escrito sin prefijo de país se lee como de este país.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Suppressed addresses</source>
        <translation>Direcciones excluidas</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message>
        <source>Import the suppression list</source>
        <translation>Importar la lista de exclusión</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <source>Export the suppression list</source>
        <translation>Exportar la lista de exclusión</translation>
    </message>
    <message>
        <source>suppression-list.csv</source>
        <translation>lista-exclusion.csv</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>CSV para Excel (*.csv)</translation>
    </message>
    <message>
        <source>added by hand</source>
        <translation>añadido a mano</translation>
    </message>
    <message>
        <source>%1 is on the suppression list now.</source>
        <translation>%1 está ahora en la lista de exclusión.</translation>
    </message>
    <message>
        <source>%1 was on the suppression list already.</source>
        <translation>%1 ya estaba en la lista de exclusión.</translation>
    </message>
    <message>
        <source>Select the addresses to remove first.</source>
        <translation>Seleccione primero las direcciones que quitar.</translation>
    </message>
    <message>
        <source>Remove from the suppression list</source>
        <translation>Quitar de la lista de exclusión</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n address(es) from the suppression list? Campaigns will reach them again.</source>
        <translation>
            <numerusform>¿Quitar %n dirección de la lista de exclusión? Las campañas volverán a llegarle.</numerusform>
            <numerusform>¿Quitar %n direcciones de la lista de exclusión? Las campañas volverán a llegarles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message numerus="yes">
        <source>%n address(es) removed from the suppression list.</source>
        <translation>
            <numerusform>%n dirección quitada de la lista de exclusión.</numerusform>
            <numerusform>%n direcciones quitadas de la lista de exclusión.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more line(s) (campaignctl suppressions import --json lists them all).</source>
        <translation>
            <numerusform>… y %n línea más (campaignctl suppressions import --json las lista todas).</numerusform>
            <numerusform>… y %n líneas más (campaignctl suppressions import --json las lista todas).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Sync with account…</source>
        <translation>&amp;Sincronizar con cuenta…</translation>
    </message>
    <message>
        <source>Sync with account</source>
        <translation>Sincronizar con cuenta</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Cuenta:</translation>
    </message>
    <message>
        <source>Bring in an account&apos;s opt-out list and send this list there</source>
        <translation>Traer la lista de bajas de una cuenta y enviar allí esta lista</translation>
    </message>
    <message>
        <source>No account keeps an opt-out list. %1 accounts do.</source>
        <translation>Ninguna cuenta tiene lista de bajas. Las cuentas de %1 sí.</translation>
    </message>
</context>
<context>
    <name>cm::SuppressionFiles</name>
    <message>
        <source>%1 added, %2 listed already, %3 invalid.</source>
        <translation>%1 añadidos, %2 ya en la lista, %3 no válidos.</translation>
    </message>
    <message>
        <source>“%1” is not a reason; use opt_out, block, bounce or complaint.</source>
        <translation>«%1» no es un motivo; use opt_out, block, bounce o complaint.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2.</source>
        <translation>No se puede leer «%1»: %2.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>El archivo está vacío.</translation>
    </message>
    <message>
        <source>No column holds the addresses. Name it “address”, “email” or “phone” (columns: %1).</source>
        <translation>Ninguna columna contiene las direcciones. Llámela «address», «email» o «phone» (columnas: %1).</translation>
    </message>
    <message>
        <source>import: %1</source>
        <translation>importación: %1</translation>
    </message>
    <message>
        <source>Import cancelled; the suppression list was not changed.</source>
        <translation>Importación cancelada; la lista de exclusión no cambió.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>no address.</source>
        <translation>sin dirección.</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2.</source>
        <translation>No se puede escribir «%1»: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a channel; use sms, email, voice or all.</source>
        <translation>«%1» no es un canal; use sms, email, voice o all.</translation>
    </message>
    <message>
        <source>%1 cannot be on the %2 list: give a phone number for SMS and calls, an email address for email.</source>
        <translation>%1 no puede estar en la lista de %2: indique un número de teléfono para SMS y llamadas, y una dirección de correo para el correo.</translation>
    </message>
</context>
<context>
    <name>cm::SuppressionModel</name>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
</context>
<context>
    <name>cm::SuppressionStore</name>
    <message>
        <source>Opted out</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Rebotado</translation>
    </message>
    <message>
        <source>Complained</source>
        <translation>Queja</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Todos los canales</translation>
    </message>
    <message>
        <source>add to the suppression list</source>
        <translation>añadir a la lista de exclusión</translation>
    </message>
    <message>
        <source>remove from the suppression list</source>
        <translation>quitar de la lista de exclusión</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
</context>
<context>
    <name>cm::TemplateDialog</name>
    <message>
        <source>This character makes the SMS Unicode: 70 characters a part instead of 160.</source>
        <translation>Este carácter convierte el SMS en Unicode: 70 caracteres por parte en lugar de 160.</translation>
    </message>
    <message>
        <source>&amp;Marketing email: it must carry an unsubscribe link</source>
        <translation>Correo de &amp;marketing: debe llevar un enlace para darse de baja</translation>
    </message>
    <message>
        <source>Edit template “%1”</source>
        <translation>Editar la plantilla «%1»</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nueva plantilla</translation>
    </message>
    <message>
        <source>Weekend offer</source>
        <translation>Oferta de fin de semana</translation>
    </message>
    <message>
        <source>{{first_name|default:&quot;Hello&quot;}}, our picks for you</source>
        <translation>{{first_name|default:&quot;Hola&quot;}}, nuestra selección para usted</translation>
    </message>
    <message>
        <source>Untick for transactional email (a receipt, a password reset), which needs no unsubscribe link.</source>
        <translation>Desmárquelo para correo transaccional (un recibo, un cambio de contraseña), que no necesita enlace de baja.</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Texto de la plantilla</translation>
    </message>
    <message>
        <source>Plain-text alternative</source>
        <translation>Alternativa en texto sin formato</translation>
    </message>
    <message>
        <source>The text mail programs show when they do not show HTML; leave empty to send HTML only.</source>
        <translation>El texto que muestran los programas de correo cuando no muestran HTML; déjelo vacío para enviar solo HTML.</translation>
    </message>
    <message>
        <source>Insert field</source>
        <translation>Insertar campo</translation>
    </message>
    <message>
        <source>Insert a personalisation field at the cursor.</source>
        <translation>Inserta un campo de personalización en el cursor.</translation>
    </message>
    <message>
        <source>SMS length</source>
        <translation>Longitud del SMS</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Coste estimado</translation>
    </message>
    <message>
        <source>Links in the email</source>
        <translation>Enlaces del correo</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Previous contact</source>
        <translation>Contacto anterior</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>Contacto siguiente</translation>
    </message>
    <message>
        <source>Preview as the previous contact</source>
        <translation>Vista previa como el contacto anterior</translation>
    </message>
    <message>
        <source>Preview as the next contact</source>
        <translation>Vista previa como el contacto siguiente</translation>
    </message>
    <message>
        <source>Preview as a contact of this group</source>
        <translation>Vista previa como un contacto de este grupo</translation>
    </message>
    <message>
        <source>Te&amp;xt version:</source>
        <translation>Versión de te&amp;xto:</translation>
    </message>
    <message>
        <source>Links:</source>
        <translation>Enlaces:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Asunto:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>Preview as:</source>
        <translation>Vista previa como:</translation>
    </message>
    <message>
        <source>Hi {{first_name|default:&quot;there&quot;}}, …</source>
        <translation>Hola, {{first_name|default:&quot;amigo&quot;}}, …</translation>
    </message>
    <message>
        <source>&lt;p&gt;Hello {{first_name|default:&quot;there&quot;}},&lt;/p&gt;
…
&lt;p&gt;&lt;a href=&quot;{{unsubscribe_url}}&quot;&gt;Unsubscribe&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Hola, {{first_name|default:&quot;amigo&quot;}}:&lt;/p&gt;
…
&lt;p&gt;&lt;a href=&quot;{{unsubscribe_url}}&quot;&gt;Darse de baja&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Fields of this group</source>
        <translation>Campos de este grupo</translation>
    </message>
    <message>
        <source>With a default: {{first_name|default:&quot;there&quot;}}</source>
        <translation>Con un valor por defecto: {{first_name|default:&quot;amigo&quot;}}</translation>
    </message>
    <message>
        <source>there</source>
        <translation>amigo</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n carácter</numerusform>
            <numerusform>%n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>Unicode because of: %1</source>
        <translation>Unicode a causa de: %1</translation>
    </message>
    <message>
        <source>Replace: %1</source>
        <translation>Sustituir: %1</translation>
    </message>
    <message>
        <source>all of them</source>
        <translation>todos</translation>
    </message>
    <message>
        <source>%1 %2 · %3</source>
        <translation>%1 %2 · %3</translation>
    </message>
    <message>
        <source>This group has no contacts; the fields show empty.</source>
        <translation>Este grupo no tiene contactos; los campos se muestran vacíos.</translation>
    </message>
    <message>
        <source>This contact has no value for %1.</source>
        <translation>Este contacto no tiene valor para %1.</translation>
    </message>
    <message>
        <source>Counting the group&apos;s contacts without these fields…</source>
        <translation>Contando los contactos del grupo sin estos campos…</translation>
    </message>
    <message>
        <source>%1 of %2 contacts have no %3: add a default, such as {{%3|default:&quot;…&quot;}}.</source>
        <translation>%1 de %2 contactos no tienen %3: añada un valor por defecto, como {{%3|default:&quot;…&quot;}}.</translation>
    </message>
    <message>
        <source>Estimating the cost…</source>
        <translation>Estimando el coste…</translation>
    </message>
    <message>
        <source>Text length</source>
        <translation>Longitud del texto</translation>
    </message>
    <message>
        <source>{{first_name|default:&quot;there&quot;}}
header: Spring sale</source>
        <translation>{{first_name|default:&quot;amigo&quot;}}
header: Rebajas de primavera</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s): each fills one variable of the WhatsApp template, in order.</source>
        <translation>
            <numerusform>%n línea: rellena una variable de la plantilla de WhatsApp.</numerusform>
            <numerusform>%n líneas: cada una rellena una variable de la plantilla de WhatsApp, por orden.</numerusform>
        </translation>
    </message>
    <message>
        <source>a call reads at most %1</source>
        <translation>una llamada lee como máximo %1</translation>
    </message>
    <message>
        <source>as sent to %1</source>
        <translation>tal como se envía a %1</translation>
    </message>
    <message>
        <source>with fields at typical length</source>
        <translation>con los campos en su longitud típica</translation>
    </message>
    <message>
        <source>A condition: {{#if city == &quot;Paris&quot;}}…{{else}}…{{/if}}</source>
        <translation>Una condición: {{#if city == &quot;Paris&quot;}}…{{else}}…{{/if}}</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
</context>
<context>
    <name>cm::TemplateLanguages</name>
    <message>
        <source>Add language…</source>
        <translation>Añadir idioma…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Language version</source>
        <translation>Versión de idioma</translation>
    </message>
    <message>
        <source>A contact whose language field is “es” (or “es-MX”) gets the Spanish version; everyone else the template&apos;s own text.</source>
        <translation>Un contacto cuyo campo language es «es» (o «es-MX») recibe la versión en español; todos los demás, el texto propio de la plantilla.</translation>
    </message>
    <message>
        <source>Add language</source>
        <translation>Añadir idioma</translation>
    </message>
    <message>
        <source>Language code of the contacts who get this version (their language field), such as es, tr or pt-BR:</source>
        <translation>Código de idioma de los contactos que reciben esta versión (su campo language), como es, tr o pt-BR:</translation>
    </message>
    <message>
        <source>Everyone (one language)</source>
        <translation>Todos (un idioma)</translation>
    </message>
    <message>
        <source>Everyone else</source>
        <translation>Todos los demás</translation>
    </message>
</context>
<context>
    <name>cm::TemplateModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizada</translation>
    </message>
</context>
<context>
    <name>cm::TemplateRenderer</name>
    <message>
        <source>“%1” is not a field name: use letters, digits and _ as in {{first_name}}.</source>
        <translation>«%1» no es un nombre de campo: use letras, dígitos y _ como en {{first_name}}.</translation>
    </message>
    <message>
        <source>Unknown filter “%1” in %2: use upper, lower, capitalize or default:&quot;…&quot;.</source>
        <translation>Filtro desconocido «%1» en %2: use upper, lower, capitalize o default:&quot;…&quot;.</translation>
    </message>
    <message>
        <source>A placeholder is not closed: “%1” needs }} on the same line.</source>
        <translation>Un marcador no está cerrado: “%1” necesita }} en la misma línea.</translation>
    </message>
    <message>
        <source>the condition is missing, as in {{#if city == &quot;Paris&quot;}}</source>
        <translation>falta la condición, como en {{#if city == &quot;Paris&quot;}}</translation>
    </message>
    <message>
        <source>“%1” is not understood here: join conditions with and, or</source>
        <translation>“%1” no se entiende aquí: una las condiciones con and, or</translation>
    </message>
    <message>
        <source>a text in quotes is not closed</source>
        <translation>un texto entre comillas no está cerrado</translation>
    </message>
    <message>
        <source>“%1” is not understood: compare with ==, !=, &lt;, &lt;=, &gt;, &gt;=, contains or is empty</source>
        <translation>“%1” no se entiende: compare con ==, !=, &lt;, &lt;=, &gt;, &gt;=, contains o is empty</translation>
    </message>
    <message>
        <source>a bracket is not closed</source>
        <translation>un paréntesis no está cerrado</translation>
    </message>
    <message>
        <source>expected “empty” after “%1”</source>
        <translation>se esperaba “empty” después de “%1”</translation>
    </message>
    <message>
        <source>“%1” has no {{#if …}} before it.</source>
        <translation>“%1” no tiene un {{#if …}} antes.</translation>
    </message>
    <message>
        <source>In “%1”: %2.</source>
        <translation>En “%1”: %2.</translation>
    </message>
    <message>
        <source>“%1” is not known: a block is {{#if …}} … {{else}} … {{/if}}.</source>
        <translation>“%1” no se conoce: un bloque es {{#if …}} … {{else}} … {{/if}}.</translation>
    </message>
    <message>
        <source>“%1” is not closed: add {{/if}} where its text ends.</source>
        <translation>“%1” no está cerrado: añada {{/if}} donde termina su texto.</translation>
    </message>
    <message>
        <source>“%1” comes after {{else}}: {{else}} is the last part of a block.</source>
        <translation>“%1” viene después de {{else}}: {{else}} es la última parte de un bloque.</translation>
    </message>
    <message>
        <source>“%1” is not understood: write {{else}} or {{else if …}}.</source>
        <translation>“%1” no se entiende: escriba {{else}} o {{else if …}}.</translation>
    </message>
    <message>
        <source>expected a field, a text in quotes or a number at the start</source>
        <translation>se esperaba un campo, un texto entre comillas o un número al principio</translation>
    </message>
    <message>
        <source>expected a field, a text in quotes or a number after “%1”</source>
        <translation>se esperaba un campo, un texto entre comillas o un número después de “%1”</translation>
    </message>
</context>
<context>
    <name>cm::TemplateStore</name>
    <message>
        <source>save the template “%1”</source>
        <translation>guardar la plantilla «%1»</translation>
    </message>
    <message>
        <source>delete the template</source>
        <translation>eliminar la plantilla</translation>
    </message>
</context>
<context>
    <name>cm::TemplatesPane</name>
    <message>
        <source>Template text</source>
        <translation>Texto de la plantilla</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Preview as the first contact of this group</source>
        <translation>Vista previa como el primer contacto de este grupo</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texto:</translation>
    </message>
    <message>
        <source>Preview for:</source>
        <translation>Vista previa para:</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <source>No templates yet.
A template is the text of an SMS or an email, with fields such as {{first_name}} filled in for each contact.</source>
        <translation>Aún no hay plantillas.
Una plantilla es el texto de un SMS o de un correo, con campos como {{first_name}} que se rellenan para cada contacto.</translation>
    </message>
    <message>
        <source>no personalisation</source>
        <translation>sin personalización</translation>
    </message>
    <message>
        <source>fields: %1</source>
        <translation>campos: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n carácter</numerusform>
            <numerusform>%n caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>Unicode because of: %1</source>
        <translation>Unicode debido a: %1</translation>
    </message>
    <message>
        <source>New template…</source>
        <translation>Nueva plantilla…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>A template named “%1” exists already. Choose another name.</source>
        <translation>Ya existe una plantilla llamada «%1». Elija otro nombre.</translation>
    </message>
    <message>
        <source>Template “%1” saved.</source>
        <translation>Plantilla «%1» guardada.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copia)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (copia %2)</translation>
    </message>
    <message>
        <source>Delete the template “%1”?</source>
        <translation>¿Eliminar la plantilla «%1»?</translation>
    </message>
    <message numerus="yes">
        <source>%n draft or scheduled campaign(s) use it and will need another.</source>
        <translation>
            <numerusform>%n campaña en borrador o programada la usa y necesitará otra.</numerusform>
            <numerusform>%n campañas en borrador o programadas la usan y necesitarán otra.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete template</source>
        <translation>Eliminar plantilla</translation>
    </message>
    <message>
        <source>Send to account…</source>
        <translation>Enviar a la cuenta…</translation>
    </message>
    <message>
        <source>Send the template to</source>
        <translation>Enviar la plantilla a</translation>
    </message>
    <message>
        <source>Bring in from account…</source>
        <translation>Traer de la cuenta…</translation>
    </message>
    <message>
        <source>Bring in the templates of</source>
        <translation>Traer las plantillas de</translation>
    </message>
    <message>
        <source>Templates at a provider</source>
        <translation>Plantillas en un proveedor</translation>
    </message>
    <message>
        <source>Preview at account…</source>
        <translation>Vista previa en la cuenta…</translation>
    </message>
    <message>
        <source>Preview a template of</source>
        <translation>Ver una plantilla de</translation>
    </message>
    <message>
        <source>That account keeps no templates.</source>
        <translation>Esa cuenta no guarda plantillas.</translation>
    </message>
    <message>
        <source>Preview at account</source>
        <translation>Vista previa en la cuenta</translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Plantilla:</translation>
    </message>
    <message>
        <source>Template %1 at the provider</source>
        <translation>Plantilla %1 en el proveedor</translation>
    </message>
    <message>
        <source>No account keeps templates at its provider. %1 accounts do.</source>
        <translation>Ninguna cuenta guarda plantillas en su proveedor. Las cuentas de %1 sí.</translation>
    </message>
    <message>
        <source>Estimated cost</source>
        <translation>Coste estimado</translation>
    </message>
    <message>
        <source>Estimating the cost…</source>
        <translation>Estimando el coste…</translation>
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
        <translation>Correo</translation>
    </message>
    <message>
        <source>Draft</source>
        <comment>campaign state</comment>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <comment>campaign state</comment>
        <translation>Programada</translation>
    </message>
    <message>
        <source>Sending</source>
        <comment>campaign state</comment>
        <translation>Enviándose</translation>
    </message>
    <message>
        <source>Sent</source>
        <comment>campaign state</comment>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>campaign state</comment>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>campaign state</comment>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>recipient state</comment>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Submitting</source>
        <comment>recipient state</comment>
        <translation>Entregándose al proveedor</translation>
    </message>
    <message>
        <source>Accepted</source>
        <comment>recipient state</comment>
        <translation>Aceptado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <comment>recipient state</comment>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>recipient state</comment>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Bounced</source>
        <comment>recipient state</comment>
        <translation>Rebotado</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>recipient state</comment>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Sent</source>
        <comment>event</comment>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <comment>event</comment>
        <translation>Entregado</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>event</comment>
        <translation>Fallo</translation>
    </message>
    <message>
        <source>Opened</source>
        <comment>event</comment>
        <translation>Apertura</translation>
    </message>
    <message>
        <source>Clicked</source>
        <comment>event</comment>
        <translation>Clic</translation>
    </message>
    <message>
        <source>Bounced</source>
        <comment>event</comment>
        <translation>Rebote</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <comment>event</comment>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Complained</source>
        <comment>event</comment>
        <translation>Queja</translation>
    </message>
    <message>
        <source>Sent</source>
        <comment>counter</comment>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Delivered</source>
        <comment>counter</comment>
        <translation>Entregados</translation>
    </message>
    <message>
        <source>Failed</source>
        <comment>counter</comment>
        <translation>Fallidos</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>counter</comment>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Opened</source>
        <comment>counter</comment>
        <translation>Aperturas</translation>
    </message>
    <message>
        <source>Opened (unique)</source>
        <comment>counter</comment>
        <translation>Aperturas únicas</translation>
    </message>
    <message>
        <source>Clicked</source>
        <comment>counter</comment>
        <translation>Clics</translation>
    </message>
    <message>
        <source>Clicked (unique)</source>
        <comment>counter</comment>
        <translation>Clics únicos</translation>
    </message>
    <message>
        <source>Bounced</source>
        <comment>counter</comment>
        <translation>Rebotes</translation>
    </message>
    <message>
        <source>Unsubscribed</source>
        <comment>counter</comment>
        <translation>Bajas</translation>
    </message>
    <message>
        <source>Complained</source>
        <comment>counter</comment>
        <translation>Quejas</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
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
        <translation>Guía del usuario de Campaign Manager</translation>
    </message>
    <message>
        <source>Pages of the guide</source>
        <translation>Páginas de la guía</translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation>Página de la guía</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
</context>
<context>
    <name>cm::VariantsTable</name>
    <message>
        <source>Variants side by side</source>
        <translation>Variantes lado a lado</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Contados</translation>
    </message>
    <message>
        <source>%1 (winner)</source>
        <translation>%1 (ganadora)</translation>
    </message>
    <message>
        <source>%1 (leads)</source>
        <translation>%1 (en cabeza)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>cm::WorkspaceDialog</name>
    <message>
        <source>Workspace settings</source>
        <translation>Ajustes del espacio de trabajo</translation>
    </message>
    <message>
        <source>Numbers written without a country code, such as 0532 612 48 37, are read as this country&apos;s, in imports, contacts and the suppression list.</source>
        <translation>Los números escritos sin prefijo de país, como 612 34 56 78, se leen como de este país, en importaciones, contactos y la lista de exclusión.</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>&amp;Phone numbers from:</source>
        <translation>&amp;Números de teléfono de:</translation>
    </message>
</context>
<context>
    <name>cm::XlsxReader</name>
    <message>
        <source>The file cannot be opened: %1.</source>
        <translation>No se puede abrir el archivo: %1.</translation>
    </message>
    <message>
        <source>This file is not an Excel workbook (.xlsx). Save it from Excel as .xlsx or CSV, and import it again.</source>
        <translation>Este archivo no es un libro de Excel (.xlsx). Guárdelo desde Excel como .xlsx o CSV e impórtelo de nuevo.</translation>
    </message>
    <message>
        <source>The workbook is protected with a password. Open it in Excel, remove the password, save it, and import it again.</source>
        <translation>El libro está protegido con contraseña. Ábralo en Excel, quite la contraseña, guárdelo e impórtelo de nuevo.</translation>
    </message>
    <message>
        <source>This is an old Excel 97–2003 workbook (.xls). Open it in Excel or LibreOffice, save it as .xlsx or CSV, and import it again.</source>
        <translation>Es un libro antiguo de Excel 97–2003 (.xls). Ábralo en Excel o LibreOffice, guárdelo como .xlsx o CSV e impórtelo de nuevo.</translation>
    </message>
    <message>
        <source>The workbook is protected with a password or is an old Excel 97–2003 workbook (.xls). Open it in Excel, remove any password, save it as .xlsx, and import it again.</source>
        <translation>El libro está protegido con contraseña o es un libro antiguo de Excel 97–2003 (.xls). Ábralo en Excel, quite la contraseña si la hay, guárdelo como .xlsx e impórtelo de nuevo.</translation>
    </message>
    <message>
        <source>The workbook is damaged (%1). Open it in Excel or LibreOffice, save it again as .xlsx, and import it again.</source>
        <translation>El libro está dañado (%1). Ábralo en Excel o LibreOffice, guárdelo de nuevo como .xlsx e impórtelo otra vez.</translation>
    </message>
    <message>
        <source>The workbook has no sheets.</source>
        <translation>El libro no tiene hojas.</translation>
    </message>
    <message>
        <source>The workbook has no sheet “%1”; its sheets: %2.</source>
        <translation>El libro no tiene la hoja “%1”; sus hojas: %2.</translation>
    </message>
    <message>
        <source>the sheet “%1” is not in it</source>
        <translation>la hoja “%1” no está en él</translation>
    </message>
    <message>
        <source>Row %1: the sheet cannot be read from here on (%2). Open the workbook in Excel or LibreOffice, save it again, and import it again.</source>
        <translation>Fila %1: la hoja no se puede leer a partir de aquí (%2). Abra el libro en Excel o LibreOffice, guárdelo de nuevo e impórtelo otra vez.</translation>
    </message>
    <message>
        <source>Row %1: a cell is past the last column of a sheet; the file may be damaged.</source>
        <translation>Fila %1: una celda está más allá de la última columna de una hoja; el archivo puede estar dañado.</translation>
    </message>
    <message>
        <source>Row %1: a cell refers to text the workbook does not have; the file may be damaged.</source>
        <translation>Fila %1: una celda remite a un texto que el libro no tiene; el archivo puede estar dañado.</translation>
    </message>
    <message numerus="yes">
        <source>Row %1: a cell is longer than %n character(s).</source>
        <translation>
            <numerusform>Fila %1: una celda tiene más de %n carácter.</numerusform>
            <numerusform>Fila %1: una celda tiene más de %n caracteres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cm::XlsxWriter</name>
    <message>
        <source>“%1” cannot be written: %2.</source>
        <translation>No se puede escribir “%1”: %2.</translation>
    </message>
    <message>
        <source>“%1” cannot be written: the workbook could not be started.</source>
        <translation>No se puede escribir “%1”: no se pudo crear el libro.</translation>
    </message>
    <message>
        <source>The workbook is already closed.</source>
        <translation>El libro ya está cerrado.</translation>
    </message>
    <message>
        <source>An Excel sheet holds at most %L1 rows; export fewer contacts, or export them as CSV.</source>
        <translation>Una hoja de Excel admite como máximo %L1 filas; exporte menos contactos o expórtelos como CSV.</translation>
    </message>
    <message>
        <source>Row %1 has %2 columns; an Excel sheet holds at most %L3.</source>
        <translation>La fila %1 tiene %2 columnas; una hoja de Excel admite como máximo %L3.</translation>
    </message>
    <message>
        <source>Row %1, column %2: the text is %L3 characters long; an Excel cell holds at most %L4.</source>
        <translation>Fila %1, columna %2: el texto tiene %L3 caracteres; una celda de Excel admite como máximo %L4.</translation>
    </message>
    <message>
        <source>Row %1 cannot be written: %2.</source>
        <translation>No se puede escribir la fila %1: %2.</translation>
    </message>
    <message>
        <source>“%1” cannot be saved: %2.</source>
        <translation>No se puede guardar “%1”: %2.</translation>
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
        <translation>Campañas de SMS y correo electrónico.</translation>
    </message>
    <message>
        <source>The workspace database to open.</source>
        <translation>La base de datos del espacio de trabajo que se abrirá.</translation>
    </message>
    <message>
        <source>Start a new workspace empty.</source>
        <translation>Empezar vacío un espacio de trabajo nuevo.</translation>
    </message>
    <message>
        <source>Save the window as a PNG once it is shown, then quit.</source>
        <translation>Guardar la ventana como PNG en cuanto se muestre y salir.</translation>
    </message>
    <message>
        <source>Language (en, tr, es, pl).</source>
        <translation>Idioma (en, tr, es, pl).</translation>
    </message>
    <message>
        <source>Benchmarks: quit after the first paint.</source>
        <translation>Para mediciones: salir tras el primer dibujado.</translation>
    </message>
    <message>
        <source>Unknown pane “%1”: use one of %2.</source>
        <translation>Panel desconocido «%1»: use uno de %2.</translation>
    </message>
    <message>
        <source>Could not save the screenshot to “%1”.</source>
        <translation>No se pudo guardar la captura en «%1».</translation>
    </message>
    <message>
        <source>Appearance: light, dark or system.</source>
        <translation>Apariencia: light (claro), dark (oscuro) o system (sistema).</translation>
    </message>
    <message>
        <source>Open on this pane: overview, accounts, groups, templates, campaigns, reports.</source>
        <translation>Abrir en este panel: overview, accounts, groups, templates, campaigns, reports.</translation>
    </message>
</context>
</TS>
