<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../leaddesk/ui/filter_bar.py" line="39" />
        <source>All channels</source>
        <translation>Все каналы</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/filter_bar.py" line="44" />
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/filter_bar.py" line="51" />
        <source>Everyone's</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/filter_bar.py" line="52" />
        <source>Mine</source>
        <translation>Мои</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/filter_bar.py" line="53" />
        <source>Unassigned</source>
        <translation>Без ответственного</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/filter_bar.py" line="67" />
        <source>Search: name, email, phone, words…  ( / )</source>
        <translation>Поиск: имя, почта, телефон, слова…  ( / )</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <location filename="../../leaddesk/ui/inbox_model.py" line="56" />
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/inbox_model.py" line="57" />
        <source>Received</source>
        <translation>Получена</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/inbox_model.py" line="58" />
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/inbox_model.py" line="59" />
        <source>Request</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/inbox_model.py" line="60" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/inbox_model.py" line="61" />
        <source>Assignee</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/inbox_model.py" line="62" />
        <source>Warmth</source>
        <translation>Теплота</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/inbox_model.py" line="63" />
        <source>Waiting</source>
        <translation>Ожидание</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/inbox_model.py" line="223" />
        <source>no answer</source>
        <translation>без ответа</translation>
    </message>
</context>
<context>
    <name>LeadCard</name>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="30" />
        <source>email</source>
        <translation>почта</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="30" />
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="31" />
        <source>VK</source>
        <translation>ВК</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="36" />
        <source>score</source>
        <translation>баллы</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="40" />
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="41" />
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="42" />
        <source>Received</source>
        <translation>Получена</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="43" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="46" />
        <source>Assignee</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="46" />
        <source>nobody yet</source>
        <translation>пока никто</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="47" />
        <source>Warmth</source>
        <translation>Теплота</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="53" />
        <source>First answer</source>
        <translation>Первый ответ</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="55" />
        <source>Product</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="57" />
        <source>Deal</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="59" />
        <source>Postponed until</source>
        <translation>Отложена до</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="65" />
        <source>Unknown contact</source>
        <translation>Неизвестный контакт</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="75" />
        <source>Conversation</source>
        <translation>Переписка</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="78" />
        <source>No messages.</source>
        <translation>Сообщений нет.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card_html.py" line="108" />
        <source>History</source>
        <translation>История</translation>
    </message>
</context>
<context>
    <name>LeadCardView</name>
    <message>
        <location filename="../../leaddesk/ui/lead_card.py" line="33" />
        <source>Select a lead to see the conversation.</source>
        <translation>Выберите заявку, чтобы увидеть переписку.</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card.py" line="66" />
        <source>Opening the lead</source>
        <translation>Открытие заявки</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/lead_card.py" line="77" />
        <source>This lead no longer exists.</source>
        <translation>Этой заявки больше нет.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="46" />
        <location filename="../../leaddesk/ui/main_window.py" line="271" />
        <source>LeadDesk</source>
        <translation>LeadDesk</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="132" />
        <source>&amp;Desk</source>
        <translation>&amp;Рабочее место</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="133" />
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="137" />
        <source>&amp;Work as</source>
        <translation>&amp;Работать как</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="149" />
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/main_window.py" line="247" />
        <source>%n lead(s)</source>
        <translation><numerusform>%n заявка</numerusform><numerusform>%n заявки</numerusform><numerusform>%n заявок</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/main_window.py" line="249" />
        <source>%n or more found</source>
        <translation><numerusform>найдена %n или больше</numerusform><numerusform>найдено %n или больше</numerusform><numerusform>найдено %n или больше</numerusform></translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="254" />
        <source>No user chosen</source>
        <translation>Пользователь не выбран</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="257" />
        <source>You: %1 (%2)</source>
        <translation>Вы: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="262" />
        <source>Not following changes: the database cannot be read (%1). Retrying…</source>
        <translation>Изменения не отслеживаются: база данных недоступна (%1). Повторяем попытку…</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="272" />
        <source>%1 did not work: %2</source>
        <translation>%1 — не получилось: %2</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/main_window.py" line="273" />
        <source>An action</source>
        <translation>Действие</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../leaddesk/ui/app_main.py" line="51" />
        <source>LeadDesk</source>
        <translation>LeadDesk</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/app_main.py" line="52" />
        <source>The database cannot be opened:
%1</source>
        <translation>Не удаётся открыть базу данных:
%1</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <location filename="../../leaddesk/ui/formatting.py" line="45" />
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/formatting.py" line="48" />
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/formatting.py" line="53" />
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/formatting.py" line="55" />
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/formatting.py" line="56" />
        <source>%1 d</source>
        <translation>%1 д</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="16" />
        <source>Email</source>
        <translation>Почта</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="17" />
        <source>VK</source>
        <translation>ВК</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="18" />
        <source>Website chat</source>
        <translation>Чат на сайте</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="19" />
        <source>Web form</source>
        <translation>Веб-форма</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="20" />
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="21" />
        <source>Walk-in</source>
        <translation>Визит</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="22" />
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="28" />
        <source>New</source>
        <translation>Новая</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="29" />
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="30" />
        <location filename="../../leaddesk/ui/labels.py" line="64" />
        <source>Postponed</source>
        <translation>Отложена</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="31" />
        <location filename="../../leaddesk/ui/labels.py" line="63" />
        <source>Rejected</source>
        <translation>Отклонена</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="32" />
        <source>Converted</source>
        <translation>Сделка</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="37" />
        <source>Cold</source>
        <translation>Холодная</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="37" />
        <source>Warm</source>
        <translation>Тёплая</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="37" />
        <source>Hot</source>
        <translation>Горячая</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="42" />
        <source>Dispatcher</source>
        <translation>Диспетчер</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="43" />
        <source>Manager</source>
        <translation>Менеджер</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="44" />
        <source>Supervisor</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="50" />
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="51" />
        <source>Reply</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="52" />
        <location filename="../../leaddesk/ui/labels.py" line="67" />
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="59" />
        <source>Received</source>
        <translation>Получена</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="60" />
        <source>Assigned</source>
        <translation>Назначена</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="61" />
        <source>Taken</source>
        <translation>Взята в работу</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="62" />
        <source>Replied</source>
        <translation>Отвечено</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="65" />
        <source>Reopened</source>
        <translation>Открыта снова</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="66" />
        <source>Converted to a deal</source>
        <translation>Превращена в сделку</translation>
    </message>
    <message>
        <location filename="../../leaddesk/ui/labels.py" line="68" />
        <source>Warmth changed</source>
        <translation>Изменена теплота</translation>
    </message>
</context>
</TS>