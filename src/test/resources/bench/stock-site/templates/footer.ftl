</main>
<footer><p>Baked with JBake ${version}</p></footer>
</body>
</html>
