<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AccountFormBase</name>
    <message>
        <location filename="../../leaddesk/ui/dialogs/accounts_base.py" line="341"/>
        <source>kept in the system keyring, never in the database</source>
        <translation>хранится в системном хранилище паролей, не в базе</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/accounts_base.py" line="351"/>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/accounts_base.py" line="358"/>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/accounts_base.py" line="364"/>
        <source>First sync &amp;reaches back:</source>
        <translation>Первая загрузка &amp;за:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/accounts_base.py" line="371"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/accounts_base.py" line="423"/>
        <source>A channel named “%1” exists already: choose another name.</source>
        <translation>Канал «%1» уже есть: выберите другое название.</translation>
    </message>
</context>
<context>
    <name>AccountsDialogBase</name>
    <message>
        <location filename="../../leaddesk/ui/dialogs/accounts_base.py" line="113"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/accounts_base.py" line="117"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/accounts_base.py" line="129"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/accounts_base.py" line="140"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/accounts_base.py" line="141"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/accounts_base.py" line="142"/>
        <source>Last error</source>
        <translation>Последняя ошибка</translation>
    </message>
</context>
<context>
    <name>AddFieldDialog</name>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_form_fields.py" line="174"/>
        <source>Add a field</source>
        <translation>Новое поле</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_form_fields.py" line="177"/>
        <source>e.g. flat_area</source>
        <translation>например, flat_area</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_form_fields.py" line="179"/>
        <source>e.g. Flat area, m²</source>
        <translation>например, Площадь квартиры, м²</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_form_fields.py" line="181"/>
        <source>One line</source>
        <translation>Одна строка</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_form_fields.py" line="181"/>
        <source>Several lines</source>
        <translation>Несколько строк</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_form_fields.py" line="182"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_form_fields.py" line="183"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_form_fields.py" line="187"/>
        <source>&amp;Label:</source>
        <translation>&amp;Подпись:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_form_fields.py" line="188"/>
        <source>&amp;Name in the post:</source>
        <translation>&amp;Имя в заявке:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_form_fields.py" line="189"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Вид:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_form_fields.py" line="191"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_form_fields.py" line="209"/>
        <source>Write the field&apos;s label: visitors see it.</source>
        <translation>Напишите подпись поля — её видят посетители.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_form_fields.py" line="211"/>
        <source>Give the field a name for the post, e.g. flat_area.</source>
        <translation>Дайте полю имя для заявки, например flat_area.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_form_fields.py" line="213"/>
        <source>The form has a field named “%1” already.</source>
        <translation>В форме уже есть поле с именем «%1».</translation>
    </message>
</context>
<context>
    <name>AlertCenter</name>
    <message>
        <location filename="../../leaddesk/ui/alerts.py" line="51"/>
        <source>LeadDesk</source>
        <translation>LeadDesk</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/alerts.py" line="91"/>
        <source>Checking for alerts</source>
        <translation>Проверка уведомлений</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/alerts.py" line="110"/>
        <source>An answer is due soon</source>
        <translation>Скоро истекает срок ответа</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/alerts.py" line="114"/>
        <source>A lead was assigned to you</source>
        <translation>Вам назначена заявка</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/alerts.py" line="115"/>
        <source>A lead waits past its answer time</source>
        <translation>Заявка ждёт ответа дольше нормы</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/alerts.py" line="116"/>
        <source>Reminder: a postponed lead is back</source>
        <translation>Напоминание: отложенная заявка вернулась</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/alerts.py" line="117"/>
        <source>The customer wrote again</source>
        <translation>Клиент написал снова</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/alerts.py" line="118"/>
        <source>Your answer could not be sent</source>
        <translation>Ваш ответ не отправлен</translation>
    </message>
</context>
<context>
    <name>AssignPicker</name>
    <message>
        <location filename="../../leaddesk/ui/dialogs/assign_picker.py" line="41"/>
        <source>Assign the lead</source>
        <translation>Назначить заявку</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/assign_picker.py" line="47"/>
        <source>Name or login…</source>
        <translation>Имя или логин…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/assign_picker.py" line="51"/>
        <source>&amp;Find:</source>
        <translation>&amp;Найти:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/assign_picker.py" line="63"/>
        <source>has the lead now</source>
        <translation>ведёт заявку сейчас</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/assign_picker.py" line="72"/>
        <source>Assign</source>
        <translation>Назначить</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/assign_picker.py" line="141"/>
        <source>There is nobody active to assign the lead to.</source>
        <translation>Некому назначить заявку: нет ни одного работающего сотрудника.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/assign_picker.py" line="143"/>
        <source>Nobody matches “%1”.</source>
        <translation>По запросу «%1» никого нет.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/assign_picker.py" line="146"/>
        <source>Pick a person from the list.</source>
        <translation>Выберите сотрудника в списке.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/assign_picker.py" line="149"/>
        <source>%1 has the lead already: pick someone else.</source>
        <translation>Заявку уже ведёт %1: выберите кого-то другого.</translation>
    </message>
</context>
<context>
    <name>ChannelsTab</name>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_channels.py" line="76"/>
        <source>Dispatchers see the channel&apos;s new leads unassigned and hand them out.</source>
        <translation>Новые заявки канала приходят без ответственного, диспетчеры распределяют их вручную.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_channels.py" line="78"/>
        <source>Every lead goes to this person:</source>
        <translation>Все заявки получает:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_channels.py" line="81"/>
        <source>Everyone in this role sees the lead; the first to take it owns it:</source>
        <translation>Заявку видят все с этой ролью; кто первым взял, тот и отвечает:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_channels.py" line="85"/>
        <source>Hot leads go to the best-ranked manager</source>
        <translation>Горячие заявки — лучшему по рейтингу менеджеру</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_channels.py" line="86"/>
        <source>Reassign to a supervisor on escalation</source>
        <translation>При эскалации передавать руководителю</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_channels.py" line="90"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_channels.py" line="91"/>
        <source>no target</source>
        <translation>без норматива</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_channels.py" line="94"/>
        <source>A reason is required to reject</source>
        <translation>Отклонять только с указанием причины</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_channels.py" line="97"/>
        <source>Assignment:</source>
        <translation>Распределение:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_channels.py" line="101"/>
        <source>First answer within:</source>
        <translation>Первый ответ в течение:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_channels.py" line="102"/>
        <source>Leads not answered in time are escalated; 0 means no target.</source>
        <translation>Заявки без ответа в срок эскалируются; 0 — без норматива.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_channels.py" line="132"/>
        <source>Hand out by dispatcher</source>
        <translation>Вручную, диспетчером</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_channels.py" line="133"/>
        <source>Fixed person</source>
        <translation>Одному сотруднику</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_channels.py" line="134"/>
        <source>Role pool</source>
        <translation>Общая очередь роли</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_channels.py" line="135"/>
        <source>Round-robin</source>
        <translation>По очереди</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_channels.py" line="150"/>
        <source>Move up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_channels.py" line="150"/>
        <source>Move down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_channels.py" line="160"/>
        <source>In turn, in this order (tick who takes part):</source>
        <translation>По очереди, в этом порядке (отметьте участников):</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_channels.py" line="181"/>
        <source>There are no channels yet.</source>
        <translation>Каналов пока нет.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_channels.py" line="226"/>
        <source>Removed person #%1</source>
        <translation>Удалённый сотрудник №%1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_channels.py" line="232"/>
        <source>%1 (inactive)</source>
        <translation>%1 (неактивен)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_channels.py" line="239"/>
        <source>— choose a person —</source>
        <translation>— выберите сотрудника —</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_channels.py" line="307"/>
        <source>Choose the person who gets the leads of “%1”.</source>
        <translation>Выберите сотрудника, который получает заявки канала «%1».</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_channels.py" line="309"/>
        <source>Tick at least one person to take the leads of “%1” in turn.</source>
        <translation>Отметьте хотя бы одного сотрудника для очереди канала «%1».</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/dialogs/rules_channels.py" line="324"/>
        <source>%n channel(s) saved.</source>
        <translation>
            <numerusform>Сохранён %n канал.</numerusform>
            <numerusform>Сохранено %n канала.</numerusform>
            <numerusform>Сохранено %n каналов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartPanel</name>
    <message>
        <location filename="../../leaddesk/ui/charts/chart_panel.py" line="61"/>
        <source>Save PNG…</source>
        <translation>Сохранить PNG…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/charts/chart_panel.py" line="63"/>
        <source>Save data CSV…</source>
        <translation>Сохранить данные CSV…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/charts/chart_panel.py" line="90"/>
        <source>No leads in this period.</source>
        <translation>За этот период заявок нет.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/charts/chart_panel.py" line="95"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/charts/chart_panel.py" line="109"/>
        <source>The chart could not be loaded: %1</source>
        <translation>Не удалось построить график: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/charts/chart_panel.py" line="124"/>
        <source>Save the chart as a picture</source>
        <translation>Сохранить график как картинку</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/charts/chart_panel.py" line="125"/>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/charts/chart_panel.py" line="130"/>
        <source>Save the chart&apos;s data</source>
        <translation>Сохранить данные графика</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/charts/chart_panel.py" line="131"/>
        <source>CSV file (*.csv)</source>
        <translation>Файл CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ChartsView</name>
    <message>
        <location filename="../../leaddesk/ui/charts_view.py" line="43"/>
        <source>Peak hours</source>
        <translation>Часы пик</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/charts_view.py" line="44"/>
        <source>Weekday × hour</source>
        <translation>День недели × час</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/charts_view.py" line="45"/>
        <source>Coverage</source>
        <translation>Дежурства</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/charts_view.py" line="46"/>
        <source>Response time</source>
        <translation>Время ответа</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/charts_view.py" line="47"/>
        <source>Funnel</source>
        <translation>Воронка</translation>
    </message>
</context>
<context>
    <name>CompanyTab</name>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_company.py" line="52"/>
        <source>10 digits, or 12 for an entrepreneur</source>
        <translation>10 цифр, у ИП — 12</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_company.py" line="53"/>
        <source>9 characters</source>
        <translation>9 символов</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_company.py" line="54"/>
        <source>9 digits</source>
        <translation>9 цифр</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_company.py" line="55"/>
        <location filename="../../leaddesk/ui/dialogs/rules_company.py" line="56"/>
        <source>20 digits</source>
        <translation>20 цифр</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_company.py" line="65"/>
        <source>Company</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_company.py" line="66"/>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_company.py" line="67"/>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_company.py" line="69"/>
        <source>Zone:</source>
        <translation>Пояс:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_company.py" line="71"/>
        <source>Dates, reports and invoice numbers by year follow this zone.</source>
        <translation>По этому поясу считаются даты, отчёты и годовая нумерация счетов.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_company.py" line="96"/>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_company.py" line="96"/>
        <source>INN:</source>
        <translation>ИНН:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_company.py" line="96"/>
        <source>KPP:</source>
        <translation>КПП:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_company.py" line="97"/>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_company.py" line="97"/>
        <source>Director:</source>
        <translation>Руководитель:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_company.py" line="98"/>
        <source>Chief accountant:</source>
        <translation>Главный бухгалтер:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_company.py" line="98"/>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_company.py" line="99"/>
        <source>Bank:</source>
        <translation>Банк:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_company.py" line="99"/>
        <source>BIK:</source>
        <translation>БИК:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_company.py" line="100"/>
        <source>Account:</source>
        <translation>Расчётный счёт:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_company.py" line="100"/>
        <source>Corr. account:</source>
        <translation>Корр. счёт:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_company.py" line="113"/>
        <source>The company name is missing.</source>
        <translation>Не указано название организации.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_company.py" line="114"/>
        <source>The INN is missing.</source>
        <translation>Не указан ИНН.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_company.py" line="115"/>
        <source>The bank is missing.</source>
        <translation>Не указан банк.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_company.py" line="116"/>
        <source>The BIK is missing.</source>
        <translation>Не указан БИК.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_company.py" line="117"/>
        <source>The account number is missing.</source>
        <translation>Не указан расчётный счёт.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_company.py" line="118"/>
        <source>The INN is wrong: 10 digits for a company, 12 for an entrepreneur, and the check digits must match.</source>
        <translation>ИНН неверен: у организации 10 цифр, у ИП — 12, и контрольные цифры должны сходиться.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_company.py" line="120"/>
        <source>The KPP is wrong: 9 characters, like 770101001.</source>
        <translation>КПП неверен: 9 символов, например 770101001.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_company.py" line="121"/>
        <source>The BIK is wrong: it has 9 digits.</source>
        <translation>БИК неверен: в нём 9 цифр.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_company.py" line="122"/>
        <source>The account number is wrong: it has 20 digits.</source>
        <translation>Расчётный счёт неверен: в нём 20 цифр.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_company.py" line="123"/>
        <source>The correspondent account is wrong: it has 20 digits.</source>
        <translation>Корреспондентский счёт неверен: в нём 20 цифр.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_company.py" line="155"/>
        <source>Invoices cannot be issued until this is put right:</source>
        <translation>Счета нельзя выставлять, пока не исправлено:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_company.py" line="159"/>
        <source>The requisites are complete: invoices can be issued.</source>
        <translation>Реквизиты заполнены: можно выставлять счета.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_company.py" line="167"/>
        <source>Unknown time zone: write it like Europe/Moscow.</source>
        <translation>Неизвестный часовой пояс: пишите как Europe/Moscow.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_company.py" line="169"/>
        <source>Now there: %1 (UTC%2)</source>
        <translation>Сейчас там: %1 (UTC%2)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_company.py" line="189"/>
        <source>Saving the time zone and counting the reports&apos; hours again in it…</source>
        <translation>Сохраняем часовой пояс и пересчитываем по нему часы в отчётах…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_company.py" line="193"/>
        <source>“%1” is not a time zone (write it like Europe/Moscow); the zone is not saved.</source>
        <translation>«%1» — не часовой пояс (пишите как Europe/Moscow); пояс не сохранён.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_company.py" line="200"/>
        <source>Saved, but invoices cannot be issued until the problems above are put right.</source>
        <translation>Сохранено, но счета нельзя выставлять, пока не исправлено то, что указано выше.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_company.py" line="203"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>ConnectionCheck</name>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_connection_check.py" line="38"/>
        <source>Test connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_connection_check.py" line="41"/>
        <source>Log in to both servers and look for the folders; nothing is sent or changed</source>
        <translation>Войти на оба сервера и найти папки; ничего не отправляется и не меняется</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_connection_check.py" line="48"/>
        <source>Connecting to the servers…</source>
        <translation>Подключение к серверам…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_connection_check.py" line="98"/>
        <source>No password: type it (this computer&apos;s keyring has none for this account).</source>
        <translation>Нет пароля: введите его (в хранилище паролей этого компьютера его нет).</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_connection_check.py" line="106"/>
        <source>The test failed: %1</source>
        <translation>Проверка не удалась: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_connection_check.py" line="123"/>
        <source>Reading mail (IMAP)</source>
        <translation>Чтение почты (IMAP)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_connection_check.py" line="124"/>
        <source>logged in; folders: %1</source>
        <translation>вход выполнен; папки: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_connection_check.py" line="126"/>
        <source>logged in</source>
        <translation>вход выполнен</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_connection_check.py" line="129"/>
        <source>Watched folders</source>
        <translation>Отслеживаемые папки</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_connection_check.py" line="130"/>
        <source>all found</source>
        <translation>все найдены</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_connection_check.py" line="131"/>
        <source>not on the server: %1</source>
        <translation>нет на сервере: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_connection_check.py" line="133"/>
        <source>Sending answers (SMTP)</source>
        <translation>Отправка ответов (SMTP)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_connection_check.py" line="134"/>
        <source>logged in (nothing was sent)</source>
        <translation>вход выполнен (ничего не отправлено)</translation>
    </message>
</context>
<context>
    <name>ConvertDialog</name>
    <message>
        <location filename="../../leaddesk/ui/dialogs/convert_dialog.py" line="33"/>
        <source>Convert into a deal</source>
        <translation>Превратить заявку в сделку</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/convert_dialog.py" line="36"/>
        <source>The lead becomes a deal with this amount.</source>
        <translation>Заявка станет сделкой на эту сумму.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/convert_dialog.py" line="40"/>
        <source>e.g. 45 000 or 1 250,50</source>
        <translation>например, 45 000 или 1 250,50</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/convert_dialog.py" line="55"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Сумма:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/convert_dialog.py" line="61"/>
        <source>Convert</source>
        <translation>Создать сделку</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/convert_dialog.py" line="98"/>
        <source>Enter the amount of the deal.</source>
        <translation>Введите сумму сделки.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/convert_dialog.py" line="101"/>
        <source>“%1” is not an amount: write it like 45 000 or 1 250,50.</source>
        <translation>«%1» — не сумма: пишите так: 45 000 или 1 250,50.</translation>
    </message>
</context>
<context>
    <name>CoverageChart</name>
    <message>
        <location filename="../../leaddesk/ui/charts/coverage_chart.py" line="36"/>
        <source>People on duty against usual demand</source>
        <translation>Дежурные против обычного потока заявок</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/charts/coverage_chart.py" line="37"/>
        <source>Hour of the week</source>
        <translation>Час недели</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/charts/coverage_chart.py" line="38"/>
        <source>Leads per hour / people on duty</source>
        <translation>Заявок в час / дежурных</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/charts/coverage_chart.py" line="42"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/charts/coverage_chart.py" line="63"/>
        <source>Usual leads per hour</source>
        <translation>Обычно заявок в час</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/charts/coverage_chart.py" line="64"/>
        <source>Leads while nobody is on duty</source>
        <translation>Заявки, когда никто не дежурит</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/charts/coverage_chart.py" line="65"/>
        <source>People on duty</source>
        <translation>Дежурных</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/charts/coverage_chart.py" line="98"/>
        <source>This channel has no duty schedule: its leads go to everyone.</source>
        <translation>У этого канала нет графика дежурств: его заявки получают все.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/charts/coverage_chart.py" line="103"/>
        <source>%1: people on duty against usual demand</source>
        <translation>%1: дежурные против обычного потока заявок</translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message>
        <location filename="../../leaddesk/ui/schedule/coverage_view.py" line="146"/>
        <source>Gap: leads usually come, nobody on duty</source>
        <translation>Пробел: заявки обычно приходят, дежурных нет</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/schedule/coverage_view.py" line="148"/>
        <source>Gap, under one lead an hour</source>
        <translation>Пробел, меньше одной заявки в час</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/schedule/coverage_view.py" line="149"/>
        <source>People on duty (large number)</source>
        <translation>Дежурных (крупная цифра)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/schedule/coverage_view.py" line="151"/>
        <source>No leads, nobody on duty</source>
        <translation>Заявок нет, дежурных нет</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/schedule/coverage_view.py" line="152"/>
        <source>Small number: usual leads per hour</source>
        <translation>Мелкая цифра: обычно заявок в час</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/schedule/coverage_view.py" line="163"/>
        <source>Coverage of %1: people on duty and usual leads per hour (average of the last %2 weeks)</source>
        <translation>Покрытие канала «%1»: дежурные и обычное число заявок в час (среднее за последние %2 нед.)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/schedule/coverage_view.py" line="168"/>
        <source>No schedule for this channel: its leads go to everyone at any hour and nobody in particular answers for them. Paint shifts above to change that.</source>
        <translation>У канала нет графика: его заявки в любой час получают все, и никто конкретно за них не отвечает. Нарисуйте смены выше, чтобы это изменить.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/schedule/coverage_view.py" line="176"/>
        <source>Someone is on duty in every hour leads usually come.</source>
        <translation>В каждый час, когда обычно приходят заявки, кто-то дежурит.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/schedule/coverage_view.py" line="181"/>
        <source>%n hour(s) a week with leads and nobody on duty: about %1 leads a week arrive in them.</source>
        <translation>
            <numerusform>%n час в неделю с заявками и без дежурных: на него приходится около %1 заявок в неделю.</numerusform>
            <numerusform>%n часа в неделю с заявками и без дежурных: на них приходится около %1 заявок в неделю.</numerusform>
            <numerusform>%n часов в неделю с заявками и без дежурных: на них приходится около %1 заявок в неделю.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <location filename="../../leaddesk/ui/csv_import_dialog.py" line="66"/>
        <source>Import leads from a CSV file</source>
        <translation>Импорт заявок из CSV-файла</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/csv_import_dialog.py" line="72"/>
        <source>A call log or a list of visitors, in CSV</source>
        <translation>Журнал звонков или список посетителей в формате CSV</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/csv_import_dialog.py" line="73"/>
        <source>Choose file…</source>
        <translation>Выбрать файл…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/csv_import_dialog.py" line="84"/>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/csv_import_dialog.py" line="85"/>
        <source>Channel:</source>
        <translation>Канал:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/csv_import_dialog.py" line="110"/>
        <source>Check</source>
        <translation>Проверить</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/csv_import_dialog.py" line="111"/>
        <source>Tell what the import would do, changing nothing</source>
        <translation>Показать, что сделает импорт, ничего не меняя</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/csv_import_dialog.py" line="113"/>
        <location filename="../../leaddesk/ui/csv_import_dialog.py" line="294"/>
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/csv_import_dialog.py" line="115"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/csv_import_dialog.py" line="136"/>
        <source>Choose a CSV file</source>
        <translation>Выберите CSV-файл</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/csv_import_dialog.py" line="137"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Файлы CSV (*.csv *.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/csv_import_dialog.py" line="150"/>
        <source>Cannot read the file: %1</source>
        <translation>Не удаётся прочитать файл: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/csv_import_dialog.py" line="160"/>
        <source>This is not a text file in UTF-8 or Windows-1251. Save it from Excel as “CSV”.</source>
        <translation>Это не текстовый файл в UTF-8 или Windows-1251. Сохраните его из Excel как «CSV».</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/csv_import_dialog.py" line="162"/>
        <source>The file is empty: its first line must name the columns.</source>
        <translation>Файл пуст: в первой строке должны быть названия столбцов.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/csv_import_dialog.py" line="164"/>
        <source>The file cannot be read as CSV.</source>
        <translation>Файл не читается как CSV.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/csv_import_dialog.py" line="176"/>
        <source>semicolon</source>
        <translation>точка с запятой</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/csv_import_dialog.py" line="176"/>
        <source>comma</source>
        <translation>запятая</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/csv_import_dialog.py" line="177"/>
        <source>tab</source>
        <translation>табуляция</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/csv_import_dialog.py" line="179"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n строка</numerusform>
            <numerusform>%n строки</numerusform>
            <numerusform>%n строк</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/csv_import_dialog.py" line="180"/>
        <source>encoding %1, delimiter: %2</source>
        <translation>кодировка %1, разделитель: %2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/csv_import_dialog.py" line="182"/>
        <source>Set what each column holds, then press Check.</source>
        <translation>Укажите, что в каждом столбце, и нажмите «Проверить».</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/csv_import_dialog.py" line="189"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/csv_import_dialog.py" line="214"/>
        <source>— skip —</source>
        <translation>— пропустить —</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/csv_import_dialog.py" line="215"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/csv_import_dialog.py" line="216"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/csv_import_dialog.py" line="217"/>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/csv_import_dialog.py" line="218"/>
        <source>VK id</source>
        <translation>ВКонтакте</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/csv_import_dialog.py" line="219"/>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/csv_import_dialog.py" line="220"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/csv_import_dialog.py" line="221"/>
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/csv_import_dialog.py" line="222"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/csv_import_dialog.py" line="237"/>
        <source>%1 (a new channel)</source>
        <translation>%1 (новый канал)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/csv_import_dialog.py" line="263"/>
        <source>%n lead(s) would be created</source>
        <translation>
            <numerusform>будет создана %n заявка</numerusform>
            <numerusform>будет создано %n заявки</numerusform>
            <numerusform>будет создано %n заявок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/csv_import_dialog.py" line="264"/>
        <source>%n new contact(s)</source>
        <translation>
            <numerusform>%n новый контакт</numerusform>
            <numerusform>%n новых контакта</numerusform>
            <numerusform>%n новых контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/csv_import_dialog.py" line="265"/>
        <source>%n known contact(s)</source>
        <translation>
            <numerusform>%n известный контакт</numerusform>
            <numerusform>%n известных контакта</numerusform>
            <numerusform>%n известных контактов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/csv_import_dialog.py" line="266"/>
        <location filename="../../leaddesk/ui/csv_import_dialog.py" line="303"/>
        <source>%n row(s) with errors</source>
        <translation>
            <numerusform>%n строка с ошибками</numerusform>
            <numerusform>%n строки с ошибками</numerusform>
            <numerusform>%n строк с ошибками</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/csv_import_dialog.py" line="268"/>
        <source>%n row(s) imported before, to be skipped</source>
        <translation>
            <numerusform>%n строка уже импортирована и будет пропущена</numerusform>
            <numerusform>%n строки уже импортированы и будут пропущены</numerusform>
            <numerusform>%n строк уже импортированы и будут пропущены</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/csv_import_dialog.py" line="278"/>
        <source>Importing leads…</source>
        <translation>Импорт заявок…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/csv_import_dialog.py" line="295"/>
        <source>The import stopped: %1</source>
        <translation>Импорт остановлен: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/csv_import_dialog.py" line="299"/>
        <source>%n lead(s) imported</source>
        <translation>
            <numerusform>импортирована %n заявка</numerusform>
            <numerusform>импортировано %n заявки</numerusform>
            <numerusform>импортировано %n заявок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/csv_import_dialog.py" line="301"/>
        <source>%n row(s) imported before were skipped</source>
        <translation>
            <numerusform>%n строка, импортированная раньше, пропущена</numerusform>
            <numerusform>%n строки, импортированные раньше, пропущены</numerusform>
            <numerusform>%n строк, импортированных раньше, пропущены</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/csv_import_dialog.py" line="314"/>
        <source>Line %1: %2</source>
        <translation>Строка %1: %2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/csv_import_dialog.py" line="331"/>
        <source>no phone, email or VK id to reach the customer</source>
        <translation>нет ни телефона, ни почты, ни ВКонтакте, чтобы связаться с клиентом</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/csv_import_dialog.py" line="332"/>
        <source>“%1” is not a phone number</source>
        <translation>«%1» — не номер телефона</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/csv_import_dialog.py" line="333"/>
        <source>“%1” is not an email address</source>
        <translation>«%1» — не адрес почты</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/csv_import_dialog.py" line="334"/>
        <source>“%1” is not a date (write 25.11.2026 14:03)</source>
        <translation>«%1» — не дата (пишите 25.11.2026 14:03)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/csv_import_dialog.py" line="335"/>
        <source>the date “%1” is in the future</source>
        <translation>дата «%1» ещё не наступила</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/csv_import_dialog.py" line="336"/>
        <source>the cell in column “%1” is longer than 10 000 characters</source>
        <translation>в столбце «%1» ячейка длиннее 10 000 знаков</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/csv_import_dialog.py" line="338"/>
        <source>%1 cells where the header has %2</source>
        <translation>%1 ячеек, а в заголовке %2</translation>
    </message>
</context>
<context>
    <name>DatabaseDialog</name>
    <message>
        <location filename="../../leaddesk/ui/dialogs/database_dialog.py" line="137"/>
        <source>The connection works, but the password cannot be remembered: %1. Untick “Remember the password” to go on without it.</source>
        <translation>Подключение работает, но пароль нельзя запомнить: %1. Снимите флажок «Запомнить пароль», чтобы продолжить без этого.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/database_dialog.py" line="144"/>
        <source>that address</source>
        <translation>этому адресу</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/database_dialog.py" line="150"/>
        <source>The server refused the login “%1” or its password: check both.</source>
        <translation>Сервер не принял логин «%1» или его пароль: проверьте и то и другое.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/database_dialog.py" line="153"/>
        <source>The server wants a password for this login: type it.</source>
        <translation>Сервер требует пароль для этого логина: введите его.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/database_dialog.py" line="156"/>
        <source>The server has no database named “%1”: check the name with your administrator.</source>
        <translation>На сервере нет базы данных «%1»: уточните имя у администратора.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/database_dialog.py" line="159"/>
        <source>Nothing answers at %1: the server is not running there, or the host or the port is wrong.</source>
        <translation>По адресу %1 никто не отвечает: сервер там не запущен, или неверен адрес либо порт.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/database_dialog.py" line="162"/>
        <source>The server name “%1” is unknown: check it.</source>
        <translation>Имя сервера «%1» неизвестно: проверьте его.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/database_dialog.py" line="165"/>
        <source>The server at %1 cannot be reached: check the host, the port and the network.</source>
        <translation>Сервер %1 недоступен: проверьте адрес, порт и сеть.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/database_dialog.py" line="168"/>
        <source>The server does not let this login in from this computer (pg_hba.conf): ask your administrator.</source>
        <translation>Сервер не пускает этот логин с этого компьютера (pg_hba.conf): обратитесь к администратору.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/database_dialog.py" line="171"/>
        <source>Your login may not use this LeadDesk database yet: ask your administrator to add you (leaddesk user add).</source>
        <translation>Вашему логину пока нельзя работать с этой базой LeadDesk: попросите администратора добавить вас (leaddesk user add).</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/database_dialog.py" line="174"/>
        <source>Your login may not connect to this database: ask your administrator.</source>
        <translation>Вашему логину нельзя подключаться к этой базе данных: обратитесь к администратору.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/database_dialog.py" line="177"/>
        <source>The database file cannot be opened: check the path and its folder&apos;s permissions.</source>
        <translation>Файл базы данных не открывается: проверьте путь и права на его папку.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/database_dialog.py" line="179"/>
        <source>The database cannot be opened: %1</source>
        <translation>Базу данных не удалось открыть: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/database_dialog.py" line="185"/>
        <source>This database was set up by a newer LeadDesk version (schema %1; this one knows up to %2): install the newer LeadDesk on this computer.</source>
        <translation>Эту базу данных создала более новая версия LeadDesk (схема %1; эта версия знает только до %2): установите на этот компьютер новую версию LeadDesk.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/database_dialog.py" line="190"/>
        <source>The database is not set up for LeadDesk yet: LeadDesk sets it up when you open it.</source>
        <translation>База данных ещё не подготовлена для LeadDesk: LeadDesk подготовит её, когда вы её откроете.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/database_dialog.py" line="193"/>
        <source>The database has an older LeadDesk schema (%1): LeadDesk updates it to %2 when you open it, and desks with an older LeadDesk must then be updated too.</source>
        <translation>В базе данных старая схема LeadDesk (%1): при открытии LeadDesk обновит её до %2, и тогда LeadDesk на остальных рабочих местах тоже нужно будет обновить.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/database_dialog.py" line="201"/>
        <source>This team database is not set up for LeadDesk yet, and your login may not do it. Ask your administrator to run:
%1</source>
        <translation>Эта общая база данных ещё не подготовлена для LeadDesk, а вашему логину это делать нельзя. Попросите администратора выполнить:
%1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/database_dialog.py" line="205"/>
        <source>This team database needs an update to this LeadDesk version (from %1 to %2), and your login may not do it. Ask your administrator to run:
%3</source>
        <translation>Эту общую базу данных нужно обновить для этой версии LeadDesk (с %1 до %2), а вашему логину это делать нельзя. Попросите администратора выполнить:
%3</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/database_dialog.py" line="271"/>
        <source>Where LeadDesk keeps its data</source>
        <translation>Где LeadDesk хранит данные</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/database_dialog.py" line="274"/>
        <source>Choose where this desk keeps its leads. You can change it later from the menu.</source>
        <translation>Выберите, где это рабочее место будет хранить заявки. Потом это можно изменить в меню.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/database_dialog.py" line="276"/>
        <source>Choose where this desk keeps its leads.</source>
        <translation>Выберите, где это рабочее место будет хранить заявки.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/database_dialog.py" line="279"/>
        <source>&amp;This computer only</source>
        <translation>&amp;Только этот компьютер</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/database_dialog.py" line="282"/>
        <source>One desk, nothing to set up. The data is kept in a file in your data folder:
%1</source>
        <translation>Одно рабочее место, ничего настраивать не нужно. Данные хранятся в файле в вашей папке данных:
%1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/database_dialog.py" line="286"/>
        <source>T&amp;eam server (PostgreSQL)</source>
        <translation>Об&amp;щий сервер команды (PostgreSQL)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/database_dialog.py" line="288"/>
        <source>Several desks share one database on a PostgreSQL server and see each other&apos;s work at once. Your administrator gives you these:</source>
        <translation>Несколько рабочих мест работают с одной базой на сервере PostgreSQL и сразу видят работу друг друга. Эти данные даёт администратор:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/database_dialog.py" line="302"/>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/database_dialog.py" line="303"/>
        <source>&amp;port</source>
        <translation>по&amp;рт</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/database_dialog.py" line="312"/>
        <source>e.g. sales</source>
        <translation>например, sales</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/database_dialog.py" line="315"/>
        <source>e.g. anna</source>
        <translation>например, anna</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/database_dialog.py" line="319"/>
        <source>empty: the remembered one, if any</source>
        <translation>пусто: запомненный, если он есть</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/database_dialog.py" line="320"/>
        <source>&amp;Remember the password</source>
        <translation>&amp;Запомнить пароль</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/database_dialog.py" line="323"/>
        <source>Kept in this computer&apos;s keyring, never in a file; otherwise LeadDesk asks at every start</source>
        <translation>Хранится в системном хранилище паролей этого компьютера, никогда не в файле; иначе LeadDesk спрашивает его при каждом запуске</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/database_dialog.py" line="326"/>
        <source>Test connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/database_dialog.py" line="329"/>
        <source>Connect and look at the database; nothing is changed</source>
        <translation>Подключиться и посмотреть на базу данных; ничего не меняется</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/database_dialog.py" line="356"/>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/database_dialog.py" line="359"/>
        <source>&amp;Database:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/database_dialog.py" line="360"/>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/database_dialog.py" line="361"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/database_dialog.py" line="374"/>
        <source>LEADDESK_DB is set here: it is used instead of this choice while it is set.</source>
        <translation>Здесь задана переменная LEADDESK_DB: пока она задана, используется она, а не этот выбор.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/database_dialog.py" line="381"/>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/database_dialog.py" line="386"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выйти</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/database_dialog.py" line="449"/>
        <source>Type the server&apos;s name or address.</source>
        <translation>Введите имя или адрес сервера.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/database_dialog.py" line="451"/>
        <source>Type the database&apos;s name.</source>
        <translation>Введите имя базы данных.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/database_dialog.py" line="453"/>
        <source>Type your login.</source>
        <translation>Введите свой логин.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/database_dialog.py" line="488"/>
        <source>Connected: the LeadDesk database is ready.</source>
        <translation>Подключено: база данных LeadDesk готова.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/database_dialog.py" line="490"/>
        <source>Connected.</source>
        <translation>Подключено.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/database_dialog.py" line="503"/>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/database_dialog.py" line="536"/>
        <source>Opening the database…</source>
        <translation>Открытие базы данных…</translation>
    </message>
</context>
<context>
    <name>DeskTabs</name>
    <message>
        <location filename="../../leaddesk/ui/desk_tabs.py" line="39"/>
        <source>Inbox</source>
        <translation>Входящие</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/desk_tabs.py" line="40"/>
        <source>Duty schedule</source>
        <translation>График дежурств</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/desk_tabs.py" line="41"/>
        <source>Charts</source>
        <translation>Графики</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/desk_tabs.py" line="41"/>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
</context>
<context>
    <name>EmailAccountForm</name>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_account_form.py" line="120"/>
        <source>Email account: %1</source>
        <translation>Почтовый ящик: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_account_form.py" line="121"/>
        <source>New email account</source>
        <translation>Новый почтовый ящик</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_account_form.py" line="124"/>
        <source>e.g. Sales mail</source>
        <translation>например, Почта продаж</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_account_form.py" line="133"/>
        <source>empty: keep the stored password</source>
        <translation>пусто — оставить сохранённый пароль</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_account_form.py" line="137"/>
        <source>The address answers are sent from; empty: the login, when it is an address</source>
        <translation>Адрес, с которого уходят ответы; если пусто — логин, когда это адрес</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_account_form.py" line="142"/>
        <source>e.g. Romashka, sales department</source>
        <translation>например, Ромашка, отдел продаж</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_account_form.py" line="149"/>
        <source>The folders whose new mail is read, separated by commas</source>
        <translation>Папки, из которых читается новая почта, через запятую</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_account_form.py" line="153"/>
        <source>empty: find the Sent folder</source>
        <translation>пусто — найти папку «Отправленные»</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_account_form.py" line="154"/>
        <source>Where a copy of each answer is put</source>
        <translation>Куда кладётся копия каждого ответа</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_account_form.py" line="157"/>
        <source>empty: the system&apos;s certificates</source>
        <translation>пусто — сертификаты системы</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_account_form.py" line="158"/>
        <source>A certificate authority file (PEM), for a server with a certificate of its own</source>
        <translation>Файл удостоверяющего центра (PEM) для сервера с собственным сертификатом</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_account_form.py" line="160"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_account_form.py" line="167"/>
        <source>all of it</source>
        <translation>вся почта</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_account_form.py" line="168"/>
        <source>The first sync makes leads of the mail of these last days only; older mail stays in the mailbox</source>
        <translation>Первая загрузка создаёт заявки только из писем за эти последние дни; более старые письма остаются в ящике</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_account_form.py" line="170"/>
        <source>This mailbox is a lead source</source>
        <translation>Этот ящик — источник заявок</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_account_form.py" line="173"/>
        <source>Otherwise its mail only joins existing leads: new conversations are set aside</source>
        <translation>Иначе письма только добавляются к существующим заявкам, а новые переписки откладываются</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_account_form.py" line="177"/>
        <source>Mailbox</source>
        <translation>Почтовый ящик</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_account_form.py" line="178"/>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_account_form.py" line="179"/>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_account_form.py" line="180"/>
        <source>Answers &amp;from:</source>
        <translation>&amp;Адрес для ответов:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_account_form.py" line="181"/>
        <source>&amp;Sender name:</source>
        <translation>&amp;Имя отправителя:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_account_form.py" line="182"/>
        <source>Servers</source>
        <translation>Серверы</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_account_form.py" line="183"/>
        <source>&amp;Incoming (IMAP):</source>
        <translation>&amp;Входящая (IMAP):</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_account_form.py" line="184"/>
        <source>&amp;Outgoing (SMTP):</source>
        <translation>Ис&amp;ходящая (SMTP):</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_account_form.py" line="185"/>
        <source>&amp;Certificate file:</source>
        <translation>&amp;Файл сертификата:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_account_form.py" line="188"/>
        <source>Folders</source>
        <translation>Папки</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_account_form.py" line="189"/>
        <source>&amp;Watched folders:</source>
        <translation>&amp;Отслеживаемые папки:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_account_form.py" line="190"/>
        <source>Sen&amp;t folder:</source>
        <translation>Папка о&amp;тправленных:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_account_form.py" line="222"/>
        <source>The name is given when the account is added</source>
        <translation>Название задаётся при добавлении ящика</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_account_form.py" line="237"/>
        <source>the login, when it is an address</source>
        <translation>логин, если это адрес</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_account_form.py" line="269"/>
        <source>Give the account a name: the channel is shown by it.</source>
        <translation>Дайте ящику название: под ним канал виден в программе.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_account_form.py" line="270"/>
        <source>Enter the mailbox login.</source>
        <translation>Введите логин почтового ящика.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_account_form.py" line="271"/>
        <source>Enter the mailbox password.</source>
        <translation>Введите пароль почтового ящика.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_account_form.py" line="272"/>
        <source>The login is no email address: enter the address answers are sent from.</source>
        <translation>Логин — не адрес почты: укажите адрес, с которого уходят ответы.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_account_form.py" line="274"/>
        <source>Enter the incoming mail server (IMAP), e.g. imap.yandex.ru.</source>
        <translation>Укажите сервер входящей почты (IMAP), например imap.yandex.ru.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_account_form.py" line="276"/>
        <source>The IMAP port must be between 1 and 65535.</source>
        <translation>Порт IMAP должен быть от 1 до 65535.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_account_form.py" line="277"/>
        <source>Enter the outgoing mail server (SMTP), e.g. smtp.yandex.ru.</source>
        <translation>Укажите сервер исходящей почты (SMTP), например smtp.yandex.ru.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_account_form.py" line="279"/>
        <source>The SMTP port must be between 1 and 65535.</source>
        <translation>Порт SMTP должен быть от 1 до 65535.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_account_form.py" line="280"/>
        <source>Enter at least one folder to watch (usually INBOX).</source>
        <translation>Укажите хотя бы одну отслеживаемую папку (обычно INBOX).</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_account_form.py" line="293"/>
        <source>Certificate authority file</source>
        <translation>Файл удостоверяющего центра</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_account_form.py" line="294"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Сертификаты (*.pem *.crt *.cer);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_account_form.py" line="285"/>
        <source>The password cannot be stored: %1. Nothing was saved.</source>
        <translation>Пароль не удаётся сохранить: %1. Ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_account_form.py" line="288"/>
        <source>Saving the email account</source>
        <translation>Сохранение почтового ящика</translation>
    </message>
</context>
<context>
    <name>EmailAccountsDialog</name>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_accounts_dialog.py" line="41"/>
        <source>Email accounts</source>
        <translation>Почтовые ящики</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_accounts_dialog.py" line="44"/>
        <source>Mailbox</source>
        <translation>Ящик</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_accounts_dialog.py" line="44"/>
        <source>Lead source</source>
        <translation>Источник заявок</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_accounts_dialog.py" line="45"/>
        <source>Set aside</source>
        <translation>Отложено</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_accounts_dialog.py" line="67"/>
        <source>Reading the email accounts</source>
        <translation>Чтение почтовых ящиков</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_accounts_dialog.py" line="70"/>
        <source>The accounts cannot be read: %1</source>
        <translation>Не удаётся прочитать почтовые ящики: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_accounts_dialog.py" line="76"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_accounts_dialog.py" line="76"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_accounts_dialog.py" line="83"/>
        <source>New conversations here become leads</source>
        <translation>Новые переписки становятся заявками</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_accounts_dialog.py" line="84"/>
        <source>Mail here only joins existing leads</source>
        <translation>Письма только добавляются к существующим заявкам</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_accounts_dialog.py" line="95"/>
        <source>never synced</source>
        <translation>ещё не синхронизирован</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_accounts_dialog.py" line="96"/>
        <source>last sync %1</source>
        <translation>синхронизирован %1</translation>
    </message>
</context>
<context>
    <name>ExceptionDialog</name>
    <message>
        <location filename="../../leaddesk/ui/schedule/exception_dialog.py" line="46"/>
        <source>Schedule exception</source>
        <translation>Исключение в графике</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/schedule/exception_dialog.py" line="56"/>
        <source>Everybody</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/schedule/exception_dialog.py" line="61"/>
        <source>All channels</source>
        <translation>Все каналы</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/schedule/exception_dialog.py" line="68"/>
        <source>e.g. vacation</source>
        <translation>например, отпуск</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/schedule/exception_dialog.py" line="76"/>
        <source>Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/schedule/exception_dialog.py" line="78"/>
        <source>Who:</source>
        <translation>Кто:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/schedule/exception_dialog.py" line="79"/>
        <source>Channel:</source>
        <translation>Канал:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/schedule/exception_dialog.py" line="80"/>
        <source>From:</source>
        <translation>С:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/schedule/exception_dialog.py" line="81"/>
        <source>To:</source>
        <translation>По:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/schedule/exception_dialog.py" line="82"/>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/schedule/exception_dialog.py" line="85"/>
        <source>Times are in the company time zone (%1).</source>
        <translation>Время — в часовом поясе компании (%1).</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/schedule/exception_dialog.py" line="114"/>
        <source>The end must come after the start.</source>
        <translation>Конец должен быть позже начала.</translation>
    </message>
</context>
<context>
    <name>ExceptionsEditor</name>
    <message>
        <location filename="../../leaddesk/ui/schedule/exceptions_editor.py" line="46"/>
        <source>Kind, note</source>
        <translation>Вид, примечание</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/schedule/exceptions_editor.py" line="46"/>
        <source>Who, channel</source>
        <translation>Кто, канал</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/schedule/exceptions_editor.py" line="46"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/schedule/exceptions_editor.py" line="57"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/schedule/exceptions_editor.py" line="58"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/schedule/exceptions_editor.py" line="60"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/schedule/exceptions_editor.py" line="99"/>
        <source>Everybody</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/schedule/exceptions_editor.py" line="101"/>
        <source>All channels</source>
        <translation>Все каналы</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/schedule/exceptions_editor.py" line="106"/>
        <source>from %1
to %2</source>
        <translation>с %1
по %2</translation>
    </message>
</context>
<context>
    <name>FieldsTable</name>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_form_fields.py" line="42"/>
        <source>Use</source>
        <translation>В форме</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_form_fields.py" line="42"/>
        <source>Label</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_form_fields.py" line="42"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_form_fields.py" line="43"/>
        <source>Required</source>
        <translation>Обязательное</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_form_fields.py" line="43"/>
        <source>Hidden</source>
        <translation>Скрытое</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_form_fields.py" line="44"/>
        <source>Value of a hidden field</source>
        <translation>Значение скрытого поля</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_form_fields.py" line="67"/>
        <source>Double-click to change what visitors read</source>
        <translation>Дважды щёлкните, чтобы изменить подпись для посетителей</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_form_fields.py" line="90"/>
        <source>Sent with every post of the form, e.g. the landing page&apos;s name</source>
        <translation>Отправляется с каждой заявкой из формы, например название посадочной страницы</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_form_fields.py" line="92"/>
        <source>Tick Hidden to give the field a fixed value</source>
        <translation>Отметьте «Скрытое», чтобы задать полю постоянное значение</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../leaddesk/ui/filter_bar.py" line="49"/>
        <source>All channels</source>
        <translation>Все каналы</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/filter_bar.py" line="55"/>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/filter_bar.py" line="62"/>
        <source>Everyone&apos;s</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/filter_bar.py" line="63"/>
        <source>Mine</source>
        <translation>Мои</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/filter_bar.py" line="64"/>
        <source>Unassigned</source>
        <translation>Без ответственного</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/filter_bar.py" line="65"/>
        <source>My pool</source>
        <translation>Мой пул</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/filter_bar.py" line="79"/>
        <source>Search: name, email, phone, words…  ( / )</source>
        <translation>Поиск: имя, почта, телефон, слова…  ( / )</translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <location filename="../../leaddesk/ui/charts/funnel_chart.py" line="32"/>
        <source>Funnel per channel</source>
        <translation>Воронка по каналам</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/charts/funnel_chart.py" line="32"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/charts/funnel_chart.py" line="32"/>
        <source>Leads</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/charts/funnel_chart.py" line="65"/>
        <source>won %1</source>
        <translation>выиграно %1</translation>
    </message>
</context>
<context>
    <name>HeatmapChart</name>
    <message>
        <location filename="../../leaddesk/ui/charts/heatmap_chart.py" line="30"/>
        <source>Leads by weekday and hour</source>
        <translation>Заявки по дням недели и часам</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/charts/heatmap_chart.py" line="30"/>
        <source>Hour of the day</source>
        <translation>Час дня</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/charts/heatmap_chart.py" line="31"/>
        <source>Weekday</source>
        <translation>День недели</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/charts/heatmap_chart.py" line="44"/>
        <source>Leads</source>
        <translation>Заявки</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../../leaddesk/ui/inbox_model.py" line="72"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/inbox_model.py" line="73"/>
        <source>Received</source>
        <translation>Получена</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/inbox_model.py" line="74"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/inbox_model.py" line="75"/>
        <source>Request</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/inbox_model.py" line="76"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/inbox_model.py" line="77"/>
        <source>Assignee</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/inbox_model.py" line="78"/>
        <source>Warmth</source>
        <translation>Теплота</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/inbox_model.py" line="79"/>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/inbox_model.py" line="257"/>
        <source>The customer wrote again; the answer is due by %1</source>
        <translation>Клиент написал снова; ответить нужно до %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/inbox_model.py" line="256"/>
        <source>Answer due by %1</source>
        <translation>Ответить до %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/inbox_model.py" line="277"/>
        <source>⚑ nobody on duty</source>
        <translation>⚑ никто не дежурит</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/inbox_model.py" line="279"/>
        <source>pool: %1</source>
        <translation>пул: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/inbox_model.py" line="295"/>
        <source>↩ %1 left</source>
        <translation>↩ осталось %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/inbox_model.py" line="296"/>
        <source>↩ %1 late</source>
        <translation>↩ просрочка %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/inbox_model.py" line="302"/>
        <source>%1 left</source>
        <translation>осталось %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/inbox_model.py" line="303"/>
        <source>%1 late</source>
        <translation>просрочка %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/inbox_model.py" line="298"/>
        <source>no answer</source>
        <translation>без ответа</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <location filename="../../leaddesk/ui/dialogs/invoice_dialog.py" line="98"/>
        <source>Issue an invoice</source>
        <translation>Выставить счёт</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/invoice_dialog.py" line="104"/>
        <source>Company or person who pays</source>
        <translation>Компания или человек, который платит</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/invoice_dialog.py" line="108"/>
        <source>INN, KPP, address — optional</source>
        <translation>ИНН, КПП, адрес — по желанию</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/invoice_dialog.py" line="111"/>
        <source>&amp;Buyer:</source>
        <translation>&amp;Покупатель:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/invoice_dialog.py" line="112"/>
        <source>Buyer &amp;details:</source>
        <translation>&amp;Реквизиты покупателя:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/invoice_dialog.py" line="116"/>
        <source>Item</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/invoice_dialog.py" line="116"/>
        <source>Quantity</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/invoice_dialog.py" line="117"/>
        <source>Unit</source>
        <translation>Ед.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/invoice_dialog.py" line="117"/>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/invoice_dialog.py" line="118"/>
        <source>Sum</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/invoice_dialog.py" line="133"/>
        <source>&amp;Items:</source>
        <translation>По&amp;зиции:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/invoice_dialog.py" line="136"/>
        <source>&amp;Add line</source>
        <translation>&amp;Добавить строку</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/invoice_dialog.py" line="138"/>
        <source>&amp;Remove line</source>
        <translation>&amp;Удалить строку</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/invoice_dialog.py" line="143"/>
        <source>No VAT</source>
        <translation>Без НДС</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/invoice_dialog.py" line="146"/>
        <source>&amp;VAT:</source>
        <translation>&amp;НДС:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/invoice_dialog.py" line="169"/>
        <source>Issue invoice</source>
        <translation>Выставить счёт</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/invoice_dialog.py" line="284"/>
        <location filename="../../leaddesk/ui/dialogs/invoice_dialog.py" line="369"/>
        <source>Add at least one line with what is sold.</source>
        <translation>Добавьте хотя бы одну строку с тем, что продаётся.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/invoice_dialog.py" line="288"/>
        <source>Line %1: say what is sold.</source>
        <translation>Строка %1: укажите, что продаётся.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/invoice_dialog.py" line="293"/>
        <source>Line %1: the quantity must be a number above zero.</source>
        <translation>Строка %1: количество должно быть числом больше нуля.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/invoice_dialog.py" line="298"/>
        <source>Line %1: enter the price, like 45 000 or 1 250,50.</source>
        <translation>Строка %1: введите цену, например 45 000 или 1 250,50.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/invoice_dialog.py" line="301"/>
        <location filename="../../leaddesk/ui/dialogs/invoice_dialog.py" line="373"/>
        <source>Enter the buyer.</source>
        <translation>Укажите покупателя.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/invoice_dialog.py" line="320"/>
        <source>Total: %1</source>
        <translation>Итого: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/invoice_dialog.py" line="322"/>
        <source>no VAT</source>
        <translation>без НДС</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/invoice_dialog.py" line="325"/>
        <source>VAT %1% included: %2</source>
        <translation>в т. ч. НДС %1%: %2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/invoice_dialog.py" line="360"/>
        <source>Fill in the company requisites first (Rules and settings → Company).</source>
        <translation>Сначала заполните реквизиты компании (Правила и настройки → Компания).</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/invoice_dialog.py" line="363"/>
        <source>The company INN in the requisites is wrong.</source>
        <translation>ИНН компании в реквизитах указан неверно.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/invoice_dialog.py" line="364"/>
        <source>The company KPP in the requisites must be 9 characters.</source>
        <translation>КПП компании в реквизитах должен состоять из 9 знаков.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/invoice_dialog.py" line="365"/>
        <source>The bank BIK in the requisites must be 9 digits.</source>
        <translation>БИК банка в реквизитах должен состоять из 9 цифр.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/invoice_dialog.py" line="366"/>
        <source>The bank account in the requisites must be 20 digits.</source>
        <translation>Расчётный счёт в реквизитах должен состоять из 20 цифр.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/invoice_dialog.py" line="367"/>
        <source>The correspondent account in the requisites must be 20 digits.</source>
        <translation>Корреспондентский счёт в реквизитах должен состоять из 20 цифр.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/invoice_dialog.py" line="370"/>
        <source>Every line needs to say what is sold.</source>
        <translation>В каждой строке укажите, что продаётся.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/invoice_dialog.py" line="371"/>
        <source>Every quantity must be above zero.</source>
        <translation>Каждое количество должно быть больше нуля.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/invoice_dialog.py" line="372"/>
        <source>A price cannot be negative.</source>
        <translation>Цена не может быть отрицательной.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/invoice_dialog.py" line="380"/>
        <source>Correct the requisites in Rules and settings → Company.</source>
        <translation>Исправьте реквизиты: Правила и настройки → Компания.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/invoice_dialog.py" line="391"/>
        <source>An invoice cannot be issued yet:</source>
        <translation>Счёт пока нельзя выставить:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/invoice_dialog.py" line="413"/>
        <source>Issuing the invoice…</source>
        <translation>Выставляем счёт…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/invoice_dialog.py" line="426"/>
        <location filename="../../leaddesk/ui/dialogs/invoice_dialog.py" line="428"/>
        <source>The invoice was not issued:</source>
        <translation>Счёт не выставлен:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/invoice_dialog.py" line="430"/>
        <source>Issuing the invoice</source>
        <translation>Выставление счёта</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/invoice_dialog.py" line="431"/>
        <source>The invoice was not issued: %1</source>
        <translation>Счёт не выставлен: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/invoice_dialog.py" line="439"/>
        <source>Making the invoice PDF</source>
        <translation>Создание PDF счёта</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/invoice_dialog.py" line="440"/>
        <source>Invoice № %1 issued; making its PDF…</source>
        <translation>Счёт № %1 выставлен, создаём PDF…</translation>
    </message>
</context>
<context>
    <name>LeadActions</name>
    <message>
        <location filename="../../leaddesk/ui/lead_actions.py" line="83"/>
        <source>%1 changed this lead at %2 while you were looking at it. Nothing was overwritten: the card now shows the fresh data, check it and try again.</source>
        <translation>%1 изменил(а) эту заявку в %2, пока вы её смотрели. Ничего не перезаписано: в карточке теперь свежие данные, проверьте их и повторите.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_actions.py" line="85"/>
        <location filename="../../leaddesk/ui/lead_actions.py" line="91"/>
        <source>Someone else</source>
        <translation>Кто-то другой</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_actions.py" line="90"/>
        <source>%1 took this lead a moment earlier.</source>
        <translation>%1 взял(а) эту заявку чуть раньше.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_actions.py" line="94"/>
        <source>This channel requires a reason to reject a lead.</source>
        <translation>В этом канале для отказа нужна причина.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_actions.py" line="121"/>
        <source>Taking the lead</source>
        <translation>Взять заявку</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_actions.py" line="137"/>
        <source>Assigning the lead</source>
        <translation>Назначение заявки</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_actions.py" line="153"/>
        <source>Rejecting the lead</source>
        <translation>Отказ по заявке</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_actions.py" line="168"/>
        <source>Postponing the lead</source>
        <translation>Откладывание заявки</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_actions.py" line="177"/>
        <source>Reopening the lead</source>
        <translation>Возврат заявки в работу</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_actions.py" line="186"/>
        <source>Setting the warmth</source>
        <translation>Смена теплоты</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_actions.py" line="200"/>
        <source>Converting the lead into a deal</source>
        <translation>Превращение заявки в сделку</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_actions.py" line="222"/>
        <source>Deal won</source>
        <translation>Сделка выиграна</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_actions.py" line="223"/>
        <source>Mark the deal of %1 as won?</source>
        <translation>Отметить сделку на %1 как выигранную?</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_actions.py" line="229"/>
        <source>Deal lost</source>
        <translation>Сделка проиграна</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_actions.py" line="230"/>
        <source>Why was the deal lost?</source>
        <translation>Почему сделка проиграна?</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_actions.py" line="233"/>
        <source>Closing the deal</source>
        <translation>Закрытие сделки</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_actions.py" line="241"/>
        <source>Saving the note</source>
        <translation>Сохранение заметки</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_actions.py" line="249"/>
        <source>Sending the reply</source>
        <translation>Отправка ответа</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_actions.py" line="265"/>
        <location filename="../../leaddesk/ui/lead_actions.py" line="272"/>
        <location filename="../../leaddesk/ui/lead_actions.py" line="278"/>
        <source>Merge contacts</source>
        <translation>Объединение контактов</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_actions.py" line="266"/>
        <source>Phone, email or name of the other record of this person:</source>
        <translation>Телефон, почта или имя второй записи этого человека:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_actions.py" line="273"/>
        <source>No other contact matches “%1”.</source>
        <translation>Других контактов по запросу «%1» нет.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/lead_actions.py" line="276"/>
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n заявка</numerusform>
            <numerusform>%n заявки</numerusform>
            <numerusform>%n заявок</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_actions.py" line="279"/>
        <source>Move every lead of this contact into %1:</source>
        <translation>Перенести все заявки этого контакта в %1:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_actions.py" line="285"/>
        <source>Merging contacts</source>
        <translation>Объединение контактов</translation>
    </message>
</context>
<context>
    <name>LeadCard</name>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="55"/>
        <source>email</source>
        <translation>почта</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="56"/>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="57"/>
        <source>VK</source>
        <translation>ВК</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="63"/>
        <source>score</source>
        <translation>баллы</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="68"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="71"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="72"/>
        <source>Received</source>
        <translation>Получена</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="74"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="79"/>
        <source>Assignee</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="80"/>
        <source>nobody yet</source>
        <translation>пока никто</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="83"/>
        <source>Warmth</source>
        <translation>Теплота</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="91"/>
        <source>First answer</source>
        <translation>Первый ответ</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="97"/>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="294"/>
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="100"/>
        <source>Answer due</source>
        <translation>Ответить до</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="102"/>
        <source>Pool</source>
        <translation>Пул</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="103"/>
        <source>waiting for a %1 to take it</source>
        <translation>ждёт, пока его возьмёт %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="106"/>
        <source>Attention</source>
        <translation>Внимание</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="108"/>
        <source>nobody was on duty when it arrived</source>
        <translation>когда он пришёл, никто не дежурил</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="113"/>
        <source>Postponed until</source>
        <translation>Отложена до</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="120"/>
        <source>Unknown contact</source>
        <translation>Неизвестный контакт</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="135"/>
        <source>in %1</source>
        <translation>через %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="136"/>
        <source>overdue by %1</source>
        <translation>просрочено на %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="138"/>
        <source>escalated to the supervisor</source>
        <translation>передано руководителю</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="152"/>
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="153"/>
        <source>Invoice</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="157"/>
        <source>No. %1 of %2</source>
        <translation>№ %1 от %2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="161"/>
        <source>open</source>
        <translation>открыть</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="162"/>
        <source>save</source>
        <translation>сохранить</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="163"/>
        <source>send</source>
        <translation>отправить</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="164"/>
        <source>sent %1</source>
        <translation>отправлен %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="175"/>
        <source>Conversation</source>
        <translation>Переписка</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="178"/>
        <source>No messages.</source>
        <translation>Сообщений нет.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="229"/>
        <source>waiting to be sent</source>
        <translation>ожидает отправки</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="230"/>
        <source>sending…</source>
        <translation>отправляется…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="231"/>
        <source>sent ✓</source>
        <translation>отправлено ✓</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="240"/>
        <source>the server did not say why</source>
        <translation>сервер не сообщил причину</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="243"/>
        <source>not sent: %1 — will not be retried</source>
        <translation>не отправлено: %1 — повторных попыток не будет</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="245"/>
        <source>not sent: %1 — next try at %2</source>
        <translation>не отправлено: %1 — следующая попытка: %2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="247"/>
        <source>Try again now</source>
        <translation>Повторить сейчас</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="262"/>
        <source>This message was damaged: %1</source>
        <translation>Письмо пришло повреждённым: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="266"/>
        <source>Save the original (.eml)</source>
        <translation>Сохранить оригинал (.eml)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="277"/>
        <source>Open in the browser</source>
        <translation>Открыть в браузере</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="280"/>
        <source>Save the file…</source>
        <translation>Сохранить файл…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="289"/>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="290"/>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="291"/>
        <source>Voice message</source>
        <translation>Голосовое сообщение</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="292"/>
        <source>Sticker</source>
        <translation>Стикер</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="293"/>
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="295"/>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="296"/>
        <source>Post</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="297"/>
        <source>Audio</source>
        <translation>Аудио</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="320"/>
        <source>History</source>
        <translation>История</translation>
    </message>
</context>
<context>
    <name>LeadCardPlurals</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/lead_card_html.py" line="30"/>
        <source>%n remote images were not loaded (privacy)</source>
        <translation>
            <numerusform>%n картинка из интернета не загружена (ради приватности)</numerusform>
            <numerusform>%n картинки из интернета не загружены (ради приватности)</numerusform>
            <numerusform>%n картинок из интернета не загружено (ради приватности)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/lead_card_html.py" line="33"/>
        <source>%n bytes</source>
        <translation>
            <numerusform>%n байт</numerusform>
            <numerusform>%n байта</numerusform>
            <numerusform>%n байт</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadCardView</name>
    <message>
        <location filename="../../leaddesk/ui/lead_card.py" line="86"/>
        <source>Select a lead to see the conversation.</source>
        <translation>Выберите заявку, чтобы увидеть переписку.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card.py" line="117"/>
        <source>Take</source>
        <translation>Взять</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card.py" line="118"/>
        <source>Assign…</source>
        <translation>Назначить…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card.py" line="119"/>
        <source>Reject…</source>
        <translation>Отказ…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card.py" line="120"/>
        <source>Postpone…</source>
        <translation>Отложить…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card.py" line="121"/>
        <source>Reopen</source>
        <translation>Вернуть в работу</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card.py" line="122"/>
        <source>Convert to deal…</source>
        <translation>В сделку…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card.py" line="123"/>
        <source>Invoice…</source>
        <translation>Счёт…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card.py" line="128"/>
        <source>%1 (key %2)</source>
        <translation>%1 (клавиша %2)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card.py" line="133"/>
        <source>Warmth: %1</source>
        <translation>Теплота: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card.py" line="136"/>
        <source>Deal won</source>
        <translation>Сделка выиграна</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card.py" line="137"/>
        <source>Deal lost…</source>
        <translation>Сделка проиграна…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card.py" line="140"/>
        <source>Merge contact with…</source>
        <translation>Объединить контакт с…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card.py" line="143"/>
        <source>More</source>
        <translation>Ещё</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card.py" line="157"/>
        <source>Write a reply to the customer or a note for the team… (Ctrl+T inserts a template, Ctrl+Enter sends)</source>
        <translation>Ответ клиенту или заметка для команды… (Ctrl+T — шаблон, Ctrl+Enter — отправить)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card.py" line="161"/>
        <source>Template…</source>
        <translation>Шаблон…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card.py" line="163"/>
        <source>Quote</source>
        <translation>Цитировать</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card.py" line="165"/>
        <source>Insert the customer&apos;s last message as a quote</source>
        <translation>Вставить последнее сообщение клиента цитатой</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card.py" line="168"/>
        <source>Add note</source>
        <translation>Добавить заметку</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card.py" line="170"/>
        <source>Send reply</source>
        <translation>Отправить ответ</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card.py" line="210"/>
        <source>Opening the lead</source>
        <translation>Открытие заявки</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card.py" line="222"/>
        <source>This lead is not yours to see any more: it was given to someone else, or it no longer exists.</source>
        <translation>Эта заявка вам больше не видна: её передали другому сотруднику или её больше нет.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card.py" line="363"/>
        <source>The file cannot be saved: %1</source>
        <translation>Не удалось сохранить файл: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card.py" line="384"/>
        <source>Save the file</source>
        <translation>Сохранить файл</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card.py" line="389"/>
        <source>Save the original message</source>
        <translation>Сохранить исходное письмо</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card.py" line="390"/>
        <source>message-%1.eml</source>
        <translation>письмо-%1.eml</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card.py" line="397"/>
        <source>Sending again</source>
        <translation>Повторная отправка</translation>
    </message>
</context>
<context>
    <name>MailStatusButton</name>
    <message>
        <location filename="../../leaddesk/ui/mail_status.py" line="45"/>
        <source>fetched on another desk: %1</source>
        <translation>загружается на другом рабочем месте: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/mail_status.py" line="47"/>
        <source>up to date (checked %1)</source>
        <translation>всё загружено (проверено в %1)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/mail_status.py" line="52"/>
        <source>(next try in %1 s)</source>
        <translation>(новая попытка через %1 с)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/mail_status.py" line="65"/>
        <source>Channels: %1 — problem</source>
        <translation>Каналы: %1 — проблема</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/mail_status.py" line="68"/>
        <source>Channels: fetching…</source>
        <translation>Каналы: загрузка…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/mail_status.py" line="71"/>
        <source>Channels: fetched on another desk</source>
        <translation>Каналы: загружаются на другом рабочем месте</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/mail_status.py" line="74"/>
        <source>Channels: up to date</source>
        <translation>Каналы: всё загружено</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="56"/>
        <location filename="../../leaddesk/ui/main_window.py" line="615"/>
        <source>LeadDesk</source>
        <translation>LeadDesk</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="180"/>
        <source>&amp;Desk</source>
        <translation>&amp;Рабочее место</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="181"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="185"/>
        <source>&amp;Work as</source>
        <translation>&amp;Работать как</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="199"/>
        <source>&amp;New lead by hand…</source>
        <translation>&amp;Новая заявка вручную…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="203"/>
        <source>&amp;Import leads from CSV…</source>
        <translation>&amp;Импорт заявок из CSV…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="207"/>
        <source>&amp;Rules and settings…</source>
        <translation>&amp;Правила и настройки…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="210"/>
        <source>&amp;Email accounts…</source>
        <translation>&amp;Почтовые ящики…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="213"/>
        <source>&amp;VK communities…</source>
        <translation>Сообщества &amp;ВКонтакте…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="216"/>
        <source>&amp;Website: chat and forms…</source>
        <translation>&amp;Сайт: чат и формы…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="220"/>
        <source>&amp;Inbox</source>
        <translation>&amp;Входящие</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="220"/>
        <source>Duty &amp;schedule</source>
        <translation>&amp;График дежурств</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="221"/>
        <source>C&amp;harts</source>
        <translation>Г&amp;рафики</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="221"/>
        <source>Re&amp;ports</source>
        <translation>&amp;Отчёты</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="228"/>
        <source>Change &amp;database…</source>
        <translation>Сменить &amp;базу данных…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="231"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="236"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="237"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Клавиши</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="245"/>
        <source>&amp;Lead</source>
        <translation>&amp;Заявка</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="249"/>
        <source>&amp;Take</source>
        <translation>&amp;Взять</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="250"/>
        <source>&amp;Assign or reassign…</source>
        <translation>&amp;Назначить или переназначить…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="251"/>
        <source>Re&amp;ject…</source>
        <translation>&amp;Отказ…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="252"/>
        <source>&amp;Postpone…</source>
        <translation>Отл&amp;ожить…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="253"/>
        <source>Re&amp;open</source>
        <translation>Вернуть в &amp;работу</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="254"/>
        <source>&amp;Convert to deal…</source>
        <translation>В с&amp;делку…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="255"/>
        <source>&amp;Invoice…</source>
        <translation>С&amp;чёт…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="256"/>
        <source>&amp;Reply</source>
        <translation>&amp;Ответить</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="257"/>
        <source>&amp;Note</source>
        <translation>&amp;Заметка</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="269"/>
        <source>Next lead</source>
        <translation>Следующая заявка</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="270"/>
        <source>Previous lead</source>
        <translation>Предыдущая заявка</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="404"/>
        <source>Phone calls</source>
        <translation>Звонки</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="405"/>
        <source>Office visits</source>
        <translation>Визиты в офис</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="408"/>
        <location filename="../../leaddesk/ui/main_window.py" line="411"/>
        <source>Recording the lead</source>
        <translation>Запись заявки</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/main_window.py" line="517"/>
        <source>%n answer(s) could not be sent; they will be tried again</source>
        <translation>
            <numerusform>%n ответ не отправлен; попробуем ещё раз</numerusform>
            <numerusform>%n ответа не отправлены; попробуем ещё раз</numerusform>
            <numerusform>%n ответов не отправлены; попробуем ещё раз</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/main_window.py" line="520"/>
        <source>%n answer(s) sent</source>
        <translation>
            <numerusform>Отправлен %n ответ</numerusform>
            <numerusform>Отправлено %n ответа</numerusform>
            <numerusform>Отправлено %n ответов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="528"/>
        <source>Next / previous lead</source>
        <translation>Следующая / предыдущая заявка</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="529"/>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="530"/>
        <source>Send the reply</source>
        <translation>Отправить ответ</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="531"/>
        <source>Insert a reply template</source>
        <translation>Вставить шаблон ответа</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="532"/>
        <source>New lead by hand (a call, a visit)</source>
        <translation>Новая заявка вручную (звонок, визит)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="533"/>
        <source>Import leads from CSV</source>
        <translation>Импорт заявок из CSV</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="534"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="535"/>
        <source>This list</source>
        <translation>Этот список</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="544"/>
        <source>🔔 %1</source>
        <translation>🔔 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/main_window.py" line="545"/>
        <source>%n alert(s) since you last looked</source>
        <translation>
            <numerusform>%n уведомление с последнего просмотра</numerusform>
            <numerusform>%n уведомления с последнего просмотра</numerusform>
            <numerusform>%n уведомлений с последнего просмотра</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="553"/>
        <source>Alerts</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="553"/>
        <source>Open the lead:</source>
        <translation>Открыть заявку:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/main_window.py" line="586"/>
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n заявка</numerusform>
            <numerusform>%n заявки</numerusform>
            <numerusform>%n заявок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/main_window.py" line="588"/>
        <source>%n or more found</source>
        <translation>
            <numerusform>найдена %n или больше</numerusform>
            <numerusform>найдено %n или больше</numerusform>
            <numerusform>найдено %n или больше</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="594"/>
        <source>Your login %1 is not one of the people of this desk: ask the administrator to add you</source>
        <translation>Ваш логин %1 не числится среди сотрудников: попросите администратора добавить вас</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="598"/>
        <source>No user chosen</source>
        <translation>Пользователь не выбран</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="601"/>
        <source>You: %1 (%2)</source>
        <translation>Вы: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="606"/>
        <source>Not following changes: the database cannot be read (%1). Retrying…</source>
        <translation>Изменения не отслеживаются: база данных недоступна (%1). Повторяем попытку…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="616"/>
        <source>%1 did not work: %2</source>
        <translation>%1 — не получилось: %2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="617"/>
        <source>An action</source>
        <translation>Действие</translation>
    </message>
</context>
<context>
    <name>ManualLeadDialog</name>
    <message>
        <location filename="../../leaddesk/ui/dialogs/manual_lead_dialog.py" line="44"/>
        <source>New lead by hand</source>
        <translation>Новая заявка вручную</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/manual_lead_dialog.py" line="48"/>
        <source>&amp;Phone call</source>
        <translation>&amp;Звонок</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/manual_lead_dialog.py" line="49"/>
        <source>&amp;Walk-in visitor</source>
        <translation>&amp;Визит в офис</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/manual_lead_dialog.py" line="76"/>
        <source>What they asked about (Ctrl+Enter saves)</source>
        <translation>О чём спрашивали (Ctrl+Enter — сохранить)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/manual_lead_dialog.py" line="80"/>
        <source>Kind:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/manual_lead_dialog.py" line="81"/>
        <source>P&amp;hone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/manual_lead_dialog.py" line="83"/>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/manual_lead_dialog.py" line="84"/>
        <source>&amp;Email:</source>
        <translation>&amp;Почта:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/manual_lead_dialog.py" line="85"/>
        <source>Wh&amp;at they want:</source>
        <translation>&amp;Что нужно:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/manual_lead_dialog.py" line="88"/>
        <source>Create lead</source>
        <translation>Создать заявку</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/manual_lead_dialog.py" line="154"/>
        <source>New contact</source>
        <translation>Новый контакт</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/dialogs/manual_lead_dialog.py" line="162"/>
        <source>Known contact: %1 · %n lead(s)</source>
        <translation>
            <numerusform>Известный контакт: %1 · %n заявка</numerusform>
            <numerusform>Известный контакт: %1 · %n заявки</numerusform>
            <numerusform>Известный контакт: %1 · %n заявок</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/manual_lead_dialog.py" line="173"/>
        <source>“%1” is not a whole phone number yet.</source>
        <translation>«%1» — пока не полный номер телефона.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/manual_lead_dialog.py" line="175"/>
        <source>“%1” is not an email address.</source>
        <translation>«%1» — не адрес почты.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/manual_lead_dialog.py" line="177"/>
        <source>Enter a phone, an email or a name.</source>
        <translation>Введите телефон, почту или имя.</translation>
    </message>
</context>
<context>
    <name>OnDutyLabel</name>
    <message>
        <location filename="../../leaddesk/ui/on_duty_label.py" line="42"/>
        <source>Reading who is on duty</source>
        <translation>Читаю, кто дежурит</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/on_duty_label.py" line="53"/>
        <source>no schedule</source>
        <translation>без графика</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/on_duty_label.py" line="54"/>
        <source>%1: no schedule, its leads go to everyone</source>
        <translation>%1: без графика, заявки получают все</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/on_duty_label.py" line="57"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/on_duty_label.py" line="59"/>
        <source>nobody</source>
        <translation>никого</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/on_duty_label.py" line="61"/>
        <source>%1: nobody on duty</source>
        <translation>%1: никто не дежурит</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/on_duty_label.py" line="62"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/on_duty_label.py" line="65"/>
        <source>On duty: %1</source>
        <translation>На дежурстве: %1</translation>
    </message>
</context>
<context>
    <name>OriginsEdit</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/dialogs/web_chat_form.py" line="129"/>
        <source>Not a site address: %1. Write each site on its own line with http:// or https://, e.g. https://shop.ru</source>
        <translation>
            <numerusform>Не адрес сайта: %1. Пишите каждый сайт с новой строки, с http:// или https://, например https://shop.ru</numerusform>
            <numerusform>Не адреса сайтов: %1. Пишите каждый сайт с новой строки, с http:// или https://, например https://shop.ru</numerusform>
            <numerusform>Не адреса сайтов: %1. Пишите каждый сайт с новой строки, с http:// или https://, например https://shop.ru</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeakHoursChart</name>
    <message>
        <location filename="../../leaddesk/ui/charts/peak_hours_chart.py" line="30"/>
        <source>Leads per hour of the day</source>
        <translation>Заявки по часам дня</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/charts/peak_hours_chart.py" line="30"/>
        <source>Hour of the day</source>
        <translation>Час дня</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/charts/peak_hours_chart.py" line="31"/>
        <source>Leads</source>
        <translation>Заявки</translation>
    </message>
</context>
<context>
    <name>PeriodBar</name>
    <message>
        <location filename="../../leaddesk/ui/period_bar.py" line="78"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/period_bar.py" line="81"/>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/period_bar.py" line="102"/>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/period_bar.py" line="103"/>
        <source>7 days</source>
        <translation>7 дней</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/period_bar.py" line="104"/>
        <source>30 days</source>
        <translation>30 дней</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/period_bar.py" line="105"/>
        <source>90 days</source>
        <translation>90 дней</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/period_bar.py" line="106"/>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/period_bar.py" line="107"/>
        <source>Last month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/period_bar.py" line="158"/>
        <source>Reading the channels</source>
        <translation>Чтение каналов</translation>
    </message>
</context>
<context>
    <name>PostponeDialog</name>
    <message>
        <location filename="../../leaddesk/ui/dialogs/postpone_dialog.py" line="68"/>
        <source>Postpone the lead</source>
        <translation>Отложить заявку</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/postpone_dialog.py" line="71"/>
        <source>Until when? The lead then comes back to the inbox with a reminder.</source>
        <translation>До какого времени? Потом заявка вернётся во входящие с напоминанием.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/postpone_dialog.py" line="97"/>
        <source>What to do then, optional</source>
        <translation>Что сделать тогда — по желанию</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/postpone_dialog.py" line="103"/>
        <source>&amp;Until:</source>
        <translation>&amp;До:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/postpone_dialog.py" line="105"/>
        <source>&amp;Note:</source>
        <translation>&amp;Заметка:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/postpone_dialog.py" line="108"/>
        <source>Postpone</source>
        <translation>Отложить</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/postpone_dialog.py" line="147"/>
        <source>In 1 hour</source>
        <translation>Через час</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/postpone_dialog.py" line="148"/>
        <source>This evening</source>
        <translation>Сегодня вечером</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/postpone_dialog.py" line="149"/>
        <source>Tomorrow morning</source>
        <translation>Завтра утром</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/postpone_dialog.py" line="150"/>
        <source>Next Monday</source>
        <translation>В понедельник</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/postpone_dialog.py" line="151"/>
        <source>In a week</source>
        <translation>Через неделю</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/postpone_dialog.py" line="190"/>
        <source>in %1</source>
        <translation>через %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/postpone_dialog.py" line="192"/>
        <source>Choose a moment in the future.</source>
        <translation>Выберите время в будущем.</translation>
    </message>
</context>
<context>
    <name>ReasonsTab</name>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_reasons.py" line="41"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_reasons.py" line="42"/>
        <source>Rename</source>
        <translation>Переименовать</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_reasons.py" line="42"/>
        <source>Or press F2</source>
        <translation>Или нажмите F2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_reasons.py" line="43"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_reasons.py" line="45"/>
        <source>Move up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_reasons.py" line="46"/>
        <source>Move down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_reasons.py" line="54"/>
        <source>Managers pick one of these when they reject a lead, in this order. A renamed reason is a new one: leads rejected earlier keep the old wording.</source>
        <translation>Отклоняя заявку, менеджер выбирает одну из этих причин, в этом порядке. Переименованная причина — новая: у ранее отклонённых заявок останется прежняя формулировка.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_reasons.py" line="79"/>
        <source>New reason</source>
        <translation>Новая причина</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_reasons.py" line="111"/>
        <source>Saved. Empty and repeated reasons were left out.</source>
        <translation>Сохранено. Пустые и повторяющиеся причины убраны.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/dialogs/rules_reasons.py" line="113"/>
        <source>%n reason(s) saved.</source>
        <translation>
            <numerusform>Сохранена %n причина.</numerusform>
            <numerusform>Сохранено %n причины.</numerusform>
            <numerusform>Сохранено %n причин.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <location filename="../../leaddesk/ui/dialogs/reject_dialog.py" line="29"/>
        <source>Reject the lead</source>
        <translation>Отказ по заявке</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/reject_dialog.py" line="33"/>
        <source>Why is the lead rejected? Keys 1–9 pick a reason.</source>
        <translation>Почему отказ? Клавиши 1–9 выбирают причину.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/reject_dialog.py" line="39"/>
        <source>No reason</source>
        <translation>Без причины</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/reject_dialog.py" line="53"/>
        <source>For the team, optional</source>
        <translation>Для команды — по желанию</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/reject_dialog.py" line="56"/>
        <source>&amp;Note:</source>
        <translation>&amp;Заметка:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/reject_dialog.py" line="59"/>
        <source>Reject</source>
        <translation>Отказать</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/reject_dialog.py" line="123"/>
        <source>This channel requires a reason, and no reasons are set up yet: ask a supervisor to add them.</source>
        <translation>В этом канале для отказа нужна причина, а причины ещё не заданы: попросите руководителя их добавить.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/reject_dialog.py" line="126"/>
        <source>This channel requires a reason.</source>
        <translation>В этом канале для отказа нужна причина.</translation>
    </message>
</context>
<context>
    <name>ReplayPanel</name>
    <message>
        <location filename="../../leaddesk/ui/schedule/replay_panel.py" line="34"/>
        <source>Replay last 4 weeks</source>
        <translation>Проиграть последние 4 недели</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/schedule/replay_panel.py" line="37"/>
        <source>Count the leads of the last four weeks that would have arrived with nobody on duty under this draft (exceptions included)</source>
        <translation>Посчитать заявки последних четырёх недель, которые при этом черновике пришли бы, когда никто не дежурит (с учётом исключений)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/schedule/replay_panel.py" line="41"/>
        <source>See what this schedule would have meant for the leads of the last four weeks.</source>
        <translation>Посмотрите, что этот график значил бы для заявок последних четырёх недель.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/schedule/replay_panel.py" line="64"/>
        <source>Replaying…</source>
        <translation>Проигрываю…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/schedule/replay_panel.py" line="66"/>
        <source>Replaying the last 4 weeks</source>
        <translation>Проигрывание последних 4 недель</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/schedule/replay_panel.py" line="71"/>
        <source>The draft changed since: replay again to see the effect.</source>
        <translation>Черновик с тех пор изменился: проиграйте ещё раз, чтобы увидеть результат.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/schedule/replay_panel.py" line="77"/>
        <source>Could not replay: %1</source>
        <translation>Не удалось проиграть: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/schedule/replay_panel.py" line="91"/>
        <source>no schedule: its %n lead(s) went to everyone</source>
        <translation>
            <numerusform>без графика: его %n заявку получили все</numerusform>
            <numerusform>без графика: его %n заявки получили все</numerusform>
            <numerusform>без графика: его %n заявок получили все</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/schedule/replay_panel.py" line="95"/>
        <source>%1 of %n lead(s) would have arrived with nobody on duty</source>
        <translation>
            <numerusform>без дежурного пришли бы %1 из %n заявки</numerusform>
            <numerusform>без дежурного пришли бы %1 из %n заявок</numerusform>
            <numerusform>без дежурного пришли бы %1 из %n заявок</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/schedule/replay_panel.py" line="101"/>
        <source>No leads arrived in the last 4 weeks.</source>
        <translation>За последние 4 недели заявок не было.</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../leaddesk/ui/reports_view.py" line="68"/>
        <source>Export CSV…</source>
        <translation>Экспорт в CSV…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/reports_view.py" line="146"/>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/reports_view.py" line="157"/>
        <source>The report could not be made: %1</source>
        <translation>Не удалось построить отчёт: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/reports_view.py" line="169"/>
        <source>No leads in this period.</source>
        <translation>За этот период заявок нет.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/reports_view.py" line="220"/>
        <source>Export the report</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/reports_view.py" line="222"/>
        <source>CSV file (*.csv)</source>
        <translation>Файл CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>ResponseChart</name>
    <message>
        <location filename="../../leaddesk/ui/charts/response_chart.py" line="41"/>
        <source>Time to the first answer</source>
        <translation>Время до первого ответа</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/charts/response_chart.py" line="42"/>
        <source>First answer within</source>
        <translation>Первый ответ в пределах</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/charts/response_chart.py" line="43"/>
        <source>Share of the channel&apos;s answered leads, %</source>
        <translation>Доля отвеченных заявок канала, %</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/charts/response_chart.py" line="49"/>
        <source>≤ %1</source>
        <translation>≤ %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/charts/response_chart.py" line="51"/>
        <source>&gt; %1</source>
        <translation>&gt; %1</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_dialog.py" line="35"/>
        <location filename="../../leaddesk/ui/dialogs/rules_dialog.py" line="105"/>
        <source>Rules</source>
        <translation>Правила</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_dialog.py" line="45"/>
        <source>Channels</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_dialog.py" line="46"/>
        <source>Reject reasons</source>
        <translation>Причины отказа</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_dialog.py" line="47"/>
        <source>Reply templates</source>
        <translation>Шаблоны ответов</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_dialog.py" line="48"/>
        <source>Scoring</source>
        <translation>Оценка заявок</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_dialog.py" line="49"/>
        <source>Company</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_dialog.py" line="57"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_dialog.py" line="59"/>
        <source>Save the changes in every tab</source>
        <translation>Сохранить изменения на всех вкладках</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_dialog.py" line="61"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_dialog.py" line="92"/>
        <source>Saving the rules</source>
        <translation>Сохранение правил</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_dialog.py" line="93"/>
        <source>Could not save: %1</source>
        <translation>Не удалось сохранить: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_dialog.py" line="106"/>
        <source>Changes not saved: %1. Save them?</source>
        <translation>Не сохранены изменения: %1. Сохранить?</translation>
    </message>
</context>
<context>
    <name>ScheduleToolbar</name>
    <message>
        <location filename="../../leaddesk/ui/schedule/schedule_toolbar.py" line="60"/>
        <source>Channel:</source>
        <translation>Канал:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/schedule/schedule_toolbar.py" line="61"/>
        <source>Person:</source>
        <translation>Сотрудник:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/schedule/schedule_toolbar.py" line="62"/>
        <source>Time zone:</source>
        <translation>Часовой пояс:</translation>
    </message>
</context>
<context>
    <name>ScheduleView</name>
    <message>
        <location filename="../../leaddesk/ui/schedule/schedule_view.py" line="84"/>
        <location filename="../../leaddesk/ui/schedule/schedule_view.py" line="294"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/schedule/schedule_view.py" line="87"/>
        <source>Discard</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/schedule/schedule_view.py" line="117"/>
        <source>Exceptions</source>
        <translation>Исключения</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/schedule/schedule_view.py" line="119"/>
        <source>Before saving</source>
        <translation>Перед сохранением</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/schedule/schedule_view.py" line="143"/>
        <source>“%1” is no time zone: write it like Europe/Moscow.</source>
        <translation>«%1» — не часовой пояс: пишите так: Europe/Moscow.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/schedule/schedule_view.py" line="169"/>
        <source>Drag across free time to paint the person&apos;s shifts (down across days to repeat them), drag an edge to resize, the middle to move; right-click removes. Keyboard: arrows, Shift+arrows to select, Space to paint or erase, Delete to remove.</source>
        <translation>Протяните мышью по свободному времени, чтобы нарисовать смену сотрудника (вниз по дням — повторить её), тяните край смены, чтобы изменить длину, середину — чтобы перенести; правая кнопка удаляет. Клавиатура: стрелки, Shift+стрелки — выделить, Пробел — нарисовать или стереть, Delete — удалить.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/schedule/schedule_view.py" line="175"/>
        <source>Read only: choose who you are first; only a supervisor can change the schedule.</source>
        <translation>Только просмотр: сначала выберите, кто вы; менять график может только руководитель.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/schedule/schedule_view.py" line="179"/>
        <source>Read only: only a supervisor can change the duty schedule. You can look at the shifts and the coverage.</source>
        <translation>Только просмотр: менять график дежурств может только руководитель. Смены и покрытие можно смотреть.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/schedule/schedule_view.py" line="188"/>
        <source>Reading the duty schedule</source>
        <translation>Чтение графика дежурств</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/schedule/schedule_view.py" line="199"/>
        <source>Someone else saved the schedule meanwhile: saving yours replaces theirs.</source>
        <translation>Тем временем кто-то другой сохранил график: при сохранении ваш заменит его.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/schedule/schedule_view.py" line="235"/>
        <source>Reading the usual demand</source>
        <translation>Чтение обычного потока заявок</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/schedule/schedule_view.py" line="287"/>
        <source>On this channel: %1</source>
        <translation>На этом канале: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/schedule/schedule_view.py" line="294"/>
        <source>Save *</source>
        <translation>Сохранить *</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/schedule/schedule_view.py" line="319"/>
        <source>Saving…</source>
        <translation>Сохраняем…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/schedule/schedule_view.py" line="320"/>
        <source>Saving; the reports&apos; hours are counted again in the new time zone…</source>
        <translation>Сохраняем; часы в отчётах пересчитываются по новому часовому поясу…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/schedule/schedule_view.py" line="314"/>
        <source>Saving the duty schedule</source>
        <translation>Сохранение графика дежурств</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/schedule/schedule_view.py" line="339"/>
        <source>Schedule saved.</source>
        <translation>График сохранён.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/schedule/schedule_view.py" line="352"/>
        <source>Not saved: only a supervisor can change the schedule.</source>
        <translation>Не сохранено: менять график может только руководитель.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/schedule/schedule_view.py" line="354"/>
        <source>Could not save: %1</source>
        <translation>Не удалось сохранить: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/schedule/schedule_view.py" line="373"/>
        <location filename="../../leaddesk/ui/schedule/schedule_view.py" line="378"/>
        <source>Duty schedule</source>
        <translation>График дежурств</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/schedule/schedule_view.py" line="373"/>
        <source>Throw away the changes not saved?</source>
        <translation>Отменить несохранённые изменения?</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/schedule/schedule_view.py" line="379"/>
        <source>The duty schedule has changes not saved. Save them?</source>
        <translation>В графике дежурств есть несохранённые изменения. Сохранить их?</translation>
    </message>
</context>
<context>
    <name>ScheduleWords</name>
    <message>
        <location filename="../../leaddesk/ui/schedule/words.py" line="13"/>
        <source>Absence</source>
        <translation>Отсутствие</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/schedule/words.py" line="14"/>
        <source>Extra duty</source>
        <translation>Доп. дежурство</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/schedule/words.py" line="15"/>
        <source>Holiday</source>
        <translation>Праздник</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/schedule/words.py" line="21"/>
        <source>Vacation, sick day: off duty whatever the week says.</source>
        <translation>Отпуск, больничный: не дежурит, что бы ни стояло в недельном графике.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/schedule/words.py" line="23"/>
        <source>On duty in addition to the weekly shifts.</source>
        <translation>Дежурит сверх недельных смен.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/schedule/words.py" line="25"/>
        <source>Nobody is on weekly duty; extra duty still counts.</source>
        <translation>Недельных смен нет ни у кого; доп. дежурства действуют.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/schedule/words.py" line="38"/>
        <source>Shift %1: the weekday is not Monday to Sunday.</source>
        <translation>Смена %1: день недели не от понедельника до воскресенья.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/schedule/words.py" line="40"/>
        <source>Shift %1: the hours must be between 00:00 and 23:59.</source>
        <translation>Смена %1: время должно быть от 00:00 до 23:59.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/schedule/words.py" line="42"/>
        <source>Shift %1 starts where it ends.</source>
        <translation>Смена %1 начинается там же, где кончается.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/schedule/words.py" line="44"/>
        <source>Exception %1 must end after it starts.</source>
        <translation>Исключение %1 должно кончаться позже, чем начинается.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/schedule/words.py" line="46"/>
        <source>Exception %1 has a time without a time zone.</source>
        <translation>У исключения %1 время без часового пояса.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/schedule/words.py" line="48"/>
        <source>Unknown time zone.</source>
        <translation>Неизвестный часовой пояс.</translation>
    </message>
</context>
<context>
    <name>ScoringTab</name>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_scoring.py" line="62"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_scoring.py" line="62"/>
        <source>Words or channel</source>
        <translation>Слова или канал</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_scoring.py" line="63"/>
        <source>Points</source>
        <translation>Баллы</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_scoring.py" line="72"/>
        <source>With no rules of your own the standard rules apply.</source>
        <translation>Пока своих правил нет, действуют стандартные.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_scoring.py" line="78"/>
        <source>Warm from a score of:</source>
        <translation>Тёплая от, баллов:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_scoring.py" line="81"/>
        <source>Hot from a score of:</source>
        <translation>Горячая от, баллов:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_scoring.py" line="85"/>
        <source>Add rule</source>
        <translation>Добавить правило</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_scoring.py" line="86"/>
        <source>Remove rule</source>
        <translation>Удалить правило</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_scoring.py" line="87"/>
        <source>Standard rules</source>
        <translation>Стандартные правила</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_scoring.py" line="88"/>
        <source>Put the rules LeadDesk starts with back in the table</source>
        <translation>Вернуть в таблицу правила, с которыми LeadDesk начинает работу</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_scoring.py" line="95"/>
        <source>Every rule that matches a new lead adds its points (negative points take them away: spam words, for instance). The total makes the lead cold, warm or hot.</source>
        <translation>Каждое правило, подошедшее к новой заявке, добавляет свои баллы (отрицательные — отнимают, например за спам-слова). По сумме заявка становится холодной, тёплой или горячей.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_scoring.py" line="126"/>
        <source>The text has any of the words</source>
        <translation>В тексте есть одно из слов</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_scoring.py" line="127"/>
        <source>Written from a product card</source>
        <translation>Написали из карточки товара</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_scoring.py" line="128"/>
        <source>Both a phone and an email are known</source>
        <translation>Известны и телефон, и почта</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_scoring.py" line="129"/>
        <source>The contact has written before</source>
        <translation>Клиент уже обращался</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_scoring.py" line="130"/>
        <source>The contact has bought before</source>
        <translation>Клиент уже покупал</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_scoring.py" line="131"/>
        <source>It came through the channel</source>
        <translation>Пришла через канал</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_scoring.py" line="162"/>
        <source>words or word beginnings, separated by commas</source>
        <translation>слова или их начала через запятую</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_scoring.py" line="179"/>
        <source>Negative points lower the score</source>
        <translation>Отрицательные баллы снижают оценку</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/dialogs/rules_scoring.py" line="203"/>
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n правило</numerusform>
            <numerusform>%n правила</numerusform>
            <numerusform>%n правил</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_scoring.py" line="244"/>
        <source>The hot threshold must be above the warm one.</source>
        <translation>Порог горячей заявки должен быть выше порога тёплой.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_scoring.py" line="249"/>
        <source>Rule %1: write at least one word.</source>
        <translation>Правило %1: укажите хотя бы одно слово.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_scoring.py" line="261"/>
        <source>Saved. New leads are scored by these rules.</source>
        <translation>Сохранено. Новые заявки оцениваются по этим правилам.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_scoring.py" line="263"/>
        <source>Saved. With no rules of your own, the standard rules apply.</source>
        <translation>Сохранено. Своих правил нет, поэтому действуют стандартные.</translation>
    </message>
</context>
<context>
    <name>SendInvoiceDialog</name>
    <message>
        <location filename="../../leaddesk/ui/dialogs/invoice_files.py" line="136"/>
        <source>Send the invoice</source>
        <translation>Отправить счёт</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/invoice_files.py" line="139"/>
        <source>The customer gets this text by email, with “%1” attached.</source>
        <translation>Клиент получит этот текст по почте, с вложением «%1».</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/invoice_files.py" line="146"/>
        <source>Ctrl+Enter sends.</source>
        <translation>Ctrl+Enter — отправить.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/invoice_files.py" line="149"/>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/invoice_files.py" line="166"/>
        <source>Write a few words to go with the invoice.</source>
        <translation>Напишите пару слов к счёту.</translation>
    </message>
</context>
<context>
    <name>ServerRow</name>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_account_form.py" line="58"/>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_account_form.py" line="61"/>
        <source>SSL/TLS</source>
        <translation>SSL/TLS</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_account_form.py" line="61"/>
        <source>Encrypted from the start</source>
        <translation>Шифрование с самого начала</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_account_form.py" line="62"/>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_account_form.py" line="63"/>
        <source>Plain at first, then encrypted</source>
        <translation>Сначала без шифрования, затем с ним</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_account_form.py" line="64"/>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_account_form.py" line="65"/>
        <source>No encryption: only for a server on this computer</source>
        <translation>Без шифрования: только для сервера на этом компьютере</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_account_form.py" line="69"/>
        <source>Security</source>
        <translation>Защита</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_account_form.py" line="73"/>
        <source>port</source>
        <translation>порт</translation>
    </message>
</context>
<context>
    <name>SetAsideSection</name>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_set_aside.py" line="64"/>
        <source>Mail kept without becoming a lead. Nothing received is lost: the original can be saved and opened in a mail program.</source>
        <translation>Письма, сохранённые без создания заявки. Ничего не теряется: оригинал можно сохранить и открыть в почтовой программе.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_set_aside.py" line="72"/>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_set_aside.py" line="72"/>
        <source>From</source>
        <translation>От кого</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_set_aside.py" line="72"/>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_set_aside.py" line="72"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_set_aside.py" line="83"/>
        <source>Save original (.eml)…</source>
        <translation>Сохранить оригинал (.eml)…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_set_aside.py" line="101"/>
        <source>Auto-reply</source>
        <translation>Автоответ</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_set_aside.py" line="102"/>
        <source>Bounce (delivery failure)</source>
        <translation>Возврат (письмо не доставлено)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_set_aside.py" line="103"/>
        <source>From the team&apos;s own address</source>
        <translation>С адреса своей команды</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_set_aside.py" line="104"/>
        <source>The mailbox is not a lead source</source>
        <translation>Ящик не источник заявок</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_set_aside.py" line="111"/>
        <source>Set aside mail: %1</source>
        <translation>Отложенные письма: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_set_aside.py" line="112"/>
        <source>Set aside mail</source>
        <translation>Отложенные письма</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_set_aside.py" line="119"/>
        <source>Reading the set-aside mail</source>
        <translation>Чтение отложенных писем</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_set_aside.py" line="158"/>
        <source>Save the original mail</source>
        <translation>Сохранить оригинал письма</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_set_aside.py" line="160"/>
        <source>Email messages (*.eml);;All files (*)</source>
        <translation>Письма (*.eml);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_set_aside.py" line="178"/>
        <source>Saving the original mail</source>
        <translation>Сохранение оригинала письма</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_set_aside.py" line="185"/>
        <source>This mail no longer exists.</source>
        <translation>Этого письма больше нет.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_set_aside.py" line="187"/>
        <source>The file cannot be saved: %1</source>
        <translation>Не удаётся сохранить файл: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/email_set_aside.py" line="191"/>
        <source>Saved to %1</source>
        <translation>Сохранено: %1</translation>
    </message>
</context>
<context>
    <name>ShortcutSheet</name>
    <message>
        <location filename="../../leaddesk/ui/dialogs/shortcut_sheet.py" line="23"/>
        <source>Keyboard shortcuts</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/shortcut_sheet.py" line="28"/>
        <source>Key</source>
        <translation>Клавиша</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/shortcut_sheet.py" line="28"/>
        <source>What it does</source>
        <translation>Что делает</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <location filename="../../leaddesk/ui/dialogs/template_picker.py" line="43"/>
        <source>Insert a template</source>
        <translation>Вставить шаблон</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/template_picker.py" line="49"/>
        <source>Find by title or text…</source>
        <translation>Поиск по названию или тексту…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/template_picker.py" line="69"/>
        <source>Insert</source>
        <translation>Вставить</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/template_picker.py" line="72"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/template_picker.py" line="104"/>
        <source>There are no templates yet: a supervisor adds them in Rules.</source>
        <translation>Шаблонов пока нет: их добавляет руководитель в «Правилах».</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/template_picker.py" line="107"/>
        <source>No template has these words.</source>
        <translation>Нет шаблонов с такими словами.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/dialogs/template_picker.py" line="109"/>
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n шаблон</numerusform>
            <numerusform>%n шаблона</numerusform>
            <numerusform>%n шаблонов</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/template_picker.py" line="117"/>
        <source>%1 · script</source>
        <translation>%1 · скрипт</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/template_picker.py" line="119"/>
        <source>A conversation script: a guide for a call</source>
        <translation>Скрипт разговора: подсказка для звонка</translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_templates.py" line="45"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_templates.py" line="46"/>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_templates.py" line="62"/>
        <source>Conversation script (a guide for a call, not a message to send)</source>
        <translation>Скрипт разговора (подсказка для звонка, а не текст для отправки)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_templates.py" line="65"/>
        <source>Placeholders: {name} or {имя} — the customer&apos;s name, {product} or {товар} — the product, {manager} or {менеджер} — the manager&apos;s name, {company} or {компания} — our company.</source>
        <translation>Подстановки: {имя} или {name} — имя клиента, {товар} или {product} — товар, {менеджер} или {manager} — имя менеджера, {компания} или {company} — наша организация.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_templates.py" line="73"/>
        <source>The text as a customer would read it, with sample values</source>
        <translation>Текст глазами клиента, с примерными значениями</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_templates.py" line="77"/>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_templates.py" line="78"/>
        <source>Text:</source>
        <translation>Текст:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_templates.py" line="81"/>
        <source>Preview:</source>
        <translation>Как увидит клиент:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_templates.py" line="102"/>
        <source>Anna</source>
        <translation>Анна</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_templates.py" line="102"/>
        <source>Bork C804 coffee machine</source>
        <translation>кофемашина Bork C804</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_templates.py" line="103"/>
        <source>Maria Ivanova</source>
        <translation>Мария Иванова</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_templates.py" line="104"/>
        <source>Horns &amp; Hooves LLC</source>
        <translation>ООО «Рога и копыта»</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_templates.py" line="122"/>
        <source>(no title)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_templates.py" line="124"/>
        <source>%1 · script</source>
        <translation>%1 · скрипт</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_templates.py" line="143"/>
        <source>New template</source>
        <translation>Новый шаблон</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_templates.py" line="184"/>
        <source>The template “%1” has no text.</source>
        <translation>В шаблоне «%1» нет текста.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/rules_templates.py" line="186"/>
        <source>A template has text but no title.</source>
        <translation>У шаблона есть текст, но нет названия.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/dialogs/rules_templates.py" line="197"/>
        <source>%n template(s) saved.</source>
        <translation>
            <numerusform>Сохранён %n шаблон.</numerusform>
            <numerusform>Сохранено %n шаблона.</numerusform>
            <numerusform>Сохранено %n шаблонов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VkAccountForm</name>
    <message>
        <location filename="../../leaddesk/ui/dialogs/vk_account_form.py" line="126"/>
        <source>VK community: %1</source>
        <translation>Сообщество ВКонтакте: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/vk_account_form.py" line="127"/>
        <source>New VK community</source>
        <translation>Новое сообщество ВКонтакте</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/vk_account_form.py" line="130"/>
        <source>e.g. VK shop</source>
        <translation>например, Магазин ВКонтакте</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/vk_account_form.py" line="134"/>
        <source>123456 or https://vk.com/club123456</source>
        <translation>123456 или https://vk.com/club123456</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/vk_account_form.py" line="135"/>
        <source>The community&apos;s number; its link (such as https://vk.com/club123456) or club123456 will do too</source>
        <translation>Номер сообщества; подойдёт и ссылка (например, https://vk.com/club123456) или club123456</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/vk_account_form.py" line="143"/>
        <source>empty: keep the stored token</source>
        <translation>пусто — оставить сохранённый ключ</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/vk_account_form.py" line="145"/>
        <source>all of it</source>
        <translation>вся переписка</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/vk_account_form.py" line="146"/>
        <source>The first sync makes leads of the conversations of these last days only; older ones stay in VK</source>
        <translation>Первая загрузка создаёт заявки только из переписок за эти последние дни; более старые остаются во ВКонтакте</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/vk_account_form.py" line="150"/>
        <source>Advanced</source>
        <translation>Дополнительно</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/vk_account_form.py" line="159"/>
        <source>empty: VK itself</source>
        <translation>пусто — сам ВКонтакте</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/vk_account_form.py" line="160"/>
        <source>For a test server: the address the VK API methods are called at, e.g. http://127.0.0.1:8080/method/. Empty: VK itself.</source>
        <translation>Для тестового сервера: адрес, по которому вызываются методы VK API, например http://127.0.0.1:8080/method/. Пусто — сам ВКонтакте.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/vk_account_form.py" line="163"/>
        <source>API &amp;address:</source>
        <translation>&amp;Адрес API:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/vk_account_form.py" line="167"/>
        <source>Community &amp;ID:</source>
        <translation>&amp;ID сообщества:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/vk_account_form.py" line="168"/>
        <source>Access &amp;token:</source>
        <translation>&amp;Ключ доступа:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/vk_account_form.py" line="174"/>
        <source>&lt;b&gt;Where to get the token.&lt;/b&gt; In VK open the community → Manage → API usage → Access tokens → Create token, tick &lt;i&gt;Allow access to community messages&lt;/i&gt; and paste the token here. Then, on the &lt;i&gt;Long Poll API&lt;/i&gt; tab, switch Long Poll API on and under &lt;i&gt;Event types&lt;/i&gt; tick &lt;i&gt;Incoming message&lt;/i&gt;.</source>
        <translation>&lt;b&gt;Где взять ключ доступа (токен).&lt;/b&gt; Во ВКонтакте откройте сообщество → Управление → Работа с API → Ключи доступа → Создать ключ, отметьте &lt;i&gt;Разрешить приложению доступ к сообщениям сообщества&lt;/i&gt; и вставьте ключ сюда. Затем на вкладке &lt;i&gt;Long Poll API&lt;/i&gt; включите Long Poll API и в разделе &lt;i&gt;Типы событий&lt;/i&gt; отметьте &lt;i&gt;Входящее сообщение&lt;/i&gt;.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/vk_account_form.py" line="188"/>
        <source>VK gives this community&apos;s messages to no program yet: in the community open Manage → API usage → Long Poll API, switch Long Poll API on and under &lt;i&gt;Event types&lt;/i&gt; tick &lt;i&gt;Incoming message&lt;/i&gt;. The token must have the right to access community messages.</source>
        <translation>ВКонтакте пока не передаёт сообщения этого сообщества программам: в сообществе откройте Управление → Работа с API → Long Poll API, включите Long Poll API и в разделе &lt;i&gt;Типы событий&lt;/i&gt; отметьте &lt;i&gt;Входящее сообщение&lt;/i&gt;. У ключа доступа должно быть право доступа к сообщениям сообщества.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/vk_account_form.py" line="223"/>
        <source>The name is given when the community is added</source>
        <translation>Название задаётся при добавлении сообщества</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/vk_account_form.py" line="263"/>
        <source>No community number can be read from this: enter digits such as 123456 or a link like https://vk.com/club123456 (a short address such as vk.com/shop has no number in it).</source>
        <translation>Здесь не найден номер сообщества: введите цифры, например 123456, или ссылку вида https://vk.com/club123456 (в коротком адресе вроде vk.com/shop номера нет).</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/vk_account_form.py" line="267"/>
        <source>Give the community a name: the channel is shown by it.</source>
        <translation>Дайте сообществу название: под ним канал виден в программе.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/vk_account_form.py" line="268"/>
        <source>Enter the community&apos;s ID or its link.</source>
        <translation>Введите ID сообщества или ссылку на него.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/vk_account_form.py" line="269"/>
        <source>Enter the community&apos;s access token.</source>
        <translation>Введите ключ доступа сообщества.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/vk_account_form.py" line="270"/>
        <source>The API address must start with https:// or http://.</source>
        <translation>Адрес API должен начинаться с https:// или http://.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/vk_account_form.py" line="275"/>
        <source>The token cannot be stored: %1. Nothing was saved.</source>
        <translation>Ключ доступа не удаётся сохранить: %1. Ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/vk_account_form.py" line="278"/>
        <source>Saving the VK community</source>
        <translation>Сохранение сообщества ВКонтакте</translation>
    </message>
</context>
<context>
    <name>VkAccountsDialog</name>
    <message>
        <location filename="../../leaddesk/ui/dialogs/vk_accounts_dialog.py" line="42"/>
        <source>VK communities</source>
        <translation>Сообщества ВКонтакте</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/vk_accounts_dialog.py" line="45"/>
        <source>Messages written to these communities on VK become leads; answers go back through VK.</source>
        <translation>Сообщения, написанные этим сообществам во ВКонтакте, становятся заявками; ответы уходят обратно через ВКонтакте.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/vk_accounts_dialog.py" line="48"/>
        <source>Community ID</source>
        <translation>ID сообщества</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/vk_accounts_dialog.py" line="59"/>
        <source>Reading the VK communities</source>
        <translation>Чтение сообществ ВКонтакте</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/vk_accounts_dialog.py" line="62"/>
        <source>The communities cannot be read: %1</source>
        <translation>Не удаётся прочитать сообщества: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/vk_accounts_dialog.py" line="66"/>
        <source>not set up</source>
        <translation>не настроено</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/vk_accounts_dialog.py" line="75"/>
        <source>Edit… to enter the community and its token</source>
        <translation>Нажмите «Изменить…», чтобы указать сообщество и его ключ доступа</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/vk_accounts_dialog.py" line="86"/>
        <source>fetching messages…</source>
        <translation>получение сообщений…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/vk_accounts_dialog.py" line="88"/>
        <source>no token on this computer</source>
        <translation>нет ключа доступа на этом компьютере</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/vk_accounts_dialog.py" line="79"/>
        <source>never synced</source>
        <translation>ещё не синхронизировано</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/vk_accounts_dialog.py" line="80"/>
        <source>last sync %1</source>
        <translation>синхронизировано %1</translation>
    </message>
</context>
<context>
    <name>VkConnectionCheck</name>
    <message>
        <location filename="../../leaddesk/ui/dialogs/vk_account_form.py" line="78"/>
        <source>Ask VK for the community and its Long Poll server; nothing is sent or changed</source>
        <translation>Запросить у ВКонтакте сообщество и его сервер Long Poll; ничего не отправляется и не меняется</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/vk_account_form.py" line="80"/>
        <source>Asking VK…</source>
        <translation>Запрос к ВКонтакте…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/vk_account_form.py" line="87"/>
        <source>No token: type it (this computer&apos;s keyring has none for this community).</source>
        <translation>Нет ключа доступа: введите его (в хранилище паролей этого компьютера его нет).</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/vk_account_form.py" line="98"/>
        <source>Community</source>
        <translation>Сообщество</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/vk_account_form.py" line="99"/>
        <source>“%1”, the token works</source>
        <translation>«%1», ключ доступа действует</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/vk_account_form.py" line="101"/>
        <source>the token works</source>
        <translation>ключ доступа действует</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/vk_account_form.py" line="104"/>
        <source>Receiving messages (Long Poll API)</source>
        <translation>Получение сообщений (Long Poll API)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/vk_account_form.py" line="105"/>
        <source>switched on</source>
        <translation>включено</translation>
    </message>
</context>
<context>
    <name>WebChannelsDialog</name>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_channels_dialog.py" line="65"/>
        <source>Website: chat and forms</source>
        <translation>Сайт: чат и формы</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_channels_dialog.py" line="68"/>
        <source>Visitors of your sites write to the chat or send a form; each conversation and each form sent becomes a lead.</source>
        <translation>Посетители ваших сайтов пишут в чат или отправляют форму; каждый разговор и каждая отправленная форма становятся заявкой.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_channels_dialog.py" line="73"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_channels_dialog.py" line="73"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_channels_dialog.py" line="74"/>
        <source>Allowed sites</source>
        <translation>Разрешённые сайты</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_channels_dialog.py" line="83"/>
        <source>New chat…</source>
        <translation>Новый чат…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_channels_dialog.py" line="85"/>
        <source>New form channel…</source>
        <translation>Новый канал форм…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_channels_dialog.py" line="88"/>
        <source>Settings…</source>
        <translation>Настроить…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_channels_dialog.py" line="89"/>
        <source>A chat&apos;s sites and words; a form channel&apos;s forms</source>
        <translation>Для чата — сайты и тексты; для канала форм — его формы</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_channels_dialog.py" line="98"/>
        <source>Intake service address</source>
        <translation>Адрес сервиса приёма заявок</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_channels_dialog.py" line="105"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_channels_dialog.py" line="113"/>
        <source>The address where sites reach LeadDesk&apos;s intake service, e.g. https://leads.yourshop.ru; the chat line and the forms&apos; HTML point to it, so copy them again after changing it.</source>
        <translation>Адрес, по которому сайты обращаются к сервису приёма заявок LeadDesk, например https://leads.yourshop.ru. На него ссылаются строка чата и HTML форм — после изменения скопируйте их на сайты заново.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_channels_dialog.py" line="119"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_channels_dialog.py" line="140"/>
        <source>Reading the website channels</source>
        <translation>Чтение каналов сайта</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_channels_dialog.py" line="146"/>
        <source>The channels cannot be read: %1</source>
        <translation>Не удаётся прочитать каналы: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_channels_dialog.py" line="163"/>
        <source>none yet: no site can use it</source>
        <translation>пока нет — ни один сайт не может им пользоваться</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_channels_dialog.py" line="168"/>
        <source>Settings… to add the sites</source>
        <translation>«Настроить…», чтобы добавить сайты</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_channels_dialog.py" line="252"/>
        <source>Enter the address, e.g. https://leads.yourshop.ru</source>
        <translation>Введите адрес, например https://leads.yourshop.ru</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_channels_dialog.py" line="254"/>
        <location filename="../../leaddesk/ui/dialogs/web_channels_dialog.py" line="289"/>
        <source>Write the whole address with https:// (or http://), e.g. https://leads.yourshop.ru</source>
        <translation>Напишите адрес полностью, с https:// (или http://), например https://leads.yourshop.ru</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_channels_dialog.py" line="279"/>
        <source>Address saved. Copy the chat line and the forms&apos; HTML into the sites again.</source>
        <translation>Адрес сохранён. Скопируйте строку чата и HTML форм на сайты заново.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_channels_dialog.py" line="293"/>
        <source>Saving the intake service&apos;s address</source>
        <translation>Сохранение адреса сервиса приёма заявок</translation>
    </message>
</context>
<context>
    <name>WebChatForm</name>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_chat_form.py" line="182"/>
        <source>e.g. Chat on shop.ru</source>
        <translation>например, Чат на shop.ru</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_chat_form.py" line="183"/>
        <source>e.g. Forms on shop.ru</source>
        <translation>например, Формы на shop.ru</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_chat_form.py" line="190"/>
        <source>Shown with a contact form instead of the chat when nobody is on duty for it</source>
        <translation>Показывается вместе с формой для связи вместо чата, когда в чате никто не дежурит</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_chat_form.py" line="196"/>
        <source>appears once the chat is saved</source>
        <translation>появится после сохранения чата</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_chat_form.py" line="197"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_chat_form.py" line="198"/>
        <source>Copy the line to the clipboard</source>
        <translation>Скопировать строку в буфер обмена</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_chat_form.py" line="205"/>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_chat_form.py" line="206"/>
        <source>Allowed &amp;sites:</source>
        <translation>Разрешённые &amp;сайты:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_chat_form.py" line="209"/>
        <source>One site per line, e.g. https://shop.ru</source>
        <translation>По одному сайту в строке, например https://shop.ru</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_chat_form.py" line="211"/>
        <source>Window &amp;title:</source>
        <translation>&amp;Заголовок окна:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_chat_form.py" line="212"/>
        <source>&amp;Greeting:</source>
        <translation>&amp;Приветствие:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_chat_form.py" line="213"/>
        <source>When nobody is &amp;on duty:</source>
        <translation>Когда никто не &amp;дежурит:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_chat_form.py" line="214"/>
        <source>Paste into the site:</source>
        <translation>Вставить на сайт:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_chat_form.py" line="215"/>
        <source>Put this line into every page that shows the chat, just before &lt;/body&gt;.</source>
        <translation>Вставьте эту строку в каждую страницу, где нужен чат, перед &lt;/body&gt;.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_chat_form.py" line="217"/>
        <source>The forms themselves are made next, in the form generator.</source>
        <translation>Сами формы создаются следом, в генераторе форм.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_chat_form.py" line="228"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_chat_form.py" line="228"/>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_chat_form.py" line="253"/>
        <source>Reading the intake service&apos;s address</source>
        <translation>Чтение адреса сервиса приёма заявок</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_chat_form.py" line="269"/>
        <source>Website chat: %1</source>
        <translation>Чат на сайте: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_chat_form.py" line="270"/>
        <source>Web forms: %1</source>
        <translation>Веб-формы: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_chat_form.py" line="272"/>
        <source>The name is given when the channel is made</source>
        <translation>Название задаётся при создании канала</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_chat_form.py" line="274"/>
        <source>New website chat</source>
        <translation>Новый чат на сайте</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_chat_form.py" line="275"/>
        <source>New web-form channel</source>
        <translation>Новый канал веб-форм</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_chat_form.py" line="307"/>
        <source>Give the channel a name: leads show it.</source>
        <translation>Дайте каналу название — оно будет видно в заявках.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_chat_form.py" line="320"/>
        <source>Copied. Paste it into the site&apos;s pages.</source>
        <translation>Скопировано. Вставьте в страницы сайта.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_chat_form.py" line="354"/>
        <source>Saved. Copy the line above into the site&apos;s pages.</source>
        <translation>Сохранено. Скопируйте строку выше в страницы сайта.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_chat_form.py" line="355"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_chat_form.py" line="370"/>
        <source>Saving the website channel</source>
        <translation>Сохранение канала сайта</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_chat_form.py" line="371"/>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
</context>
<context>
    <name>WebFormGenerator</name>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_form_generator.py" line="108"/>
        <source>Web forms: %1</source>
        <translation>Веб-формы: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_form_generator.py" line="116"/>
        <source>New form</source>
        <translation>Новая форма</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_form_generator.py" line="122"/>
        <source>Forms of this channel</source>
        <translation>Формы этого канала</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_form_generator.py" line="126"/>
        <location filename="../../leaddesk/ui/dialogs/web_form_generator.py" line="492"/>
        <source>Allowed sites</source>
        <translation>Разрешённые сайты</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_form_generator.py" line="128"/>
        <source>One site per line, e.g. https://shop.ru: only pages of these sites may post the forms.</source>
        <translation>По одному сайту в строке, например https://shop.ru: отправлять формы могут только страницы этих сайтов.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_form_generator.py" line="135"/>
        <source>e.g. site:/kitchens/measure</source>
        <translation>например, site:/kitchens/measure</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_form_generator.py" line="137"/>
        <source>empty: a short thank-you from LeadDesk</source>
        <translation>пусто — короткое «спасибо» от LeadDesk</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_form_generator.py" line="142"/>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_form_generator.py" line="143"/>
        <source>&amp;Button:</source>
        <translation>&amp;Кнопка:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_form_generator.py" line="144"/>
        <source>Lead &amp;source:</source>
        <translation>&amp;Источник заявки:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_form_generator.py" line="147"/>
        <source>Leads from this form get this source. Empty: the advertising campaign (UTM) or the page decides.</source>
        <translation>Заявки из этой формы получат этот источник. Пусто — источник определят рекламная кампания (UTM) или страница.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_form_generator.py" line="149"/>
        <source>Thank-you &amp;page:</source>
        <translation>Страница «&amp;Спасибо»:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_form_generator.py" line="150"/>
        <source>Form address:</source>
        <translation>Адрес формы:</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_form_generator.py" line="155"/>
        <source>Add field…</source>
        <translation>Добавить поле…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_form_generator.py" line="157"/>
        <source>Remove field</source>
        <translation>Убрать поле</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_form_generator.py" line="158"/>
        <source>Remove the added field chosen</source>
        <translation>Убрать выбранное добавленное поле</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_form_generator.py" line="159"/>
        <source>Up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_form_generator.py" line="160"/>
        <source>Down</source>
        <translation>Ниже</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_form_generator.py" line="170"/>
        <source>Fields</source>
        <translation>Поля</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_form_generator.py" line="179"/>
        <source>Copy HTML</source>
        <translation>Копировать HTML</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_form_generator.py" line="188"/>
        <source>HTML to paste into the site</source>
        <translation>HTML для вставки на сайт</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_form_generator.py" line="209"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_form_generator.py" line="210"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_form_generator.py" line="225"/>
        <source>Reading the web forms</source>
        <translation>Чтение веб-форм</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_form_generator.py" line="247"/>
        <source>Leave a request</source>
        <translation>Оставьте заявку</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_form_generator.py" line="248"/>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_form_generator.py" line="284"/>
        <location filename="../../leaddesk/ui/dialogs/web_form_generator.py" line="489"/>
        <source>Untitled form</source>
        <translation>Форма без заголовка</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_form_generator.py" line="286"/>
        <source>%1 (new)</source>
        <translation>%1 (новая)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_form_generator.py" line="288"/>
        <source>%1 (changed)</source>
        <translation>%1 (изменена)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_form_generator.py" line="358"/>
        <source>The thank-you page must be a whole address starting with https://, e.g. https://shop.ru/thanks</source>
        <translation>Страница «Спасибо» — это полный адрес, начинающийся с https://, например https://shop.ru/thanks</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_form_generator.py" line="393"/>
        <source>made when the form is saved</source>
        <translation>появится после сохранения формы</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_form_generator.py" line="395"/>
        <source>Save the form to copy its HTML: the site must get what LeadDesk has stored.</source>
        <translation>Сохраните форму, чтобы скопировать HTML: на сайт должно попасть то, что сохранено в LeadDesk.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_form_generator.py" line="427"/>
        <source>HTML copied. Paste it into the page where the form should be.</source>
        <translation>HTML скопирован. Вставьте его в страницу, где должна быть форма.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_form_generator.py" line="467"/>
        <source>Saved. Copy the HTML into the site if the form changed.</source>
        <translation>Сохранено. Если форма изменилась, скопируйте HTML на сайт заново.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_form_generator.py" line="482"/>
        <source>Saving the web form</source>
        <translation>Сохранение веб-формы</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_form_generator.py" line="483"/>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_form_generator.py" line="498"/>
        <source>Not saved: %1. Close and lose these changes?</source>
        <translation>Не сохранено: %1. Закрыть и потерять эти изменения?</translation>
    </message>
</context>
<context>
    <name>WebSetup</name>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_chat_form.py" line="56"/>
        <source>“%1” is not a site address: write it with https:// (or http://), e.g. https://shop.ru</source>
        <translation>«%1» — не адрес сайта: пишите его с https:// (или http://), например https://shop.ru</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_chat_form.py" line="59"/>
        <source>The field “%1” is both hidden and required: nobody could ever fill it in. Untick one of the two.</source>
        <translation>Поле «%1» скрытое и обязательное одновременно — так его никто не заполнит. Снимите одну из двух отметок.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_chat_form.py" line="62"/>
        <source>“%1” cannot name a field: use small Latin letters, digits and _, starting with a letter (names such as utm_source and page are taken by LeadDesk).</source>
        <translation>«%1» не годится как имя поля: только строчные латинские буквы, цифры и _, первой — буква (имена вроде utm_source и page заняты LeadDesk).</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_chat_form.py" line="66"/>
        <source>A channel with this name exists already: choose another name.</source>
        <translation>Канал с таким названием уже есть — выберите другое.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_chat_form.py" line="68"/>
        <source>Tick at least one field to use.</source>
        <translation>Отметьте хотя бы одно поле формы.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_chat_form.py" line="69"/>
        <source>Every field of the form is hidden: the visitor would see nothing to fill in.</source>
        <translation>Все поля формы скрытые — посетителю нечего будет заполнить.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_chat_form.py" line="71"/>
        <source>Two fields have the same name.</source>
        <translation>У двух полей одинаковое имя.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_chat_form.py" line="72"/>
        <source>This channel is no longer a website channel; close the window and open it again.</source>
        <translation>Этот канал больше не канал сайта — закройте окно и откройте его снова.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/web_chat_form.py" line="113"/>
        <source>Only pages of these sites may show the chat or post the forms; a path after the address is ignored</source>
        <translation>Только страницы этих сайтов могут показывать чат и отправлять формы; путь после адреса не учитывается</translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <location filename="../../leaddesk/ui/schedule/grid_painter.py" line="137"/>
        <source>No shifts on this channel yet: its leads go to everyone at any hour.</source>
        <translation>На этом канале ещё нет смен: его заявки в любой час получают все.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/schedule/week_grid.py" line="78"/>
        <source>Weekly shifts</source>
        <translation>Недельные смены</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/schedule/week_grid.py" line="258"/>
        <source>%1: %2–%3</source>
        <translation>%1: %2–%3</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <location filename="../../leaddesk/ui/formatting.py" line="34"/>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/formatting.py" line="37"/>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/formatting.py" line="42"/>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/formatting.py" line="44"/>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/formatting.py" line="45"/>
        <source>%1 d</source>
        <translation>%1 д</translation>
    </message>
</context>
<context>
    <name>invoice_files</name>
    <message>
        <location filename="../../leaddesk/ui/dialogs/invoice_files.py" line="35"/>
        <source>This lead did not come by email, so the invoice cannot be sent from here: save it and send it another way.</source>
        <translation>Эта заявка пришла не по почте, поэтому отсюда счёт не отправить: сохраните его и отправьте другим способом.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/invoice_files.py" line="40"/>
        <source>This invoice no longer exists.</source>
        <translation>Этого счёта больше нет.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/invoice_files.py" line="89"/>
        <source>Save the invoice</source>
        <translation>Сохранить счёт</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/invoice_files.py" line="97"/>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/invoice_files.py" line="106"/>
        <source>The file cannot be saved: %1</source>
        <translation>Не удаётся сохранить файл: %1</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/invoice_files.py" line="116"/>
        <source>Open the invoice</source>
        <translation>Открыть счёт</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/invoice_files.py" line="125"/>
        <source>No program to show PDF files was found. Save the invoice and open it another way.</source>
        <translation>Не найдена программа для просмотра PDF. Сохраните счёт и откройте его другим способом.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/invoice_files.py" line="176"/>
        <source>Good afternoon!

Please find attached invoice No. %1 for payment.

Kind regards,
%2</source>
        <translation>Добрый день!

Направляем счёт на оплату № %1, он во вложении.

С уважением,
%2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/dialogs/invoice_files.py" line="193"/>
        <source>Send the invoice</source>
        <translation>Отправить счёт</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="16"/>
        <source>Email</source>
        <translation>Почта</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="17"/>
        <source>VK</source>
        <translation>ВК</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="18"/>
        <source>Website chat</source>
        <translation>Чат на сайте</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="19"/>
        <source>Web form</source>
        <translation>Веб-форма</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="20"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="21"/>
        <source>Walk-in</source>
        <translation>Визит</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="22"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="28"/>
        <source>New</source>
        <translation>Новая</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="29"/>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="30"/>
        <location filename="../../leaddesk/ui/labels.py" line="68"/>
        <source>Postponed</source>
        <translation>Отложена</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="31"/>
        <location filename="../../leaddesk/ui/labels.py" line="67"/>
        <source>Rejected</source>
        <translation>Отклонена</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="32"/>
        <source>Converted</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="38"/>
        <source>Cold</source>
        <translation>Холодная</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="39"/>
        <source>Warm</source>
        <translation>Тёплая</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="40"/>
        <source>Hot</source>
        <translation>Горячая</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="46"/>
        <source>Dispatcher</source>
        <translation>Диспетчер</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="47"/>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="48"/>
        <source>Supervisor</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="54"/>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="55"/>
        <source>Reply</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="56"/>
        <location filename="../../leaddesk/ui/labels.py" line="71"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="63"/>
        <source>Received</source>
        <translation>Получена</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="64"/>
        <source>Assigned</source>
        <translation>Назначена</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="65"/>
        <source>Taken</source>
        <translation>Взята в работу</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="66"/>
        <source>Replied</source>
        <translation>Отвечено</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="69"/>
        <source>Reopened</source>
        <translation>Открыта снова</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="70"/>
        <source>Converted to a deal</source>
        <translation>Превращена в сделку</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="72"/>
        <source>Warmth changed</source>
        <translation>Изменена теплота</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="73"/>
        <source>Nobody on duty</source>
        <translation>Никто не дежурил</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="74"/>
        <source>Escalated (answer overdue)</source>
        <translation>Эскалация (ответ просрочен)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="75"/>
        <source>Reminder: back in the inbox</source>
        <translation>Напоминание: снова во входящих</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="76"/>
        <source>Deal won</source>
        <translation>Сделка выиграна</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="77"/>
        <source>Deal lost</source>
        <translation>Сделка проиграна</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="78"/>
        <source>Invoice issued</source>
        <translation>Выставлен счёт</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="79"/>
        <source>Invoice sent</source>
        <translation>Счёт отправлен</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="80"/>
        <source>Contact merged</source>
        <translation>Контакт объединён</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="81"/>
        <source>Imported</source>
        <translation>Импортирован</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="82"/>
        <source>The customer wrote again</source>
        <translation>Клиент написал снова</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="83"/>
        <source>An answer could not be sent</source>
        <translation>Ответ не отправлен</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="89"/>
        <source>Open deal</source>
        <translation>Открытая сделка</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="90"/>
        <source>Won</source>
        <translation>Выиграна</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="91"/>
        <source>Lost</source>
        <translation>Проиграна</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="98"/>
        <source>The lead is already closed (rejected or converted).</source>
        <translation>Заявка уже закрыта (отказ или сделка).</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="99"/>
        <source>Your role may not do this: the team database refused it. Ask a supervisor.</source>
        <translation>Вашей роли это не разрешено: общая база данных отказала. Обратитесь к руководителю.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="101"/>
        <source>Only a rejected or postponed lead can be reopened.</source>
        <translation>Вернуть в работу можно только отклонённую или отложенную заявку.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="102"/>
        <source>The lead is already converted into a deal.</source>
        <translation>Заявка уже превращена в сделку.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="103"/>
        <source>The reminder must be in the future.</source>
        <translation>Напоминание должно быть в будущем.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="104"/>
        <source>This person is no longer active.</source>
        <translation>Этот сотрудник больше не работает.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="105"/>
        <source>There is nothing to save: the text is empty.</source>
        <translation>Нечего сохранять: текст пустой.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="106"/>
        <source>The deal no longer exists.</source>
        <translation>Сделки больше нет.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="107"/>
        <source>Say why the deal was lost.</source>
        <translation>Укажите, почему сделка проиграна.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="108"/>
        <source>These are the same contact.</source>
        <translation>Это один и тот же контакт.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="109"/>
        <source>This is not a phone number.</source>
        <translation>Это не номер телефона.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="110"/>
        <source>This is not an email address.</source>
        <translation>Это не адрес почты.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="111"/>
        <source>Enter a phone, an email or a name.</source>
        <translation>Укажите телефон, почту или имя.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="112"/>
        <source>This currency is not supported.</source>
        <translation>Эта валюта не поддерживается.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="113"/>
        <source>This lead did not come by email.</source>
        <translation>Эта заявка пришла не по почте.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="114"/>
        <source>The invoice has no PDF yet.</source>
        <translation>У счёта ещё нет PDF.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="115"/>
        <source>This file is no longer kept.</source>
        <translation>Этот файл больше не хранится.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="116"/>
        <source>This answer is no longer waiting for another try: it has been sent or queued again meanwhile.</source>
        <translation>Этот ответ уже не ждёт повторной попытки: его тем временем отправили или снова поставили в очередь.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="149"/>
        <source>connecting…</source>
        <translation>подключение…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="150"/>
        <source>fetching mail…</source>
        <translation>загрузка писем…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="151"/>
        <source>up to date</source>
        <translation>всё загружено</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="152"/>
        <source>problem</source>
        <translation>проблема</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="153"/>
        <source>no password on this computer</source>
        <translation>на этом компьютере нет пароля</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="154"/>
        <source>stopped</source>
        <translation>остановлено</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="155"/>
        <source>fetched on another desk</source>
        <translation>загружается на другом рабочем месте</translation>
    </message>
</context>
<context>
    <name>problems</name>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="180"/>
        <source>the certificate of {where} is not trusted ({detail}); give the account the certificate authority file</source>
        <translation>сертификату {where} нет доверия ({detail}); укажите для ящика файл центра сертификации</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="183"/>
        <source>a secure connection to {where} failed ({detail})</source>
        <translation>не удалось защищённое соединение с {where} ({detail})</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="184"/>
        <source>the server name {host} is unknown</source>
        <translation>сервер с именем {host} не найден</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="185"/>
        <source>{where} refused the connection (wrong port, or the server is down)</source>
        <translation>{where} не принимает соединение (неверный порт или сервер не работает)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="188"/>
        <source>{where} did not answer in time</source>
        <translation>{where} не ответил вовремя</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="189"/>
        <source>cannot reach {where}: {detail}</source>
        <translation>нет связи с {where}: {detail}</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="190"/>
        <source>the certificate file {path} cannot be read: {detail}</source>
        <translation>не читается файл сертификата {path}: {detail}</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="193"/>
        <source>{host} closed the connection</source>
        <translation>{host} закрыл соединение</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="194"/>
        <source>{host} refused the login or password for {login}</source>
        <translation>{host} не принял логин или пароль для {login}</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="195"/>
        <source>{host} refused the login or password ({code})</source>
        <translation>{host} не принял логин или пароль ({code})</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="196"/>
        <source>the folder {folder} does not exist on {host}</source>
        <translation>папки {folder} нет на {host}</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="197"/>
        <source>{host} answered: {text}</source>
        <translation>{host} ответил: {text}</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="198"/>
        <source>{host} answered {code} {text}</source>
        <translation>{host} ответил {code} {text}</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="199"/>
        <source>{host} refused the recipient: {text}</source>
        <translation>{host} не принял получателя: {text}</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="200"/>
        <source>the customer has no email address to answer to</source>
        <translation>у клиента нет адреса почты для ответа</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="201"/>
        <source>the mail came back from {host}: {text}</source>
        <translation>письмо вернулось от {host}: {text}</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="202"/>
        <source>the address {address} cannot be written to</source>
        <translation>на адрес {address} написать нельзя</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="203"/>
        <source>the community token is not valid any more: make a new one in the community&apos;s settings (API usage) and enter it again</source>
        <translation>ключ доступа сообщества больше не действует: создайте новый в настройках сообщества (Работа с API) и введите его снова</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="206"/>
        <source>VK says too many requests per second; trying again shortly</source>
        <translation>ВКонтакте: слишком много запросов в секунду; скоро попробуем снова</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="209"/>
        <source>the community token lacks the right to do this (messages)</source>
        <translation>у ключа доступа сообщества нет нужного права (сообщения)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="212"/>
        <source>VK&apos;s flood control stopped this message: too many identical messages; it will be tried again later</source>
        <translation>ВКонтакте остановил сообщение защитой от флуда: слишком много одинаковых сообщений; попробуем позже</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="215"/>
        <source>VK had an internal error; trying again later</source>
        <translation>внутренняя ошибка ВКонтакте; попробуем позже</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="216"/>
        <source>VK refused access: the token lacks a right (messages, community management) or the community has the Long Poll API switched off</source>
        <translation>ВКонтакте отказал в доступе: у ключа нет нужного права (сообщения, управление сообществом) или в сообществе выключен Long Poll API</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="219"/>
        <source>the token is a community token where a user token is needed</source>
        <translation>это ключ сообщества, а здесь нужен ключ пользователя</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="222"/>
        <source>VK refused a parameter of the request</source>
        <translation>ВКонтакте не принял параметр запроса</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="223"/>
        <source>the customer has blacklisted the community: the message cannot be delivered</source>
        <translation>клиент добавил сообщество в чёрный список: сообщение не доставить</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="226"/>
        <source>the customer has not allowed messages from the community: the answer cannot be delivered until they write again or allow messages</source>
        <translation>клиент не разрешил сообщения от сообщества: ответ не доставить, пока он не напишет снова или не разрешит сообщения</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="229"/>
        <source>the customer&apos;s privacy settings do not allow this message</source>
        <translation>настройки приватности клиента не допускают это сообщение</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="232"/>
        <source>the message is too long for VK</source>
        <translation>сообщение слишком длинное для ВКонтакте</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="233"/>
        <source>VK answered: {text} (error {code})</source>
        <translation>ВКонтакте ответил: {text} (ошибка {code})</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="234"/>
        <source>VK cannot be reached: {detail}</source>
        <translation>нет связи с ВКонтакте: {detail}</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="235"/>
        <source>the VK Long Poll server cannot be reached: {detail}</source>
        <translation>нет связи с сервером Long Poll ВКонтакте: {detail}</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="238"/>
        <source>the VK Long Poll server sent something unexpected</source>
        <translation>сервер Long Poll ВКонтакте прислал неожиданный ответ</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="239"/>
        <source>the customer&apos;s VK conversation is unknown</source>
        <translation>неизвестен диалог клиента во ВКонтакте</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="240"/>
        <source>the channel cannot send now</source>
        <translation>канал сейчас не может отправлять</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="241"/>
        <source>no system keyring is available on this computer (on Linux: install and unlock GNOME Keyring or KWallet); passwords are never stored elsewhere</source>
        <translation>на этом компьютере нет системного хранилища паролей (в Linux: установите и разблокируйте GNOME Keyring или KWallet); в другом месте пароли не хранятся</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="244"/>
        <source>the system keyring is locked: unlock it and try again</source>
        <translation>системное хранилище паролей заблокировано: разблокируйте его и попробуйте снова</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="247"/>
        <source>the system keyring could not be opened: {detail}</source>
        <translation>системное хранилище паролей не открылось: {detail}</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="248"/>
        <source>the system keyring refused: {detail}</source>
        <translation>системное хранилище паролей отказало: {detail}</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="249"/>
        <source>the only keyring here stores passwords in a plain file (keyrings.alt); install GNOME Keyring or KWallet</source>
        <translation>единственное хранилище здесь держит пароли в обычном файле (keyrings.alt); установите GNOME Keyring или KWallet</translation>
    </message>
</context>
<context>
    <name>report_labels</name>
    <message>
        <location filename="../../leaddesk/ui/report_labels.py" line="30"/>
        <source>Unanswered leads</source>
        <translation>Заявки без ответа</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/report_labels.py" line="31"/>
        <source>Late first answers</source>
        <translation>Поздние первые ответы</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/report_labels.py" line="32"/>
        <source>First-response time</source>
        <translation>Время первого ответа</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/report_labels.py" line="33"/>
        <source>Leads by state</source>
        <translation>Заявки по состояниям</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/report_labels.py" line="34"/>
        <source>Rejection reasons</source>
        <translation>Причины отказа</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/report_labels.py" line="35"/>
        <source>Conversion and money</source>
        <translation>Конверсия и деньги</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/report_labels.py" line="36"/>
        <source>Funnel per channel</source>
        <translation>Воронка по каналам</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/report_labels.py" line="37"/>
        <source>Peak hours</source>
        <translation>Часы пик</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/report_labels.py" line="38"/>
        <source>Weekday × hour</source>
        <translation>День недели × час</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/report_labels.py" line="39"/>
        <source>Manager leaderboard</source>
        <translation>Рейтинг менеджеров</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/report_labels.py" line="40"/>
        <source>First-response time distribution</source>
        <translation>Распределение времени первого ответа</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/report_labels.py" line="46"/>
        <source>Share of leads per channel that never got an answer.</source>
        <translation>Доля заявок каждого канала, оставшихся без ответа.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/report_labels.py" line="48"/>
        <source>Share of first answers given later than the channel&apos;s SLA.</source>
        <translation>Доля первых ответов, данных позже нормы канала.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/report_labels.py" line="50"/>
        <source>How fast each channel answers: median and slowest tenth.</source>
        <translation>Как быстро отвечает каждый канал: медиана и самая медленная десятая часть.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/report_labels.py" line="52"/>
        <source>How many leads are new, in progress, postponed, rejected, converted.</source>
        <translation>Сколько заявок новых, в работе, отложенных, отклонённых, переведённых в сделку.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/report_labels.py" line="54"/>
        <source>Why leads were rejected, most frequent first.</source>
        <translation>Почему заявки отклоняли, сначала самые частые причины.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/report_labels.py" line="55"/>
        <source>Deals, won deals and money per channel and source.</source>
        <translation>Сделки, выигранные сделки и деньги по каналам и источникам.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/report_labels.py" line="57"/>
        <source>Leads → in progress → deals → won, for each channel.</source>
        <translation>Заявки → в работе → сделки → выиграно, по каждому каналу.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/report_labels.py" line="59"/>
        <source>Leads per hour of the day, by channel.</source>
        <translation>Заявки по часам дня, по каналам.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/report_labels.py" line="60"/>
        <source>Leads per weekday and hour: when the load peaks.</source>
        <translation>Заявки по дням недели и часам: когда нагрузка пиковая.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/report_labels.py" line="61"/>
        <source>Leads, answers within SLA, conversions and money per manager.</source>
        <translation>Заявки, ответы в пределах нормы, сделки и деньги каждого менеджера.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/report_labels.py" line="70"/>
        <source>Share unanswered</source>
        <translation>Доля без ответа</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/report_labels.py" line="71"/>
        <source>Share late</source>
        <translation>Доля поздних</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/report_labels.py" line="72"/>
        <source>Share of rejections</source>
        <translation>Доля отказов</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/report_labels.py" line="73"/>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/report_labels.py" line="75"/>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/report_labels.py" line="76"/>
        <location filename="../../leaddesk/ui/report_labels.py" line="84"/>
        <location filename="../../leaddesk/ui/report_labels.py" line="102"/>
        <source>Leads</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/report_labels.py" line="77"/>
        <source>Unanswered</source>
        <translation>Без ответа</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/report_labels.py" line="78"/>
        <source>SLA</source>
        <translation>Норма ответа</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/report_labels.py" line="79"/>
        <source>Answered</source>
        <translation>Отвечено</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/report_labels.py" line="80"/>
        <source>Late</source>
        <translation>Поздно</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/report_labels.py" line="81"/>
        <source>Median answer time</source>
        <translation>Медиана времени ответа</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/report_labels.py" line="82"/>
        <source>90% answered within</source>
        <translation>90% отвечены за</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/report_labels.py" line="83"/>
        <source>Answered within</source>
        <translation>Отвечено за</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/report_labels.py" line="85"/>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/report_labels.py" line="86"/>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/report_labels.py" line="87"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/report_labels.py" line="88"/>
        <location filename="../../leaddesk/ui/report_labels.py" line="104"/>
        <source>Deals</source>
        <translation>Сделки</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/report_labels.py" line="89"/>
        <location filename="../../leaddesk/ui/report_labels.py" line="105"/>
        <source>Won</source>
        <translation>Выиграно</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/report_labels.py" line="90"/>
        <source>Money</source>
        <translation>Деньги</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/report_labels.py" line="91"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/report_labels.py" line="92"/>
        <source>Hour</source>
        <translation>Час</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/report_labels.py" line="93"/>
        <source>Weekday</source>
        <translation>День недели</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/report_labels.py" line="94"/>
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/report_labels.py" line="95"/>
        <source>Answered within SLA</source>
        <translation>Отвечено в норму</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/report_labels.py" line="96"/>
        <source>Converted</source>
        <translation>Переведено в сделку</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/report_labels.py" line="103"/>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/report_labels.py" line="142"/>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/report_labels.py" line="146"/>
        <source>%1 min %2 s</source>
        <translation>%1 мин %2 с</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/report_labels.py" line="148"/>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/report_labels.py" line="152"/>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/report_labels.py" line="154"/>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/report_labels.py" line="157"/>
        <source>%1 d %2 h</source>
        <translation>%1 д %2 ч</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/report_labels.py" line="159"/>
        <source>%1 d</source>
        <translation>%1 д</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/report_labels.py" line="167"/>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
</context>
</TS>
