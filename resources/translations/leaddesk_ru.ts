<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
    <context>
        <name>CsvImportDialog</name>
        <message>
            <location filename="../../leaddesk/ui/csv_import_dialog.py" line="66" />
            <source>Import leads from a CSV file</source>
            <translation>Импорт заявок из CSV-файла</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/csv_import_dialog.py" line="72" />
            <source>A call log or a list of visitors, in CSV</source>
            <translation>Журнал звонков или список посетителей в формате CSV</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/csv_import_dialog.py" line="73" />
            <source>Choose file…</source>
            <translation>Выбрать файл…</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/csv_import_dialog.py" line="84" />
            <source>File:</source>
            <translation>Файл:</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/csv_import_dialog.py" line="85" />
            <source>Channel:</source>
            <translation>Канал:</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/csv_import_dialog.py" line="110" />
            <source>Check</source>
            <translation>Проверить</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/csv_import_dialog.py" line="111" />
            <source>Tell what the import would do, changing nothing</source>
            <translation>Показать, что сделает импорт, ничего не меняя</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/csv_import_dialog.py" line="113" />
            <location filename="../../leaddesk/ui/csv_import_dialog.py" line="294" />
            <source>Import</source>
            <translation>Импортировать</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/csv_import_dialog.py" line="115" />
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/csv_import_dialog.py" line="136" />
            <source>Choose a CSV file</source>
            <translation>Выберите CSV-файл</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/csv_import_dialog.py" line="137" />
            <source>CSV files (*.csv *.txt);;All files (*)</source>
            <translation>Файлы CSV (*.csv *.txt);;Все файлы (*)</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/csv_import_dialog.py" line="150" />
            <source>Cannot read the file: %1</source>
            <translation>Не удаётся прочитать файл: %1</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/csv_import_dialog.py" line="160" />
            <source>This is not a text file in UTF-8 or Windows-1251. Save it from Excel as “CSV”.</source>
            <translation>Это не текстовый файл в UTF-8 или Windows-1251. Сохраните его из Excel как «CSV».</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/csv_import_dialog.py" line="162" />
            <source>The file is empty: its first line must name the columns.</source>
            <translation>Файл пуст: в первой строке должны быть названия столбцов.</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/csv_import_dialog.py" line="164" />
            <source>The file cannot be read as CSV.</source>
            <translation>Файл не читается как CSV.</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/csv_import_dialog.py" line="176" />
            <source>semicolon</source>
            <translation>точка с запятой</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/csv_import_dialog.py" line="176" />
            <source>comma</source>
            <translation>запятая</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/csv_import_dialog.py" line="177" />
            <source>tab</source>
            <translation>табуляция</translation>
        </message>
        <message numerus="yes">
            <location filename="../../leaddesk/ui/csv_import_dialog.py" line="179" />
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n строка</numerusform>
                <numerusform>%n строки</numerusform>
                <numerusform>%n строк</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/csv_import_dialog.py" line="180" />
            <source>encoding %1, delimiter: %2</source>
            <translation>кодировка %1, разделитель: %2</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/csv_import_dialog.py" line="182" />
            <source>Set what each column holds, then press Check.</source>
            <translation>Укажите, что в каждом столбце, и нажмите «Проверить».</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/csv_import_dialog.py" line="189" />
            <source>Field</source>
            <translation>Поле</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/csv_import_dialog.py" line="214" />
            <source>— skip —</source>
            <translation>— пропустить —</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/csv_import_dialog.py" line="215" />
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/csv_import_dialog.py" line="216" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/csv_import_dialog.py" line="217" />
            <source>Email</source>
            <translation>Эл. почта</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/csv_import_dialog.py" line="218" />
            <source>VK id</source>
            <translation>ВКонтакте</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/csv_import_dialog.py" line="219" />
            <source>Text</source>
            <translation>Текст</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/csv_import_dialog.py" line="220" />
            <source>Subject</source>
            <translation>Тема</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/csv_import_dialog.py" line="221" />
            <source>Date and time</source>
            <translation>Дата и время</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/csv_import_dialog.py" line="222" />
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/csv_import_dialog.py" line="237" />
            <source>%1 (a new channel)</source>
            <translation>%1 (новый канал)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../leaddesk/ui/csv_import_dialog.py" line="263" />
            <source>%n lead(s) would be created</source>
            <translation>
                <numerusform>будет создана %n заявка</numerusform>
                <numerusform>будет создано %n заявки</numerusform>
                <numerusform>будет создано %n заявок</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../leaddesk/ui/csv_import_dialog.py" line="264" />
            <source>%n new contact(s)</source>
            <translation>
                <numerusform>%n новый контакт</numerusform>
                <numerusform>%n новых контакта</numerusform>
                <numerusform>%n новых контактов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../leaddesk/ui/csv_import_dialog.py" line="265" />
            <source>%n known contact(s)</source>
            <translation>
                <numerusform>%n известный контакт</numerusform>
                <numerusform>%n известных контакта</numerusform>
                <numerusform>%n известных контактов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../leaddesk/ui/csv_import_dialog.py" line="266" />
            <location filename="../../leaddesk/ui/csv_import_dialog.py" line="303" />
            <source>%n row(s) with errors</source>
            <translation>
                <numerusform>%n строка с ошибками</numerusform>
                <numerusform>%n строки с ошибками</numerusform>
                <numerusform>%n строк с ошибками</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../leaddesk/ui/csv_import_dialog.py" line="268" />
            <source>%n row(s) imported before, to be skipped</source>
            <translation>
                <numerusform>%n строка уже импортирована и будет пропущена</numerusform>
                <numerusform>%n строки уже импортированы и будут пропущены</numerusform>
                <numerusform>%n строк уже импортированы и будут пропущены</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/csv_import_dialog.py" line="278" />
            <source>Importing leads…</source>
            <translation>Импорт заявок…</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/csv_import_dialog.py" line="295" />
            <source>The import stopped: %1</source>
            <translation>Импорт остановлен: %1</translation>
        </message>
        <message numerus="yes">
            <location filename="../../leaddesk/ui/csv_import_dialog.py" line="299" />
            <source>%n lead(s) imported</source>
            <translation>
                <numerusform>импортирована %n заявка</numerusform>
                <numerusform>импортировано %n заявки</numerusform>
                <numerusform>импортировано %n заявок</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../leaddesk/ui/csv_import_dialog.py" line="301" />
            <source>%n row(s) imported before were skipped</source>
            <translation>
                <numerusform>%n строка, импортированная раньше, пропущена</numerusform>
                <numerusform>%n строки, импортированные раньше, пропущены</numerusform>
                <numerusform>%n строк, импортированных раньше, пропущены</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/csv_import_dialog.py" line="314" />
            <source>Line %1: %2</source>
            <translation>Строка %1: %2</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/csv_import_dialog.py" line="331" />
            <source>no phone, email or VK id to reach the customer</source>
            <translation>нет ни телефона, ни почты, ни ВКонтакте, чтобы связаться с клиентом</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/csv_import_dialog.py" line="332" />
            <source>“%1” is not a phone number</source>
            <translation>«%1» — не номер телефона</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/csv_import_dialog.py" line="333" />
            <source>“%1” is not an email address</source>
            <translation>«%1» — не адрес почты</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/csv_import_dialog.py" line="334" />
            <source>“%1” is not a date (write 25.11.2026 14:03)</source>
            <translation>«%1» — не дата (пишите 25.11.2026 14:03)</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/csv_import_dialog.py" line="335" />
            <source>the date “%1” is in the future</source>
            <translation>дата «%1» ещё не наступила</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/csv_import_dialog.py" line="336" />
            <source>the cell in column “%1” is longer than 10 000 characters</source>
            <translation>в столбце «%1» ячейка длиннее 10 000 знаков</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/csv_import_dialog.py" line="338" />
            <source>%1 cells where the header has %2</source>
            <translation>%1 ячеек, а в заголовке %2</translation>
        </message>
    </context>
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
            <location filename="../../leaddesk/ui/lead_card_html.py" line="31" />
            <source>phone</source>
            <translation>телефон</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/lead_card_html.py" line="32" />
            <source>VK</source>
            <translation>ВК</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/lead_card_html.py" line="38" />
            <source>score</source>
            <translation>баллы</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/lead_card_html.py" line="43" />
            <source>Channel</source>
            <translation>Канал</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/lead_card_html.py" line="46" />
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/lead_card_html.py" line="47" />
            <source>Received</source>
            <translation>Получена</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/lead_card_html.py" line="49" />
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/lead_card_html.py" line="54" />
            <source>Assignee</source>
            <translation>Ответственный</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/lead_card_html.py" line="55" />
            <source>nobody yet</source>
            <translation>пока никто</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/lead_card_html.py" line="58" />
            <source>Warmth</source>
            <translation>Теплота</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/lead_card_html.py" line="66" />
            <source>First answer</source>
            <translation>Первый ответ</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/lead_card_html.py" line="69" />
            <source>Product</source>
            <translation>Товар</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/lead_card_html.py" line="71" />
            <source>Deal</source>
            <translation>Сделка</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/lead_card_html.py" line="75" />
            <source>Postponed until</source>
            <translation>Отложена до</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/lead_card_html.py" line="82" />
            <source>Unknown contact</source>
            <translation>Неизвестный контакт</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/lead_card_html.py" line="92" />
            <source>Conversation</source>
            <translation>Переписка</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/lead_card_html.py" line="95" />
            <source>No messages.</source>
            <translation>Сообщений нет.</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/lead_card_html.py" line="125" />
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
            <location filename="../../leaddesk/ui/main_window.py" line="133" />
            <source>&amp;Desk</source>
            <translation>&amp;Рабочее место</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/main_window.py" line="134" />
            <source>&amp;Refresh</source>
            <translation>&amp;Обновить</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/main_window.py" line="138" />
            <source>&amp;Work as</source>
            <translation>&amp;Работать как</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/main_window.py" line="150" />
            <source>&amp;Quit</source>
            <translation>&amp;Выход</translation>
        </message>
        <message numerus="yes">
            <location filename="../../leaddesk/ui/main_window.py" line="247" />
            <source>%n lead(s)</source>
            <translation>
                <numerusform>%n заявка</numerusform>
                <numerusform>%n заявки</numerusform>
                <numerusform>%n заявок</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../leaddesk/ui/main_window.py" line="249" />
            <source>%n or more found</source>
            <translation>
                <numerusform>найдена %n или больше</numerusform>
                <numerusform>найдено %n или больше</numerusform>
                <numerusform>найдено %n или больше</numerusform>
            </translation>
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
            <location filename="../../leaddesk/ui/formatting.py" line="34" />
            <source>%1 s</source>
            <translation>%1 с</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/formatting.py" line="37" />
            <source>%1 min</source>
            <translation>%1 мин</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/formatting.py" line="42" />
            <source>%1 h %2 min</source>
            <translation>%1 ч %2 мин</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/formatting.py" line="44" />
            <source>%1 h</source>
            <translation>%1 ч</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/formatting.py" line="45" />
            <source>%1 d</source>
            <translation>%1 д</translation>
        </message>
    </context>
    <context>
        <name>labels</name>
        <message>
            <location filename="../../leaddesk/ui/labels.py" line="15" />
            <source>Email</source>
            <translation>Почта</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/labels.py" line="16" />
            <source>VK</source>
            <translation>ВК</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/labels.py" line="17" />
            <source>Website chat</source>
            <translation>Чат на сайте</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/labels.py" line="18" />
            <source>Web form</source>
            <translation>Веб-форма</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/labels.py" line="19" />
            <source>Phone</source>
            <translation>Телефон</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/labels.py" line="20" />
            <source>Walk-in</source>
            <translation>Визит</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/labels.py" line="21" />
            <source>Import</source>
            <translation>Импорт</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/labels.py" line="27" />
            <source>New</source>
            <translation>Новая</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/labels.py" line="28" />
            <source>In progress</source>
            <translation>В работе</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/labels.py" line="29" />
            <location filename="../../leaddesk/ui/labels.py" line="67" />
            <source>Postponed</source>
            <translation>Отложена</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/labels.py" line="30" />
            <location filename="../../leaddesk/ui/labels.py" line="66" />
            <source>Rejected</source>
            <translation>Отклонена</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/labels.py" line="31" />
            <source>Converted</source>
            <translation>Сделка</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/labels.py" line="37" />
            <source>Cold</source>
            <translation>Холодная</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/labels.py" line="38" />
            <source>Warm</source>
            <translation>Тёплая</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/labels.py" line="39" />
            <source>Hot</source>
            <translation>Горячая</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/labels.py" line="45" />
            <source>Dispatcher</source>
            <translation>Диспетчер</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/labels.py" line="46" />
            <source>Manager</source>
            <translation>Менеджер</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/labels.py" line="47" />
            <source>Supervisor</source>
            <translation>Руководитель</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/labels.py" line="53" />
            <source>Customer</source>
            <translation>Клиент</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/labels.py" line="54" />
            <source>Reply</source>
            <translation>Ответ</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/labels.py" line="55" />
            <location filename="../../leaddesk/ui/labels.py" line="70" />
            <source>Note</source>
            <translation>Заметка</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/labels.py" line="62" />
            <source>Received</source>
            <translation>Получена</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/labels.py" line="63" />
            <source>Assigned</source>
            <translation>Назначена</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/labels.py" line="64" />
            <source>Taken</source>
            <translation>Взята в работу</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/labels.py" line="65" />
            <source>Replied</source>
            <translation>Отвечено</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/labels.py" line="68" />
            <source>Reopened</source>
            <translation>Открыта снова</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/labels.py" line="69" />
            <source>Converted to a deal</source>
            <translation>Превращена в сделку</translation>
        </message>
        <message>
            <location filename="../../leaddesk/ui/labels.py" line="71" />
            <source>Warmth changed</source>
            <translation>Изменена теплота</translation>
        </message>
    </context>
</TS>