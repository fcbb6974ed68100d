<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ChecklistPanel</name>
    <message>
        <location filename="../../guide/ui/checklist_panel.py" line="55"/>
        <location filename="../../guide/ui/checklist_panel.py" line="67"/>
        <location filename="../../guide/ui/checklist_panel.py" line="74"/>
        <source>My checklist</source>
        <translation>Mi lista</translation>
    </message>
    <message>
        <location filename="../../guide/ui/checklist_panel.py" line="78"/>
        <source>See what your answers mean</source>
        <translation>Vea qué significan sus respuestas</translation>
    </message>
    <message>
        <location filename="../../guide/ui/checklist_panel.py" line="100"/>
        <location filename="../../guide/ui/checklist_panel.py" line="103"/>
        <source>What your answers mean</source>
        <translation>Qué significan sus respuestas</translation>
    </message>
    <message>
        <location filename="../../guide/ui/checklist_panel.py" line="106"/>
        <source>Clear my answers</source>
        <translation>Borrar mis respuestas</translation>
    </message>
    <message>
        <location filename="../../guide/ui/checklist_panel.py" line="107"/>
        <source>Untick every sentence</source>
        <translation>Quitar todas las marcas</translation>
    </message>
    <message>
        <location filename="../../guide/ui/checklist_panel.py" line="109"/>
        <source>Take it with you</source>
        <translation>Para llevar</translation>
    </message>
    <message>
        <location filename="../../guide/ui/checklist_panel.py" line="111"/>
        <source>Print, save or scan a summary</source>
        <translation>Imprimir, guardar o escanear un resumen</translation>
    </message>
    <message>
        <location filename="../../guide/ui/checklist_panel.py" line="161"/>
        <source>You chose {0}. To choose another, untick one first.</source>
        <translation>Eligió {0}. Para elegir otra, primero desmarque una.</translation>
    </message>
    <message>
        <location filename="../../guide/ui/checklist_panel.py" line="162"/>
        <source>Choose up to {0}.</source>
        <translation>Elija hasta {0}.</translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <location filename="../../guide/ui/comparison.py" line="180"/>
        <source>Comparison of the options</source>
        <translation>Comparación de las opciones</translation>
    </message>
    <message>
        <location filename="../../guide/ui/comparison.py" line="196"/>
        <source>More about the chosen box</source>
        <translation>Más sobre la casilla elegida</translation>
    </message>
    <message>
        <location filename="../../guide/ui/comparison.py" line="41"/>
        <source>More of your answers fit</source>
        <translation>Más de sus respuestas encajan</translation>
    </message>
    <message>
        <location filename="../../guide/ui/comparison.py" line="46"/>
        <source>Not made for an answer</source>
        <translation>No es para una respuesta</translation>
    </message>
    <message>
        <location filename="../../guide/ui/comparison.py" line="204"/>
        <source>My checklist</source>
        <translation>Mi lista</translation>
    </message>
    <message>
        <location filename="../../guide/ui/comparison.py" line="208"/>
        <source>Show or hide the checklist beside the comparison</source>
        <translation>Mostrar u ocultar la lista junto a la comparación</translation>
    </message>
    <message>
        <location filename="../../guide/ui/comparison.py" line="244"/>
        <source>Compare the options</source>
        <translation>Comparar las opciones</translation>
    </message>
    <message>
        <location filename="../../guide/ui/comparison.py" line="253"/>
        <source>Choose a row or a box in the table to read more about it here.</source>
        <translation>Elija una fila o una casilla de la tabla para leer más aquí.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../guide/documents.py" line="29"/>
        <source>Source: the two source articles do not cover this. Ask the program directly.</source>
        <translation>Fuente: los dos artículos de origen no hablan de esto. Pregunte directamente al programa.</translation>
    </message>
    <message>
        <location filename="../../guide/documents.py" line="31"/>
        <source>Source: {0}.</source>
        <translation>Fuente: {0}.</translation>
    </message>
    <message>
        <location filename="../../guide/documents.py" line="32"/>
        <source>Article {0} (“{1}”), section {2}</source>
        <translation>Artículo {0} (“{1}”), sección {2}</translation>
    </message>
    <message>
        <location filename="../../guide/documents.py" line="33"/>
        <source>Article {0} (“{1}”), sections {2}</source>
        <translation>Artículo {0} (“{1}”), secciones {2}</translation>
    </message>
    <message>
        <location filename="../../guide/documents.py" line="34"/>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <location filename="../../guide/documents.py" line="35"/>
        <source>Read the whole topic</source>
        <translation>Leer todo el tema</translation>
    </message>
    <message>
        <location filename="../../guide/documents.py" line="36"/>
        <source>More about {0}</source>
        <translation>Más sobre {0}</translation>
    </message>
    <message>
        <location filename="../../guide/documents.py" line="37"/>
        <source>Questions to talk about</source>
        <translation>Preguntas para conversar</translation>
    </message>
    <message>
        <location filename="../../guide/documents.py" line="38"/>
        <source>See this in the comparison</source>
        <translation>Ver esto en la comparación</translation>
    </message>
    <message>
        <location filename="../../guide/documents.py" line="39"/>
        <source>Compare the options side by side</source>
        <translation>Comparar las opciones lado a lado</translation>
    </message>
    <message>
        <location filename="../../guide/documents.py" line="40"/>
        <source>Related pages</source>
        <translation>Páginas relacionadas</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <location filename="../../guide/explain.py" line="23"/>
        <source>Nothing is ticked yet. Tick the sentences that are true for you, to see how your answers fit each option.</source>
        <translation>Todavía no ha marcado nada. Marque las frases que sean ciertas para usted, para ver cómo encajan sus respuestas con cada opción.</translation>
    </message>
    <message>
        <location filename="../../guide/explain.py" line="26"/>
        <source>Your safety comes first</source>
        <translation>Su seguridad es lo primero</translation>
    </message>
    <message>
        <location filename="../../guide/explain.py" line="27"/>
        <source>While a safety answer is ticked, this guide does not show which option fits. Please take the step above first. Your other answers are below, to talk about later.</source>
        <translation>Mientras haya marcada una respuesta sobre su seguridad, esta guía no muestra qué opción encaja. Por favor, dé primero el paso de arriba. Sus otras respuestas están abajo, para hablarlas después.</translation>
    </message>
    <message>
        <location filename="../../guide/explain.py" line="30"/>
        <source>Two of your answers cannot both be true now: “{0}” and “{1}”. Please untick the one that is not true. Until then, this guide does not show which option fits.</source>
        <translation>Dos de sus respuestas no pueden ser ciertas a la vez: «{0}» y «{1}». Por favor, desmarque la que no sea cierta. Hasta entonces, esta guía no muestra qué opción encaja.</translation>
    </message>
    <message>
        <location filename="../../guide/explain.py" line="33"/>
        <source>More of your answers fit {0}. Talk it through with a counselor.</source>
        <translation>Más de sus respuestas encajan con {0}. Háblelo con un consejero.</translation>
    </message>
    <message>
        <location filename="../../guide/explain.py" line="35"/>
        <source>No one option fits more of your answers than the others. See what fits and what to talk about for each one, and talk it through with a counselor.</source>
        <translation>Ninguna opción encaja con más de sus respuestas que las otras. Vea qué encaja y de qué hablar en cada una, y háblelo con un consejero.</translation>
    </message>
    <message>
        <location filename="../../guide/explain.py" line="38"/>
        <source>Not made for one of your answers</source>
        <translation>No es para una de sus respuestas</translation>
    </message>
    <message>
        <location filename="../../guide/explain.py" line="39"/>
        <source>What fits your answers</source>
        <translation>Qué encaja con sus respuestas</translation>
    </message>
    <message>
        <location filename="../../guide/explain.py" line="40"/>
        <source>What matters to you</source>
        <translation>Lo que a usted le importa</translation>
    </message>
    <message>
        <location filename="../../guide/explain.py" line="41"/>
        <source>What to talk about</source>
        <translation>De qué hablar</translation>
    </message>
    <message>
        <location filename="../../guide/explain.py" line="42"/>
        <source>What matters most to you: {0}.</source>
        <translation>Lo que más le importa: {0}.</translation>
    </message>
    <message>
        <location filename="../../guide/explain.py" line="43"/>
        <source>This is a starting point for a talk with a counselor or doctor. It is not an assessment, and it does not choose for you.</source>
        <translation>Es un punto de partida para hablar con un consejero o un médico. No es una evaluación, y no decide por usted.</translation>
    </message>
    <message>
        <location filename="../../guide/explain.py" line="46"/>
        <source>source {0}, “{1}”</source>
        <translation>fuente {0}, «{1}»</translation>
    </message>
    <message>
        <location filename="../../guide/explain.py" line="48"/>
        <source>SAFETY FIRST:</source>
        <translation>PRIMERO, SU SEGURIDAD:</translation>
    </message>
    <message>
        <location filename="../../guide/explain.py" line="49"/>
        <source>fits</source>
        <translation>encaja</translation>
    </message>
    <message>
        <location filename="../../guide/explain.py" line="50"/>
        <source>matters to me</source>
        <translation>me importa</translation>
    </message>
    <message>
        <location filename="../../guide/explain.py" line="51"/>
        <source>talk about</source>
        <translation>para hablar</translation>
    </message>
    <message>
        <location filename="../../guide/explain.py" line="52"/>
        <source>not made for</source>
        <translation>no es para</translation>
    </message>
    <message>
        <location filename="../../guide/explain.py" line="53"/>
        <source>Check these answers, they cannot both be true: {0} / {1}</source>
        <translation>Revise estas respuestas, no pueden ser ciertas a la vez: {0} / {1}</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <location filename="../../guide/handout.py" line="34"/>
        <source>Your take-home summary</source>
        <translation>Su resumen para llevar</translation>
    </message>
    <message>
        <location filename="../../guide/handout.py" line="35"/>
        <source>Made on {date}.</source>
        <translation>Hecho el {date}.</translation>
    </message>
    <message>
        <location filename="../../guide/handout.py" line="36"/>
        <source>This sheet is a discussion aid for a talk with a counselor or doctor. It is not medical advice.</source>
        <translation>Esta hoja es una ayuda para hablar con un consejero o un médico. No es un consejo médico.</translation>
    </message>
    <message>
        <location filename="../../guide/handout.py" line="40"/>
        <source>Important for your safety</source>
        <translation>Importante para su seguridad</translation>
    </message>
    <message>
        <location filename="../../guide/handout.py" line="41"/>
        <source>The options side by side</source>
        <translation>Las opciones lado a lado</translation>
    </message>
    <message>
        <location filename="../../guide/handout.py" line="42"/>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../guide/handout.py" line="43"/>
        <source>What you ticked</source>
        <translation>Lo que usted marcó</translation>
    </message>
    <message>
        <location filename="../../guide/handout.py" line="44"/>
        <source>Your checklist</source>
        <translation>Su lista</translation>
    </message>
    <message>
        <location filename="../../guide/handout.py" line="45"/>
        <source>Use a pen. Tick each sentence that is true for you. Then talk about your answers with a counselor or doctor.</source>
        <translation>Use un bolígrafo. Marque cada frase que es cierta para usted. Luego hable de sus respuestas con un consejero o un médico.</translation>
    </message>
    <message>
        <location filename="../../guide/handout.py" line="49"/>
        <source>If you tick a sentence about your safety, please read this now</source>
        <translation>Si marca una frase sobre su seguridad, lea esto ahora</translation>
    </message>
    <message>
        <location filename="../../guide/handout.py" line="52"/>
        <source>☐</source>
        <translation>☐</translation>
    </message>
    <message>
        <location filename="../../guide/handout.py" line="53"/>
        <source>Questions to ask a program</source>
        <translation>Preguntas para hacerle a un programa</translation>
    </message>
    <message>
        <location filename="../../guide/handout.py" line="54"/>
        <source>Take these questions with you when you call or visit a program.</source>
        <translation>Lleve estas preguntas cuando llame o visite un programa.</translation>
    </message>
    <message>
        <location filename="../../guide/handout.py" line="57"/>
        <source>Based on your answers</source>
        <translation>Según sus respuestas</translation>
    </message>
    <message>
        <location filename="../../guide/handout.py" line="58"/>
        <source>For any program</source>
        <translation>Para cualquier programa</translation>
    </message>
    <message>
        <location filename="../../guide/handout.py" line="59"/>
        <source>Ready to decide?</source>
        <translation>¿Ya puede decidir?</translation>
    </message>
    <message>
        <location filename="../../guide/handout.py" line="60"/>
        <source>Do you feel sure about the best choice for you?</source>
        <translation>¿Tiene claro cuál es la mejor opción para usted?</translation>
    </message>
    <message>
        <location filename="../../guide/handout.py" line="61"/>
        <source>Do you know the good and hard parts of each option?</source>
        <translation>¿Conoce lo bueno y lo difícil de cada opción?</translation>
    </message>
    <message>
        <location filename="../../guide/handout.py" line="64"/>
        <source>Do you know which good and hard parts matter most to you?</source>
        <translation>¿Sabe qué es lo bueno y lo difícil que más le importa?</translation>
    </message>
    <message>
        <location filename="../../guide/handout.py" line="67"/>
        <source>Do you have enough support and advice to make a choice?</source>
        <translation>¿Tiene suficiente apoyo y consejo para elegir?</translation>
    </message>
    <message>
        <location filename="../../guide/handout.py" line="70"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../guide/handout.py" line="71"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../guide/handout.py" line="72"/>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <location filename="../../guide/handout.py" line="73"/>
        <source>You said yes to all 4. Take this sheet with you when you talk with a counselor or doctor.</source>
        <translation>Respondió que sí a las 4. Lleve esta hoja cuando hable con un consejero o un médico.</translation>
    </message>
    <message>
        <location filename="../../guide/handout.py" line="77"/>
        <source>You said yes to {count} of 4. That is common. It may help to talk it through with a counselor before you decide.</source>
        <translation>Respondió que sí a {count} de 4. Es algo común. Puede ayudarle hablarlo con un consejero antes de decidir.</translation>
    </message>
    <message>
        <location filename="../../guide/handout.py" line="81"/>
        <source>Scan this code with a phone camera to keep a short copy of your answers and the help lines. It works without the internet.</source>
        <translation>Escanee este código con la cámara de un teléfono para guardar una copia corta de sus respuestas y de las líneas de ayuda. Funciona sin internet.</translation>
    </message>
    <message>
        <location filename="../../guide/handout.py" line="85"/>
        <source>The facts in this guide were last checked on {date}.</source>
        <translation>Los datos de esta guía se revisaron por última vez el {date}.</translation>
    </message>
    <message>
        <location filename="../../guide/handout.py" line="88"/>
        <source>Where the facts come from</source>
        <translation>De dónde vienen los datos</translation>
    </message>
    <message>
        <location filename="../../guide/handout.py" line="89"/>
        <source>Article {id}: “{title}”, by {publisher}.</source>
        <translation>Artículo {id}: “{title}”, de {publisher}.</translation>
    </message>
    <message>
        <location filename="../../guide/handout.py" line="91"/>
        <source>Care Choices: my answers</source>
        <translation>Care Choices: mis respuestas</translation>
    </message>
    <message>
        <location filename="../../guide/handout.py" line="92"/>
        <source>Nothing ticked</source>
        <translation>Nada marcado</translation>
    </message>
</context>
<context>
    <name>HomeView</name>
    <message>
        <location filename="../../guide/ui/home_view.py" line="22"/>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../guide/ui/home_view.py" line="40"/>
        <source>Compare the options side by side</source>
        <translation>Comparar las opciones lado a lado</translation>
    </message>
    <message>
        <location filename="../../guide/ui/home_view.py" line="42"/>
        <source>Tick what is true for you</source>
        <translation>Marque lo que es cierto para usted</translation>
    </message>
    <message>
        <location filename="../../guide/ui/home_view.py" line="44"/>
        <source>About this guide</source>
        <translation>Sobre esta guía</translation>
    </message>
    <message>
        <location filename="../../guide/ui/home_view.py" line="47"/>
        <source>Content date: {0}</source>
        <translation>Fecha del contenido: {0}</translation>
    </message>
    <message>
        <location filename="../../guide/ui/home_view.py" line="60"/>
        <source>Read about {0}</source>
        <translation>Leer sobre {0}</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <location filename="../../guide/ui/kiosk.py" line="53"/>
        <location filename="../../guide/ui/kiosk.py" line="56"/>
        <source>Are you still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <location filename="../../guide/ui/kiosk.py" line="60"/>
        <source>Yes, I am still here</source>
        <translation>Sí, sigo aquí</translation>
    </message>
    <message>
        <location filename="../../guide/ui/kiosk.py" line="71"/>
        <source>The guide starts over in {0} seconds, and forgets what you did.</source>
        <translation>La guía vuelve a empezar en {0} segundos y olvida lo que usted hizo.</translation>
    </message>
</context>
<context>
    <name>KioskStart</name>
    <message>
        <location filename="../../guide/ui/kiosk_start.py" line="19"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../guide/ui/kiosk_start.py" line="23"/>
        <source>Compare 2 kinds of care for drug or alcohol use and mental health, and see how your answers fit each one. It does not choose for you: it is a guide for a talk with a counselor, not medical advice. Nothing you tick is kept.</source>
        <translation>Compare 2 tipos de atención para el consumo de drogas o alcohol y la salud mental, y vea cómo encajan sus respuestas con cada uno. No decide por usted: es una guía para hablar con un consejero, no un consejo médico. No se guarda nada de lo que marque.</translation>
    </message>
    <message>
        <location filename="../../guide/ui/kiosk_start.py" line="27"/>
        <source>Compare the options</source>
        <translation>Comparar las opciones</translation>
    </message>
    <message>
        <location filename="../../guide/ui/kiosk_start.py" line="29"/>
        <source>My checklist</source>
        <translation>Mi lista</translation>
    </message>
    <message>
        <location filename="../../guide/ui/kiosk_start.py" line="31"/>
        <source>Common questions</source>
        <translation>Preguntas frecuentes</translation>
    </message>
    <message>
        <location filename="../../guide/ui/kiosk_start.py" line="33"/>
        <source>Get help now</source>
        <translation>Ayuda ahora</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../guide/ui/main_window.py" line="223"/>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <location filename="../../guide/ui/main_window.py" line="315"/>
        <source>Not available</source>
        <translation>No disponible</translation>
    </message>
    <message>
        <location filename="../../guide/ui/main_window.py" line="316"/>
        <source>This language cannot be shown: its content cannot be read now. The guide carries on in the current language.

{0}</source>
        <translation>No se puede mostrar este idioma: ahora no se puede leer su contenido. La guía sigue en el idioma actual.

{0}</translation>
    </message>
    <message>
        <location filename="../../guide/ui/main_window.py" line="355"/>
        <source>Move to the next / previous control</source>
        <translation>Ir al control siguiente / anterior</translation>
    </message>
    <message>
        <location filename="../../guide/ui/main_window.py" line="356"/>
        <source>Enter or Space</source>
        <translation>Intro o Espacio</translation>
    </message>
    <message>
        <location filename="../../guide/ui/main_window.py" line="356"/>
        <source>Press a button, tick a sentence</source>
        <translation>Pulsar un botón, marcar una frase</translation>
    </message>
    <message>
        <location filename="../../guide/ui/main_window.py" line="357"/>
        <source>Arrow keys</source>
        <translation>Flechas</translation>
    </message>
    <message>
        <location filename="../../guide/ui/main_window.py" line="357"/>
        <source>Move around the table and lists</source>
        <translation>Moverse por la tabla y las listas</translation>
    </message>
    <message>
        <location filename="../../guide/ui/main_window.py" line="358"/>
        <source>Back / Forward</source>
        <translation>Atrás / Adelante</translation>
    </message>
    <message>
        <location filename="../../guide/ui/main_window.py" line="359"/>
        <location filename="../../guide/ui/main_window.py" line="530"/>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../guide/ui/main_window.py" line="360"/>
        <source>Ctrl+plus / Ctrl+minus</source>
        <translation>Ctrl+más / Ctrl+menos</translation>
    </message>
    <message>
        <location filename="../../guide/ui/main_window.py" line="360"/>
        <source>Larger / smaller text</source>
        <translation>Letra más grande / más pequeña</translation>
    </message>
    <message>
        <location filename="../../guide/ui/main_window.py" line="361"/>
        <source>Normal text size</source>
        <translation>Tamaño de letra normal</translation>
    </message>
    <message>
        <location filename="../../guide/ui/main_window.py" line="362"/>
        <source>Presentation: one topic at a time, full screen</source>
        <translation>Presentación: un tema a la vez, en pantalla completa</translation>
    </message>
    <message>
        <location filename="../../guide/ui/main_window.py" line="363"/>
        <location filename="../../guide/ui/main_window.py" line="533"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../guide/ui/main_window.py" line="364"/>
        <source>This list</source>
        <translation>Esta lista</translation>
    </message>
    <message>
        <location filename="../../guide/ui/main_window.py" line="370"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../guide/ui/main_window.py" line="481"/>
        <source>Outside this guide</source>
        <translation>Fuera de esta guía</translation>
    </message>
    <message>
        <location filename="../../guide/ui/main_window.py" line="482"/>
        <source>This guide does not open links outside itself. The address is:

{0}</source>
        <translation>Esta guía no abre enlaces fuera de ella. La dirección es:

{0}</translation>
    </message>
    <message>
        <location filename="../../guide/ui/main_window.py" line="527"/>
        <source>Compare the options</source>
        <translation>Comparar las opciones</translation>
    </message>
    <message>
        <location filename="../../guide/ui/main_window.py" line="531"/>
        <source>My checklist</source>
        <translation>Mi lista</translation>
    </message>
    <message>
        <location filename="../../guide/ui/main_window.py" line="532"/>
        <source>Take it with you</source>
        <translation>Para llevar</translation>
    </message>
</context>
<context>
    <name>NavBar</name>
    <message>
        <location filename="../../guide/ui/nav_bar.py" line="34"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../guide/ui/nav_bar.py" line="34"/>
        <source>Go back (Alt+Left)</source>
        <translation>Volver (Alt+Izquierda)</translation>
    </message>
    <message>
        <location filename="../../guide/ui/nav_bar.py" line="35"/>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <location filename="../../guide/ui/nav_bar.py" line="36"/>
        <source>Go forward (Alt+Right)</source>
        <translation>Avanzar (Alt+Derecha)</translation>
    </message>
    <message>
        <location filename="../../guide/ui/nav_bar.py" line="37"/>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../guide/ui/nav_bar.py" line="38"/>
        <source>Go to the start (Alt+Home)</source>
        <translation>Ir al inicio (Alt+Inicio)</translation>
    </message>
    <message>
        <location filename="../../guide/ui/nav_bar.py" line="43"/>
        <source>You are here</source>
        <translation>Usted está aquí</translation>
    </message>
    <message>
        <location filename="../../guide/ui/nav_bar.py" line="52"/>
        <source>Shows the crisis and help lines you can call or text any time</source>
        <translation>Muestra las líneas de crisis y de ayuda a las que puede llamar o escribir a cualquier hora</translation>
    </message>
    <message>
        <location filename="../../guide/ui/nav_bar.py" line="56"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../guide/ui/nav_bar.py" line="57"/>
        <source>Search the guide</source>
        <translation>Buscar en la guía</translation>
    </message>
    <message>
        <location filename="../../guide/ui/nav_bar.py" line="58"/>
        <source>Search the guide (Ctrl+F)</source>
        <translation>Buscar en la guía (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../guide/ui/nav_bar.py" line="61"/>
        <source>Smaller text</source>
        <translation>Letra más pequeña</translation>
    </message>
    <message>
        <location filename="../../guide/ui/nav_bar.py" line="62"/>
        <source>Smaller text (Ctrl+minus)</source>
        <translation>Letra más pequeña (Ctrl+menos)</translation>
    </message>
    <message>
        <location filename="../../guide/ui/nav_bar.py" line="63"/>
        <source>Larger text</source>
        <translation>Letra más grande</translation>
    </message>
    <message>
        <location filename="../../guide/ui/nav_bar.py" line="64"/>
        <source>Larger text (Ctrl+plus)</source>
        <translation>Letra más grande (Ctrl+más)</translation>
    </message>
    <message>
        <location filename="../../guide/ui/nav_bar.py" line="65"/>
        <source>Colours</source>
        <translation>Colores</translation>
    </message>
    <message>
        <location filename="../../guide/ui/nav_bar.py" line="66"/>
        <source>Change the colours: light, dark or high contrast</source>
        <translation>Cambiar los colores: claro, oscuro o alto contraste</translation>
    </message>
    <message>
        <location filename="../../guide/ui/nav_bar.py" line="46"/>
        <location filename="../../guide/ui/nav_bar.py" line="50"/>
        <source>Get help now</source>
        <translation>Ayuda ahora</translation>
    </message>
    <message>
        <location filename="../../guide/ui/nav_bar.py" line="49"/>
        <source>Crisis lines you can call or text any time</source>
        <translation>Líneas de crisis a las que puede llamar o escribir en cualquier momento</translation>
    </message>
    <message>
        <location filename="../../guide/ui/nav_bar.py" line="98"/>
        <source>You are here: {0}</source>
        <translation>Usted está aquí: {0}</translation>
    </message>
    <message>
        <location filename="../../guide/ui/nav_bar.py" line="108"/>
        <source>Colours: {0}</source>
        <translation>Colores: {0}</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <location filename="../../guide/ui/presentation.py" line="34"/>
        <source>Presentation</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <location filename="../../guide/ui/presentation.py" line="56"/>
        <source>The options</source>
        <translation>Las opciones</translation>
    </message>
    <message>
        <location filename="../../guide/ui/presentation.py" line="59"/>
        <location filename="../../guide/ui/presentation.py" line="90"/>
        <source>Questions to talk about</source>
        <translation>Preguntas para conversar</translation>
    </message>
    <message>
        <location filename="../../guide/ui/presentation.py" line="60"/>
        <source>Page Down or Space: next topic. Page Up: previous. Escape: leave.</source>
        <translation>Av Pág o Espacio: tema siguiente. Re Pág: anterior. Esc: salir.</translation>
    </message>
    <message>
        <location filename="../../guide/ui/presentation.py" line="79"/>
        <source>Topic {0} of {1}</source>
        <translation>Tema {0} de {1}</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <location filename="../../guide/ui/printing.py" line="18"/>
        <source>Print the summary</source>
        <translation>Imprimir el resumen</translation>
    </message>
    <message>
        <location filename="../../guide/ui/printing.py" line="36"/>
        <source>Save the summary as PDF</source>
        <translation>Guardar el resumen como PDF</translation>
    </message>
    <message>
        <location filename="../../guide/ui/printing.py" line="38"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../guide/ui/printing.py" line="52"/>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../guide/ui/problems_dialog.py" line="12"/>
        <source>Content has problems</source>
        <translation>El contenido tiene problemas</translation>
    </message>
    <message>
        <location filename="../../guide/ui/problems_dialog.py" line="13"/>
        <source>The content in {0} has {1} problem(s), so the guide is showing its own bundled content instead. Nothing in the folder was changed.</source>
        <translation>El contenido de {0} tiene {1} problema(s), así que la guía muestra su propio contenido. No se cambió nada en la carpeta.</translation>
    </message>
</context>
<context>
    <name>SafetyBanner</name>
    <message>
        <location filename="../../guide/ui/safety_banner.py" line="28"/>
        <location filename="../../guide/ui/safety_banner.py" line="39"/>
        <source>Important for your safety</source>
        <translation>Importante para su seguridad</translation>
    </message>
    <message>
        <location filename="../../guide/ui/safety_banner.py" line="41"/>
        <source>Get help now</source>
        <translation>Ayuda ahora</translation>
    </message>
</context>
<context>
    <name>SearchView</name>
    <message>
        <location filename="../../guide/ui/search_view.py" line="12"/>
        <source>Option</source>
        <translation>Opción</translation>
    </message>
    <message>
        <location filename="../../guide/ui/search_view.py" line="13"/>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../guide/ui/search_view.py" line="14"/>
        <source>Common question</source>
        <translation>Pregunta frecuente</translation>
    </message>
    <message>
        <location filename="../../guide/ui/search_view.py" line="15"/>
        <source>Word to know</source>
        <translation>Palabra para saber</translation>
    </message>
    <message>
        <location filename="../../guide/ui/search_view.py" line="16"/>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <location filename="../../guide/ui/search_view.py" line="17"/>
        <source>Checklist</source>
        <translation>Lista</translation>
    </message>
    <message>
        <location filename="../../guide/ui/search_view.py" line="25"/>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <location filename="../../guide/ui/search_view.py" line="31"/>
        <source>Type a word to search the guide.</source>
        <translation>Escriba una palabra para buscar en la guía.</translation>
    </message>
    <message>
        <location filename="../../guide/ui/search_view.py" line="34"/>
        <source>Nothing found for “{0}”. Try another word, or see the common questions.</source>
        <translation>No se encontró nada para “{0}”. Pruebe con otra palabra o vea las preguntas frecuentes.</translation>
    </message>
    <message>
        <location filename="../../guide/ui/search_view.py" line="37"/>
        <source>Common questions</source>
        <translation>Preguntas frecuentes</translation>
    </message>
    <message>
        <location filename="../../guide/ui/search_view.py" line="39"/>
        <source>Results for “{0}”</source>
        <translation>Resultados para “{0}”</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <location filename="../../guide/ui/sidebar.py" line="23"/>
        <source>Places in this guide</source>
        <translation>Secciones de esta guía</translation>
    </message>
    <message>
        <location filename="../../guide/ui/sidebar.py" line="33"/>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../guide/ui/sidebar.py" line="34"/>
        <source>Compare the options</source>
        <translation>Comparar las opciones</translation>
    </message>
    <message>
        <location filename="../../guide/ui/sidebar.py" line="35"/>
        <source>My checklist</source>
        <translation>Mi lista</translation>
    </message>
    <message>
        <location filename="../../guide/ui/sidebar.py" line="36"/>
        <source>Take it with you</source>
        <translation>Para llevar</translation>
    </message>
    <message>
        <location filename="../../guide/ui/sidebar.py" line="37"/>
        <source>The options</source>
        <translation>Las opciones</translation>
    </message>
    <message>
        <location filename="../../guide/ui/sidebar.py" line="40"/>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location filename="../../guide/ui/sidebar.py" line="43"/>
        <source>More</source>
        <translation>Más</translation>
    </message>
</context>
<context>
    <name>StaffExit</name>
    <message>
        <location filename="../../guide/ui/kiosk.py" line="85"/>
        <source>Staff exit</source>
        <translation>Salida del personal</translation>
    </message>
    <message>
        <location filename="../../guide/ui/kiosk.py" line="87"/>
        <source>Enter the staff PIN to close the guide.</source>
        <translation>Escriba el PIN del personal para cerrar la guía.</translation>
    </message>
    <message>
        <location filename="../../guide/ui/kiosk.py" line="91"/>
        <source>Staff PIN</source>
        <translation>PIN del personal</translation>
    </message>
    <message>
        <location filename="../../guide/ui/kiosk.py" line="102"/>
        <source>Too many wrong PINs. Try again in {0} seconds.</source>
        <translation>Demasiados PIN incorrectos. Vuelva a intentarlo en {0} segundos.</translation>
    </message>
    <message>
        <location filename="../../guide/ui/kiosk.py" line="113"/>
        <source>That PIN is not right.</source>
        <translation>Ese PIN no es correcto.</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <location filename="../../guide/ui/summary_view.py" line="34"/>
        <location filename="../../guide/ui/summary_view.py" line="37"/>
        <source>Take it with you</source>
        <translation>Para llevar</translation>
    </message>
    <message>
        <location filename="../../guide/ui/summary_view.py" line="41"/>
        <source>These 4 questions are based on the SURE test, a short check that shows if a person feels ready to make a health choice (Légaré and others, 2010). Your answers stay on this screen and go on the printed summary only if you print it.</source>
        <translation>Estas 4 preguntas se basan en la prueba SURE, una revisión corta que muestra si una persona se siente preparada para tomar una decisión de salud (Légaré y otros, 2010). Sus respuestas se quedan en esta pantalla y solo aparecen en el resumen si usted lo imprime.</translation>
    </message>
    <message>
        <location filename="../../guide/ui/summary_view.py" line="61"/>
        <source>What your answers mean</source>
        <translation>Qué significan sus respuestas</translation>
    </message>
    <message>
        <location filename="../../guide/ui/summary_view.py" line="64"/>
        <source>Your answers on your phone</source>
        <translation>Sus respuestas en su teléfono</translation>
    </message>
    <message>
        <location filename="../../guide/ui/summary_view.py" line="67"/>
        <source>QR code of your answers and the help lines</source>
        <translation>Código QR de sus respuestas y de las líneas de ayuda</translation>
    </message>
    <message>
        <location filename="../../guide/ui/summary_view.py" line="73"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../../guide/ui/summary_view.py" line="75"/>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
</context>
<context>
    <name>TermPopup</name>
    <message>
        <location filename="../../guide/ui/term_popup.py" line="22"/>
        <source>Meaning</source>
        <translation>Significado</translation>
    </message>
    <message>
        <location filename="../../guide/ui/term_popup.py" line="24"/>
        <source>See all words to know</source>
        <translation>Ver todas las palabras para saber</translation>
    </message>
    <message>
        <location filename="../../guide/ui/term_popup.py" line="26"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>Themes</name>
    <message>
        <location filename="../../guide/themes.py" line="37"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location filename="../../guide/themes.py" line="38"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location filename="../../guide/themes.py" line="39"/>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
</context>
</TS>
